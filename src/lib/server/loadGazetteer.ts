// Reads data/gazetteer/*.yaml into a validated Gazetteer; errors name file and line.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { InputError } from '../errors';
import { buildCountries, isKnownCountryCode } from '../gazetteer/countries';
import {
	countryOverridesSchema,
	groupSchema,
	organizationSchema,
	personSchema,
	projectSchema,
	type Gazetteer
} from '../gazetteer/schema';
import { readYaml, validateYaml, type YamlSource } from '../yamlSource';

async function load<T>(
	dir: string,
	name: string,
	schema: z.ZodType<T>
): Promise<{ value: T; source: YamlSource }> {
	const file = path.join(dir, name);
	let text: string;
	try {
		text = await readFile(file, 'utf8');
	} catch {
		throw new InputError(file, 'cannot read the file');
	}
	const source = readYaml(file, text);
	return { value: validateYaml(source, schema), source };
}

export async function loadGazetteer(dir: string): Promise<Gazetteer> {
	const countries = await load(dir, 'countries.yaml', countryOverridesSchema);
	for (const [iso3, override] of Object.entries(countries.value)) {
		if (!override.historical && !isKnownCountryCode(iso3))
			throw new InputError(
				countries.source.file,
				`unknown country code ${iso3} (not ISO 3166-1 alpha-3; mark historical actors with historical: true)`,
				countries.source.lineOf([iso3])
			);
	}
	const people = await load(dir, 'people.yaml', z.array(personSchema));
	const organizations = await load(dir, 'organizations.yaml', z.array(organizationSchema));
	const projects = await load(dir, 'projects.yaml', z.array(projectSchema));
	const groups = await load(dir, 'groups.yaml', z.array(groupSchema));
	const gazetteer: Gazetteer = {
		countries: buildCountries(countries.value),
		people: people.value,
		organizations: organizations.value,
		projects: projects.value,
		groups: groups.value
	};
	checkReferences(gazetteer, { people, organizations, projects, groups });
	return gazetteer;
}

function checkReferences(
	g: Gazetteer,
	sources: Record<'people' | 'organizations' | 'projects' | 'groups', { source: YamlSource }>
): void {
	const countryCodes = new Set(g.countries.map((c) => c.iso3));
	const ids = new Map<string, string>();
	for (const key of ['people', 'organizations', 'projects', 'groups'] as const) {
		g[key].forEach((entry, index) => {
			const where = sources[key].source;
			if (ids.has(entry.id) || countryCodes.has(entry.id))
				throw new InputError(where.file, `duplicate id ${entry.id}`, where.lineOf([index, 'id']));
			ids.set(entry.id, key);
		});
	}
	const checkCountry = (
		code: string | undefined,
		key: keyof typeof sources,
		pathTo: PropertyKey[]
	) => {
		if (code && !countryCodes.has(code))
			throw new InputError(
				sources[key].source.file,
				`unknown country code ${code}`,
				sources[key].source.lineOf(pathTo)
			);
	};
	g.people.forEach((p, i) => {
		checkCountry(p.country, 'people', [i, 'country']);
		for (const ref of [p.affiliation, p.organization]) {
			if (ref && ids.get(ref) !== 'organizations')
				throw new InputError(
					sources.people.source.file,
					`unknown organisation ${ref}`,
					sources.people.source.lineOf([i])
				);
		}
	});
	g.organizations.forEach((o, i) => checkCountry(o.country, 'organizations', [i, 'country']));
	g.projects.forEach((p, i) =>
		p.countries.forEach((c, j) => checkCountry(c, 'projects', [i, 'countries', j]))
	);
}
