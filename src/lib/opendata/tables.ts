// The tables of the open data package and their Table Schemas: articles, actors, mentions,
// events (each relation with its PLOVER type, CAMEO code and quad class), figures, and the
// evidence behind events and figures (character offsets into the article's text and the quoted
// words). One row per record, in the data set's order; every reference is a foreign key.
import type { Dataset, DatasetEntity } from '../dataset/schema';
import type { Cell } from '../formats/csv';
import { daySpan } from '../formats/days';
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
	RELATION_TYPES,
	type Article,
	type Evidence,
	type Indicator,
	type Mention,
	type Quote,
	type Relation
} from '../types';
import {
	booleanField as flag,
	dateField as day,
	enumField as oneOf,
	foreignKey as to,
	idField as id,
	integerField as integer,
	numberField as number,
	tableSchema as schema,
	textField as text,
	type TableSchema
} from './tableSchema';

/** The records a package holds: a whole data set, or what filters keep of it. */
export interface PackagePart {
	articles: readonly Article[];
	actors: readonly DatasetEntity[];
	mentions: readonly Mention[];
	events: readonly Relation[];
	figures: readonly Indicator[];
	/** What an actor said about no other actor (types.ts, Quote). */
	quotes: readonly Quote[];
}

export interface Table {
	name: string;
	title: string;
	schema: TableSchema;
	rows: (part: PackagePart) => Record<string, Cell | undefined>[];
}

/** Every event says whether a curator decided it (Relation.curated), `none` when not. */
const CURATED = [...CURATION_STATES, 'none'] as const;

const PARTIAL_DATE = '^\\d{4}(-\\d{2}(-\\d{2})?)?$';

/** The evidence records of the part's events, then of its figures, then of its quotes, each
 * numbered within its owner (`<owner id>#1`, `#2`…). */
function evidenceRows(part: PackagePart): Record<string, Cell | undefined>[] {
	const rows = (
		owner: 'event' | 'figure' | 'quotation',
		ownerId: string,
		evidence: readonly Evidence[]
	) =>
		evidence.map((e, i) => ({
			id: `${ownerId}#${i + 1}`,
			[owner]: ownerId,
			article: e.article,
			start: e.start,
			end: e.end,
			quote: e.quote,
			origin: e.origin
		}));
	return [
		...part.events.flatMap((r) => rows('event', r.id, r.evidence)),
		...part.figures.flatMap((f) => rows('figure', f.id, f.evidence)),
		...part.quotes.flatMap((q) => rows('quotation', q.id, q.evidence))
	];
}

