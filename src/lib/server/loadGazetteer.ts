// Reads data/gazetteer into a validated Gazetteer: the files sources.yaml lists, in its order
// (hand-curated files first), merged by id. Errors name file and line: a bad entry, an unknown
// country, an id whose files disagree, a name or alias that would name two actors of a kind.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import countriesPackage from 'i18n-iso-countries/package.json' with { type: 'json' };
import path from 'node:path';
import { z } from 'zod';
import { InputError } from '../errors';
import { describeAmbiguity, findAmbiguousForms, type FormClaim } from '../gazetteer/ambiguity';
import {
	buildCountries,
	frenchForms,
	isKnownCountryCode,
	libraryCodes,
	libraryNames
} from '../gazetteer/countries';
import {
	countryOverridesSchema,
	groupSchema,
	organizationSchema,
	personSchema,
	projectSchema,
	sourcesSchema,
	type CountryOverride,
	type EntityOrigin,
	type Gazetteer,
	type GroupEntry,
	type OrganizationEntry,
	type PersonEntry,
	type ProjectEntry,
	type SourceEntry
} from '../gazetteer/schema';
import { foldText } from '../text/fold';
import { validateYaml } from '../yamlSource';
import { CACHE_DIR } from './paths';
import { readGazetteerYaml, type GazetteerYaml } from './gazetteerYaml';

async function load<T>(dir: string, name: string, schema: z.ZodType<T>) {
	const file = path.join(dir, name);
	let text: string;
	try {
		text = await readFile(file, 'utf8');
	} catch {
		throw new InputError(file, 'cannot read the file');
	}
	const source = readGazetteerYaml(file, text);
	return { value: validateYaml(source, schema), source };
}

interface Layer<T> {
	entry: SourceEntry;
	value: T;
	source: GazetteerYaml;
}

type Named = PersonEntry | OrganizationEntry | ProjectEntry | GroupEntry;
const SCHEMAS = {
	people: z.array(personSchema),
	organizations: z.array(organizationSchema),
	projects: z.array(projectSchema),
	groups: z.array(groupSchema)
};
type NamedKind = keyof typeof SCHEMAS;
const NAMED_KINDS = Object.keys(SCHEMAS) as NamedKind[];
const TYPE_OF = {
	people: 'person',
	organizations: 'organization',
	projects: 'project',
	groups: 'group'
} as const;

const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];

/** Two files on one actor: the earlier file's name and scalars win, lists add up; countries must agree. */
function mergeEntry(a: Named, b: Named, fail: (problem: string) => never): Named {
	const country = (e: Named) => ('country' in e ? e.country : undefined);
	if (country(a) && country(b) && country(a) !== country(b))
		fail(`${a.id} is given country ${country(b)} here but ${country(a)} earlier`);
	const merged: Record<string, unknown> = { ...b, ...a, aliases: union(a.aliases, b.aliases) };
	if ('roles' in a && 'roles' in b) {
		const seen = new Set<string>();
		merged.roles = [...a.roles, ...b.roles]
			.filter((r) => {
				const key = `${r.role}|${r.country ?? ''}|${r.from ?? ''}|${r.to ?? ''}`;
				if (seen.has(key)) return false;
				seen.add(key);
				return true;
			})
			.sort((x, y) => (x.from ?? '').localeCompare(y.from ?? ''));
	}
	if ('exactCase' in a && 'exactCase' in b) merged.exactCase = union(a.exactCase, b.exactCase);
	if ('members' in a && 'members' in b) merged.members = union(a.members, b.members);
	if ('countries' in a && 'countries' in b) merged.countries = union(a.countries, b.countries);
	return merged as unknown as Named;
}

