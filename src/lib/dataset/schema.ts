// The compiled data set the app serves: validated on write (npm run data) and typed on read.
import { z } from 'zod';
import { ORIGIN_KINDS } from '../gazetteer/schema';
import {
	CURATION_STATES,
	ENTITY_TYPES,
	INDICATOR_KINDS,
	INDICATOR_MEASURES,
	LANGUAGES,
	MENTION_VIAS,
	MODALITIES,
	PLOVER_TYPES,
	QUAD_CLASSES,
	RATE_PERIODS,
	RELATION_TYPES
} from '../types';

const evidence = z
	.object({
		article: z.string(),
		start: z.number().int().min(0),
		end: z.number().int(),
		quote: z.string(),
		origin: z.string().optional()
	})
	.strict();
const localized = z.object({ fr: z.string(), en: z.string() }).strict();
const partialDate = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/);
const countBy = <T extends readonly [string, ...string[]]>(keys: T) =>
	z.partialRecord(z.enum(keys), z.number().int());

export const datasetSchema = z
	.object({
		version: z.literal(1),
		articles: z.array(
			z
				.object({
					id: z.string(),
					title: z.string(),
					date: z.string(),
					lang: z.enum(LANGUAGES),
					source: z.string(),
					url: z.string().optional(),
					note: z.string().optional(),
					text: z.string()
				})
				.strict()
		),
		entities: z.array(
			z
				.object({
					id: z.string(),
					type: z.enum(ENTITY_TYPES),
					name: z.string(),
					names: localized,
					/** Other names a reader may search by: a person's or organisation's aliases; a
					 * country's other names and seats of government (« Pékin », "Beijing"). */
					aliases: z.array(z.string()).optional(),
					iso3: z.string().optional(),
					country: z.string().optional(),
					role: z.string().optional(),
					roleNames: localized.optional(),
					affiliation: z.string().optional(),
					kind: z.string().optional(),
					historical: z.boolean().optional(),
					discovered: z.boolean().optional(),
					/**
					 * Where its identity comes from, first the file whose names it shows: a gazetteer
					 * file and line (hand-curated, CIA World Factbook, Phoenix), the country library, or
					 * a pattern of news writing for a person the gazetteer does not know.
					 */
					origin: z
						.array(
							z
								.object({
									origin: z.enum(ORIGIN_KINDS),
									file: z.string().optional(),
									line: z.number().int().optional()
								})
								.strict()
						)
						.min(1),
					mentionCount: z.number().int(),
					articles: z.array(z.string())
				})
				.strict()
		),
		mentions: z.array(
			z
				.object({
					entity: z.string(),
					article: z.string(),
					start: z.number().int(),
					end: z.number().int(),
					text: z.string(),
					via: z.enum(MENTION_VIAS).optional()
				})
				.strict()
		),
		relations: z.array(
			z
				.object({
					id: z.string(),
					type: z.enum(RELATION_TYPES),
					source: z.string(),
					target: z.string(),
					directed: z.boolean(),
					date: partialDate.optional(),
					location: z.string().optional(),
					modality: z.enum(MODALITIES),
					reportedBy: z.string().optional(),
					plover: z.enum(PLOVER_TYPES).optional(),
					mode: z.string().optional(),
					cameo: z
						.string()
						.regex(/^\d{2,4}$/)
						.optional(),
					quad: z.enum(QUAD_CLASSES).optional(),
					confidence: z.number().min(0).max(1).optional(),
					curated: z
						.enum(CURATION_STATES)
						.optional()
						.describe(
							'Hand-verified: accepted (the rules found it, a curator confirmed it) or added (a curator’s alone); absent when no curator decided it (none). Rejected relations are not in the data set.'
						),
					evidence: z.array(evidence).min(1)
				})
				.strict()
		),
		indicators: z.array(
			z
				.object({
					id: z.string(),
					kind: z.enum(INDICATOR_KINDS),
					value: z.number(),
					unit: z.string(),
					label: z.string(),
					subject: z.string().optional(),
					partner: z.string().optional(),
					year: z.number().int().optional(),
					approximate: z.boolean().optional(),
					reportedBy: z.string().optional(),
					low: z.number().optional(),
					high: z.number().optional(),
					currency: z
						.string()
						.regex(/^[A-Z]{3}$/)
						.optional(),
					scale: z.number().positive().optional(),
					per: z.enum(RATE_PERIODS).optional(),
					measure: z.enum(INDICATOR_MEASURES).optional(),
					evidence: z.array(evidence).min(1)
				})
				.strict()
				.refine((i) => (i.low === undefined) === (i.high === undefined), {
					message: 'a range has both bounds'
				})
		),
		/** What an actor said about no other actor: shown on the speaker (types.ts, Quote). */
		quotes: z.array(
			z
				.object({
					id: z.string(),
					speaker: z.string(),
					date: partialDate.optional(),
					modality: z.enum(MODALITIES),
					evidence: z.array(evidence).min(1)
				})
				.strict()
		),
		edges: z.array(
			z
				.object({
					id: z.string(),
					type: z.enum(RELATION_TYPES),
					source: z.string(),
					target: z.string(),
					directed: z.boolean(),
					count: z.number().int().min(1),
					relations: z.array(z.string()),
					modalities: countBy(MODALITIES),
					firstDate: partialDate.optional(),
					lastDate: partialDate.optional(),
					evidence: z.array(evidence).min(1)
				})
				.strict()
		),
		countries: z.array(
			z
				.object({
					id: z.string(),
					people: z.array(z.string()),
					organizations: z.array(z.string()),
					mentionCount: z.number().int(),
					relationCounts: countBy(RELATION_TYPES),
					partners: z.array(z.object({ id: z.string(), count: z.number().int() }).strict()),
					indicators: z.array(z.string())
				})
				.strict()
		),
		persons: z.array(
			z
				.object({
					id: z.string(),
					country: z.string().optional(),
					role: z.string().optional(),
					mentionCount: z.number().int(),
					meetings: z.array(z.string()),
					statements: z.array(z.string()),
					relationCounts: countBy(RELATION_TYPES)
				})
				.strict()
		)
	})
	.strict();

export type Dataset = z.infer<typeof datasetSchema>;
export type DatasetEntity = Dataset['entities'][number];
export type Edge = Dataset['edges'][number];
export type CountrySummary = Dataset['countries'][number];
export type PersonSummary = Dataset['persons'][number];