export const TABLES: readonly Table[] = [
	{
		name: 'articles',
		title: 'News articles read',
		schema: schema(
			[
				id('The article’s id (its file name)'),
				text('title', 'Headline', true),
				day('date', 'Publication day'),
				oneOf('lang', LANGUAGES, 'Language of the text'),
				text('source', 'Outlet', true),
				text('url', 'Address of the original article (http or https)'),
				text('note', 'Editor’s note'),
				text('text', 'Full text; evidence and mention offsets index into it (UTF-16 code units)')
			],
			['id']
		),
		rows: (part) =>
			part.articles.map((a) => ({
				id: a.id,
				title: a.title,
				date: a.date,
				lang: a.lang,
				source: a.source,
				url: a.url,
				note: a.note,
				text: a.text
			}))
	},
	{
		name: 'actors',
		title: 'Actors: countries, people, organisations, projects and groups',
		schema: schema(
			[
				id('The actor’s id: ISO 3166-1 alpha-3 for a country, a slug otherwise'),
				oneOf('type', ENTITY_TYPES, 'What the actor is'),
				text('name', 'Name (English)', true),
				text('name_en', 'English name'),
				text('name_fr', 'French name'),
				text('iso3', 'ISO 3166-1 alpha-3 code of a country'),
				text('country', 'Country a person or organisation belongs to (an actor id)'),
				text('role', 'Role or title, as the gazetteer gives it'),
				text('affiliation', 'Organisation a person speaks for (an actor id)'),
				text('kind', 'Kind of organisation or project'),
				flag('historical', 'Whether the country no longer exists (the Soviet Union)'),
				flag('discovered', 'Found from a pattern of news writing, not from the gazetteer'),
				integer('mentions', 'Mentions in the whole corpus', true)
			],
			['id'],
			[to('country', 'actors'), to('affiliation', 'actors')]
		),
		rows: (part) =>
			part.actors.map((e) => ({
				id: e.id,
				type: e.type,
				name: e.name,
				name_en: e.names.en,
				name_fr: e.names.fr,
				iso3: e.iso3,
				country: e.country,
				role: e.role,
				affiliation: e.affiliation,
				kind: e.kind,
				historical: e.historical,
				discovered: e.discovered,
				mentions: e.mentionCount
			}))
	},
	{
		name: 'mentions',
		title: 'Each place an article names an actor',
		schema: schema(
			[
				text('article', 'Article (an article id)', true),
				text('actor', 'Actor named (an actor id)', true),
				integer('start', 'Offset of the first character in the article’s text', true),
				integer('end', 'Offset past the last character', true),
				text('text', 'The words, as the article writes them', true),
				oneOf('via', MENTION_VIAS, 'How the words name the actor (name, seat, adjective, role…)')
			],
			['article', 'start', 'end', 'actor'],
			[to('article', 'articles'), to('actor', 'actors')]
		),
		rows: (part) => {
			// One row per key: a span linked twice to one actor is one mention.
			const seen = new Set<string>();
			return part.mentions.flatMap((m) => {
				const key = `${m.article}\u0000${m.start}\u0000${m.end}\u0000${m.entity}`;
				if (seen.has(key)) return [];
				seen.add(key);
				const { article, entity: actor, start, end, text, via } = m;
				return [{ article, actor, start, end, text, via }];
			});
		}
	},
	{
		name: 'events',
		title: 'Events: one relation of one type between two actors, on one date, with one modality',
		schema: schema(
			[
				id('The event’s id'),
				oneOf('type', RELATION_TYPES, 'Entente’s relation type'),
				text('source', 'Actor who acts (an actor id)', true),
				text('target', 'Actor acted upon (an actor id)', true),
				flag('directed', 'Whether it runs from source to target (false: mutual)'),
				{
					name: 'date',
					type: 'string',
					description: 'Date as precise as the text gives it: YYYY, YYYY-MM or YYYY-MM-DD',
					constraints: { pattern: PARTIAL_DATE }
				},
				day('date_start', 'First day the date covers'),
				day('date_end', 'Last day the date covers'),
				text('location', 'Country where it took place (an actor id)'),
				oneOf(
					'modality',
					MODALITIES,
					'How the text presents it; the pages never count a negated event'
				),
				text('reported_by', 'Who the text attributes it to (an actor id)'),
				oneOf('plover', PLOVER_TYPES, 'PLOVER event type'),
				text('plover_mode', 'PLOVER mode, where the text gives one'),
				{
					name: 'cameo',
					type: 'string',
					description: 'CAMEO code, 2 to 4 digits (a string: "042" keeps its zero)',
					constraints: { pattern: '^\\d{2,4}$' }
				},
				oneOf('quad', QUAD_CLASSES, 'Quad class (GDELT, POLECAT)'),
				number(
					'confidence',
					'How likely it is right, 0 to 1, calibrated on hand-labelled articles (empty: added by a curator)'
				),
				oneOf(
					'curated',
					CURATED,
					'Hand-verified: accepted (the rules found it and a curator confirmed it), added (a curator’s alone) or none. Rejected events are not in the table: a rejection removes them (data/curated keeps the decision)'
				)
			],
			['id'],
			[
				to('source', 'actors'),
				to('target', 'actors'),
				to('location', 'actors'),
				to('reported_by', 'actors')
			]
		),
		rows: (part) =>
			part.events.map((r) => {
				const span = r.date ? daySpan(r.date) : undefined;
				return {
					id: r.id,
					type: r.type,
					source: r.source,
					target: r.target,
					directed: r.directed,
					date: r.date,
					date_start: span?.[0],
					date_end: span?.[1],
					location: r.location,
					modality: r.modality,
					reported_by: r.reportedBy,
					plover: r.plover,
					plover_mode: r.mode,
					cameo: r.cameo,
					quad: r.quad,
					confidence: r.confidence,
					curated: r.curated ?? 'none'
				};
			})
	},
	{
		name: 'figures',
		title: 'Figures the texts report: counts, trade shares and values, anniversaries',
		schema: schema(
			[
				id('The figure’s id'),
				oneOf('kind', INDICATOR_KINDS, 'What kind of figure'),
				number('value', 'The number, in `unit` (times `scale` when given)'),
				text('unit', 'Unit (%, USD, tonnes, meetings…)', true),
				text('label', 'What is counted or measured, in the article’s words', true),
				text('subject', 'Actor the figure is about (an actor id)'),
				text('partner', 'Its partner, for trade (an actor id)'),
				integer('year', 'Year the figure is for'),
				flag('approximate', 'Whether the text says it is approximate'),
				text('reported_by', 'Who the text attributes it to'),
				number('low', 'Lower bound of a range'),
				number('high', 'Upper bound of a range'),
				{
					name: 'currency',
					type: 'string',
					description: 'ISO 4217 currency of an amount',
					constraints: { pattern: '^[A-Z]{3}$' }
				},
				number('scale', 'Multiplier of the value (1e9 for « milliards »)'),
				oneOf('per', RATE_PERIODS, 'Period of a rate'),
				oneOf('measure', INDICATOR_MEASURES, 'What a trade figure measures')
			],
			['id'],
			[to('subject', 'actors'), to('partner', 'actors')]
		),
		rows: (part) =>
			part.figures.map((f) => ({
				id: f.id,
				kind: f.kind,
				value: f.value,
				unit: f.unit,
				label: f.label,
				subject: f.subject,
				partner: f.partner,
				year: f.year,
				approximate: f.approximate,
				reported_by: f.reportedBy,
				low: f.low,
				high: f.high,
				currency: f.currency,
				scale: f.scale,
				per: f.per,
				measure: f.measure
			}))
	},
	{
		name: 'quotes',
		title: 'What an actor said about no other actor (its sentence is in evidence)',
		schema: schema(
			[
				id('The quote’s id'),
				text('speaker', 'Who said it (an actor id)', true),
				{
					name: 'date',
					type: 'string',
					description: 'When it was said, as precise as the text (YYYY, YYYY-MM or YYYY-MM-DD)',
					constraints: { pattern: PARTIAL_DATE }
				},
				oneOf('modality', MODALITIES, 'How the text presents the saying')
			],
			['id'],
			[to('speaker', 'actors')]
		),
		rows: (part) =>
			part.quotes.map((q) => ({
				id: q.id,
				speaker: q.speaker,
				date: q.date,
				modality: q.modality
			}))
	},
	{
		name: 'evidence',
		title: 'The sentences behind each event, figure and quote',
		schema: schema(
			[
				id('`<event or figure id>#<n>`'),
				text('event', 'Event it supports (an event id), or empty'),
				text('figure', 'Figure it supports (a figure id), or empty'),
				text('quotation', 'Quote it holds (an id of the quotes table), or empty'),
				text('article', 'Article (an article id)', true),
				integer('start', 'Offset of the first character in the article’s text', true),
				integer('end', 'Offset past the last character', true),
				text('quote', 'The words, exactly the article’s text from start to end', true),
				text('origin', 'Who added it: empty for the rules, else a curation file and line')
			],
			['id'],
			[
				to('event', 'events'),
				to('figure', 'figures'),
				to('quotation', 'quotes'),
				to('article', 'articles')
			]
		),
		rows: evidenceRows
	}
];

/** The whole data set as a package part. */
export function wholePart(dataset: Dataset): PackagePart {
	return {
		articles: dataset.articles,
		actors: dataset.entities,
		mentions: dataset.mentions,
		events: dataset.relations,
		figures: dataset.indicators,
		quotes: dataset.quotes
	};
}