export async function loadGazetteer(dir: string): Promise<Gazetteer> {
	const sources = await load(dir, 'sources.yaml', sourcesSchema);
	const countryLayers: Layer<Record<string, CountryOverride>>[] = [];
	const namedLayers: Record<NamedKind, Layer<Named[]>[]> = {
		people: [],
		organizations: [],
		projects: [],
		groups: []
	};
	const listed = new Set<string>();
	for (const [index, entry] of sources.value.entries()) {
		if (listed.has(entry.file))
			throw new InputError(
				sources.source.file,
				`${entry.file} is listed twice`,
				sources.source.lineOf([index, 'file'])
			);
		listed.add(entry.file);
		if (entry.kind === 'countries') {
			const { value, source } = await load(dir, entry.file, countryOverridesSchema);
			for (const [iso3, override] of Object.entries(value))
				if (!override.historical && !isKnownCountryCode(iso3))
					throw new InputError(
						source.file,
						`unknown country code ${iso3} (not ISO 3166-1 alpha-3; mark historical actors with historical: true)`,
						source.lineOf([iso3])
					);
			countryLayers.push({ entry, value, source });
		} else {
			const kind: NamedKind = entry.kind;
			const { value, source } = await load(dir, entry.file, SCHEMAS[kind] as z.ZodType<Named[]>);
			namedLayers[kind].push({ entry, value, source });
		}
	}
	const origins: Record<string, EntityOrigin[]> = {};
	// As the data set and the profiles show it, whatever folder ENTENTE_DATA_DIR points to.
	const relative = (file: string) =>
		['data/gazetteer', ...path.relative(dir, file).split(path.sep)].join('/');
	const addOrigin = (id: string, origin: EntityOrigin) => (origins[id] ??= []).push(origin);

	const countries = buildCountries(countryLayers.map((l) => l.value));
	for (const c of countries) {
		if (libraryNames(c.iso3).en.length) addOrigin(c.iso3, { origin: 'library' });
		for (const layer of countryLayers)
			if (layer.value[c.iso3])
				addOrigin(c.iso3, {
					origin: layer.entry.origin,
					file: relative(layer.source.file),
					line: layer.source.entryLine(c.iso3)
				});
	}

	const merged = {} as Record<NamedKind, Named[]>;
	const kindOf = new Map<string, NamedKind>();
	const countryCodes = new Set(countries.map((c) => c.iso3));
	for (const kind of NAMED_KINDS) {
		const byId = new Map<string, Named>();
		for (const layer of namedLayers[kind]) {
			const inFile = new Set<string>();
			layer.value.forEach((entry, index) => {
				const line = layer.source.entryLine(index);
				const fail = (problem: string): never => {
					throw new InputError(layer.source.file, problem, line);
				};
				if (inFile.has(entry.id) || countryCodes.has(entry.id)) fail(`duplicate id ${entry.id}`);
				const otherKind = kindOf.get(entry.id);
				if (otherKind && otherKind !== kind)
					fail(`duplicate id ${entry.id} (already one of the ${otherKind})`);
				inFile.add(entry.id);
				kindOf.set(entry.id, kind);
				checkCountries(entry, layer, index, countryCodes);
				const earlier = byId.get(entry.id);
				byId.set(entry.id, earlier ? mergeEntry(earlier, entry, fail) : entry);
				addOrigin(entry.id, {
					origin: layer.entry.origin,
					file: relative(layer.source.file),
					line
				});
			});
		}
		merged[kind] = [...byId.values()];
	}
	const gazetteer: Gazetteer = {
		countries,
		people: merged.people as PersonEntry[],
		organizations: merged.organizations as OrganizationEntry[],
		projects: merged.projects as ProjectEntry[],
		groups: merged.groups as GroupEntry[],
		origins
	};
	checkReferences(namedLayers, kindOf);
	checkAmbiguity(
		countryLayers,
		namedLayers,
		countries.flatMap((c) => c.exclude)
	);
	return gazetteer;
}

/** Country codes an entry gives (its own, its roles', a project's) must be known. */
function checkCountries(
	entry: Named,
	layer: Layer<Named[]>,
	index: number,
	countryCodes: Set<string>
): void {
	const check = (code: string | undefined, ...at: PropertyKey[]) => {
		if (code && !countryCodes.has(code))
			throw new InputError(
				layer.source.file,
				`unknown country code ${code}`,
				layer.source.lineOf([index, ...at])
			);
	};
	if ('country' in entry) check(entry.country, 'country');
	if ('countries' in entry) entry.countries.forEach((c, j) => check(c, 'countries', j));
	if ('roles' in entry) entry.roles.forEach((r, j) => check(r.country, 'roles', j));
}

function checkReferences(
	layers: Record<NamedKind, Layer<Named[]>[]>,
	kindOf: Map<string, NamedKind>
): void {
	for (const layer of layers.people)
		layer.value.forEach((entry, i) => {
			const person = entry as PersonEntry;
			for (const ref of [person.affiliation, person.organization])
				if (ref && kindOf.get(ref) !== 'organizations')
					throw new InputError(
						layer.source.file,
						`unknown organisation ${ref}`,
						layer.source.lineOf([i])
					);
		});
}

