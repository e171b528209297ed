// Gazetteer: the actors Entente knows by name, as users write them in data/gazetteer/*.yaml.
// The schemas double as the error messages a user sees when a file does not validate.
import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');
const alpha3 = z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 3166-1 alpha-3 code such as CHN');
const entityId = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id such as vladimir-putin');
const localized = z.object({ fr: z.string().min(1), en: z.string().min(1) }).strict();
/** A name the same in both languages may be written once: `name: Abdul Qadir`. */
const localizedName = z.union([
	localized,
	z
		.string()
		.min(1)
		.transform((name) => ({ fr: name, en: name }))
]);
const adjectives = z
	.object({ fr: z.array(z.string().min(1)).optional(), en: z.array(z.string().min(1)).optional() })
	.strict();
const aliases = z.array(z.string().min(1)).default([]);

export { ROLE_KEYS, type RoleKey } from './roleKeys';
import { ROLE_KEYS } from './roleKeys';

export const roleSchema = z
	.object({
		role: z.enum(ROLE_KEYS),
		title: localized.optional(),
		country: alpha3.optional(),
		from: isoDate.optional(),
		to: isoDate.optional(),
		/** Where the dates come from (a page, a dictionary code such as FRAGOV): hand-curated lines cite one. */
		source: z.string().min(1).optional(),
		note: z.string().min(1).optional()
	})
	.strict();

export const personSchema = z
	.object({
		id: entityId,
		name: localizedName,
		aliases,
		country: alpha3.optional(),
		organization: entityId.optional(),
		affiliation: entityId.optional(),
		roles: z.array(roleSchema).default([])
	})
	.strict();

export const organizationSchema = z
	.object({
		id: entityId,
		kind: z.string().optional(),
		name: localizedName,
		aliases,
		country: alpha3.optional(),
		adjectives: adjectives.optional(),
		/**
		 * Acronyms that are also common words (UN/« un », AU/« au », EU/« eu », WHO/"who"): matched
		 * only as written. Every other acronym matches in any case where it stands as a word
		 * ("Nato", « l’Otan »).
		 */
		exactCase: z.array(z.string().min(1)).default([])
	})
	.strict();

export const projectSchema = z
	.object({
		id: entityId,
		kind: z.string().optional(),
		name: localized,
		aliases,
		countries: z.array(alpha3).default([])
	})
	.strict();

export const groupSchema = z
	.object({
		id: entityId,
		name: localized,
		aliases,
		adjectives: adjectives.optional(),
		members: z.array(alpha3).default([])
	})
	.strict();

export const countryOverrideSchema = z
	.object({
		historical: z.boolean().optional(),
		name: localized.optional(),
		names: z.array(z.string().min(1)).default([]),
		seats: z.array(z.string().min(1)).default([]),
		places: z.array(z.string().min(1)).default([]),
		adjectives: adjectives.optional(),
		exclude: z.array(z.string().min(1)).default([])
	})
	.strict();

export const countryOverridesSchema = z.record(alpha3, countryOverrideSchema);

/** Where an actor's identity comes from: a file of data/gazetteer or the country library. */
export const ORIGIN_KINDS = ['hand-curated', 'factbook', 'phoenix', 'library', 'pattern'] as const;
export type OriginKind = (typeof ORIGIN_KINDS)[number];

export interface EntityOrigin {
	origin: OriginKind;
	/** data/gazetteer/… path and line of the entry (none for the library or a pattern). */
	file?: string;
	line?: number;
}

export const GAZETTEER_KINDS = [
	'countries',
	'people',
	'organizations',
	'projects',
	'groups'
] as const;
export type GazetteerKind = (typeof GAZETTEER_KINDS)[number];

/** data/gazetteer/sources.yaml: every file, what it holds and where it comes from, in precedence order. */
export const sourcesSchema = z.array(
	z
		.object({
			file: z
				.string()
				.regex(
					/^[a-z0-9-]+(?:\/[a-z0-9-]+)*\.yaml$/,
					'expected a path such as phoenix/people.yaml'
				),
			kind: z.enum(GAZETTEER_KINDS),
			origin: z.enum(ORIGIN_KINDS).exclude(['library', 'pattern']),
			source: z.string().min(1),
			licence: z.string().min(1)
		})
		.strict()
);
export type SourceEntry = z.infer<typeof sourcesSchema>[number];

export type PersonEntry = z.infer<typeof personSchema>;
export type OrganizationEntry = z.infer<typeof organizationSchema>;
export type ProjectEntry = z.infer<typeof projectSchema>;
export type GroupEntry = z.infer<typeof groupSchema>;
export type CountryOverride = z.infer<typeof countryOverrideSchema>;
export type RoleEntry = z.infer<typeof roleSchema>;

export interface CountryEntry {
	iso3: string;
	name: { fr: string; en: string };
	names: string[];
	seats: string[];
	/** Cities and regions: where events take place, never the government's voice. */
	places: string[];
	adjectives: { fr: string[]; en: string[] };
	exclude: string[];
	historical?: boolean;
}

/** Everything extraction needs to know about named actors, already validated. */
export interface Gazetteer {
	countries: CountryEntry[];
	people: PersonEntry[];
	organizations: OrganizationEntry[];
	projects: ProjectEntry[];
	groups: GroupEntry[];
	/** Per actor id, the files (and lines) its identity comes from, in precedence order. */
	origins: Record<string, EntityOrigin[]>;
}