/** Every form each file gives an actor, with its line, and the library's country names. */
function* formClaims(
	countryLayers: Layer<Record<string, CountryOverride>>[],
	namedLayers: Record<NamedKind, Layer<Named[]>[]>
): Generator<FormClaim> {
	for (const iso3 of libraryCodes()) {
		const names = libraryNames(iso3);
		for (const form of [...names.fr, ...names.en])
			yield { form, entity: iso3, type: 'country', file: 'i18n-iso-countries' };
	}
	for (const { value, source } of countryLayers)
		for (const [iso3, o] of Object.entries(value)) {
			const claim = (form: string, ...at: PropertyKey[]): FormClaim => ({
				form,
				entity: iso3,
				type: 'country',
				file: source.file,
				line: () => source.lineOf([iso3, ...at])
			});
			if (o.name) yield* [claim(o.name.fr, 'name'), claim(o.name.en, 'name')];
			for (const [j, form] of o.names.entries()) yield claim(form, 'names', j);
			for (const [j, form] of o.seats.entries()) yield claim(form, 'seats', j);
			for (const [j, form] of o.places.entries()) yield claim(form, 'places', j);
			for (const [j, form] of (o.adjectives?.en ?? []).entries())
				yield claim(form, 'adjectives', 'en', j);
			for (const [j, masculine] of (o.adjectives?.fr ?? []).entries())
				for (const form of frenchForms([masculine])) yield claim(form, 'adjectives', 'fr', j);
		}
	for (const kind of NAMED_KINDS)
		for (const { value, source } of namedLayers[kind])
			for (const [i, e] of value.entries()) {
				const claim = (form: string, ...at: PropertyKey[]): FormClaim => ({
					form,
					entity: e.id,
					type: TYPE_OF[kind],
					file: source.file,
					line: () => source.lineOf([i, ...at])
				});
				yield* [claim(e.name.fr, 'name'), claim(e.name.en, 'name')];
				for (const [j, form] of e.aliases.entries()) yield claim(form, 'aliases', j);
				if ('adjectives' in e && e.adjectives) {
					for (const [j, form] of (e.adjectives.en ?? []).entries())
						yield claim(form, 'adjectives', 'en', j);
					for (const [j, masculine] of (e.adjectives.fr ?? []).entries())
						for (const form of frenchForms([masculine])) yield claim(form, 'adjectives', 'fr', j);
				}
			}
}

function checkAmbiguity(
	countryLayers: Layer<Record<string, CountryOverride>>[],
	namedLayers: Record<NamedKind, Layer<Named[]>[]>,
	excluded: string[]
): void {
	const [first] = findAmbiguousForms(
		formClaims(countryLayers, namedLayers),
		new Set(excluded.map((form) => foldText(form.trim())))
	);
	if (!first) return;
	const at = first.second.file === 'i18n-iso-countries' ? first.first : first.second;
	const other = at === first.second ? first.first : first.second;
	throw new InputError(
		at.file,
		describeAmbiguity({ form: first.form, first: other, second: at }),
		at.line?.()
	);
}

// Bump when loading changes what it makes of the same files (a new check, a new field).
const LOADER_VERSION = 1;
const countriesVersion = countriesPackage.version;

/** Every file under the folder, read and hashed: the same files compile once, wherever they are. */
export async function contentKey(dir: string): Promise<string> {
	const files = (await readdir(dir, { recursive: true })).map(String).sort();
	const hash = createHash('sha1').update(
		`loader ${LOADER_VERSION}, countries ${countriesVersion}\0`
	);
	for (const file of files) {
		const content = await readFile(path.join(dir, file)).catch(() => undefined);
		if (content) hash.update(`${file}\0`).update(content);
	}
	return hash.digest('hex');
}

/**
 * The gazetteer as loaded and checked, kept in generated/ under the hash of its files: a new
 * process (the CLI, a test worker, the server after a restart) reads one JSON file instead of
 * parsing, validating and checking tens of thousands of entries again. Files that fail to load
 * are never cached, so every error still names its file and line.
 */
async function cachedGazetteer(dir: string, key: string): Promise<Gazetteer> {
	const file = path.join(CACHE_DIR, `gazetteer-${key}.json`);
	try {
		return JSON.parse(await readFile(file, 'utf8')) as Gazetteer;
	} catch {
		const gazetteer = await loadGazetteer(dir);
		try {
			await mkdir(CACHE_DIR, { recursive: true });
			const tmp = `${file}.${process.pid}.tmp`;
			await writeFile(tmp, JSON.stringify(gazetteer));
			await rename(tmp, file);
			// One gazetteer at a time: earlier versions go (a reader that loses one loads from data/).
			for (const old of await readdir(CACHE_DIR))
				if (/^gazetteer-[0-9a-f]+\.json$/.test(old) && path.join(CACHE_DIR, old) !== file)
					await rm(path.join(CACHE_DIR, old), { force: true });
		} catch {
			// A read-only deployment loads from data/ every time: slower, never wrong.
		}
		return gazetteer;
	}
}

/**
 * The gazetteer of a folder, checked once and then read from the cache in generated/ while
 * its files stay the same.
 */
export async function loadGazetteerCached(dir: string): Promise<Gazetteer> {
	return cachedGazetteer(dir, await contentKey(dir));
}
