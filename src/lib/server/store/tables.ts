// The data set as tables: the schema of the embedded database and the rows a Dataset gives, in
// one fixed order (the data set's own), so the same data set always gives the same rows. Shared
// by the SQLite store and the store bench (which loads the same rows into DuckDB).
import type { Dataset, DatasetEntity } from '../../dataset/schema';
import { dateSpan } from '../../graph/buildGraph';
import { sentenceStartOf } from '../../sentenceIndex';

/** A column's SQL type: the subset SQLite and DuckDB both read the same way. */
type ColumnType = 'TEXT' | 'INTEGER' | 'DOUBLE';

export interface TableSpec {
	name: string;
	columns: readonly (readonly [name: string, type: ColumnType])[];
	/** Columns of the primary key, in order: also the canonical dump's order. */
	key: readonly string[];
	/** Secondary indexes, each a list of columns: one for every filter the views apply. */
	indexes: readonly (readonly string[])[];
}

/** Bump when the tables change: a store of another version is rebuilt, not read. */
export const STORE_VERSION = 6;

export const TABLES: readonly TableSpec[] = [
	{
		name: 'meta',
		columns: [
			['key', 'TEXT'],
			['value', 'TEXT']
		],
		key: ['key'],
		indexes: []
	},
	{
		name: 'articles',
		columns: [
			['id', 'TEXT'],
			['title', 'TEXT'],
			['date', 'TEXT'],
			['lang', 'TEXT'],
			['source', 'TEXT'],
			['url', 'TEXT'],
			['note', 'TEXT'],
			['text', 'TEXT']
		],
		key: ['id'],
		indexes: [['date']]
	},
	{
		name: 'entities',
		columns: [
			['id', 'TEXT'],
			['seq', 'INTEGER'],
			['type', 'TEXT'],
			['name', 'TEXT'],
			['country', 'TEXT'],
			['mention_count', 'INTEGER'],
			/** The whole entity (names, aliases, origin, articles) as the data set holds it. */
			['json', 'TEXT']
		],
		key: ['id'],
		indexes: [['type'], ['country']]
	},
	{
		name: 'mentions',
		columns: [
			['article', 'TEXT'],
			['seq', 'INTEGER'],
			['entity', 'TEXT'],
			['start', 'INTEGER'],
			['end', 'INTEGER'],
			['text', 'TEXT'],
			['via', 'TEXT']
		],
		key: ['article', 'seq'],
		indexes: [['entity']]
	},
	{
		name: 'relations',
		columns: [
			/** Its place in the data set: the order every list keeps. */
			['seq', 'INTEGER'],
			['id', 'TEXT'],
			['type', 'TEXT'],
			['source', 'TEXT'],
			['target', 'TEXT'],
			['directed', 'INTEGER'],
			['date', 'TEXT'],
			['location', 'TEXT'],
			['modality', 'TEXT'],
			['reported_by', 'TEXT'],
			['plover', 'TEXT'],
			['mode', 'TEXT'],
			['cameo', 'TEXT'],
			['quad', 'TEXT'],
			/** How likely it is right, 0–1 (src/lib/extract/confidence.ts); NULL when not scored. */
			['confidence', 'DOUBLE'],
			/** `accepted` or `added` by a curator (Relation.curated); NULL when none decided it. */
			['curated', 'TEXT'],
			/** The days the period filter compares (its date, else its first article's), YYYY-MM-DD. */
			['day_start', 'TEXT'],
			['day_end', 'TEXT'],
			/** The country each end stands for (itself, or a person's or organisation's country). */
			['source_country', 'TEXT'],
			['target_country', 'TEXT'],
			/** 1 when the relation can count: not negated, both its actors in the data set (the
			 * network drops a link to an unknown actor). */
			['counted', 'INTEGER']
		],
		key: ['seq'],
		indexes: [
			['id'],
			['source'],
			['target'],
			['counted', 'type'],
			['type', 'day_start'],
			['plover'],
			['day_start'],
			['day_end'],
			['source_country'],
			['target_country']
		]
	},
	{
		name: 'evidence',
		columns: [
			['relation', 'INTEGER'],
			['seq', 'INTEGER'],
			['article', 'TEXT'],
			['start', 'INTEGER'],
			['end', 'INTEGER'],
			['quote', 'TEXT'],
			['origin', 'TEXT'],
			/** Where the sentence holding the record's start begins in its article's text
			 * (src/lib/sentenceIndex.ts, found once here, read by the server); NULL when the
			 * record's own span is its key (its article missing, or shorter than its start). */
			['sentence', 'INTEGER']
		],
		key: ['relation', 'seq'],
		indexes: [['article']]
	},
	{
		name: 'indicators',
		columns: [
			['seq', 'INTEGER'],
			['id', 'TEXT'],
			['kind', 'TEXT'],
			['subject', 'TEXT'],
			['partner', 'TEXT'],
			['year', 'INTEGER'],
			['json', 'TEXT']
		],
		key: ['seq'],
		indexes: [['subject'], ['partner'], ['year']]
	},
	{
		name: 'quotes',
		columns: [
			['seq', 'INTEGER'],
			['id', 'TEXT'],
			['speaker', 'TEXT'],
			['json', 'TEXT']
		],
		key: ['seq'],
		indexes: [['speaker']]
	},
	{
		name: 'edges',
		columns: [
			['seq', 'INTEGER'],
			['id', 'TEXT'],
			['type', 'TEXT'],
			['source', 'TEXT'],
			['target', 'TEXT'],
			['directed', 'INTEGER'],
			['count', 'INTEGER'],
			['first_date', 'TEXT'],
			['last_date', 'TEXT']
		],
		key: ['seq'],
		indexes: [['source'], ['target'], ['type']]
	},
	{
		name: 'summaries',
		columns: [
			/** 'country' or 'person': the data set's profile summaries, whole. */
			['kind', 'TEXT'],
			['id', 'TEXT'],
			['json', 'TEXT']
		],
		key: ['kind', 'id'],
		indexes: []
	}
];

/** A row as the tables take it: text, whole numbers, doubles or NULL. */
export type Cell = string | number | null;

const opt = (value: string | undefined): string | null => value ?? null;

/** The country an actor stands for, as src/lib/counts.ts's countryOf (itself when unknown). */
function countryOfEntity(entities: ReadonlyMap<string, DatasetEntity>, id: string): string {
	const e = entities.get(id);
	return (e?.type === 'country' ? e.id : e?.country) ?? id;
}

/**
 * Every table's rows for a data set, in the data set's order. `datasetBytes`, the size of the
 * data set's JSON file written beside it, lets a reader check the two belong together.
 * @returns one entry per table of {@link TABLES}, in the same order, each row's cells in
 *   its columns' order
 */
export function datasetRows(
	dataset: Dataset,
	datasetBytes?: number
): { table: TableSpec; rows: Cell[][] }[] {
	const entities = new Map(dataset.entities.map((e) => [e.id, e]));
	const articleDates = new Map(dataset.articles.map((a) => [a.id, a.date]));
	const mentionSeq = new Map<string, number>();
	const sentenceStart = sentenceStartOf(dataset);
	const rows: Record<string, Cell[][]> = {
		meta: [
			['store_version', String(STORE_VERSION)],
			['dataset_version', String(dataset.version)],
			...(datasetBytes !== undefined ? [['dataset_bytes', String(datasetBytes)]] : [])
		],
		articles: dataset.articles.map((a) => [
			a.id,
			a.title,
			a.date,
			a.lang,
			a.source,
			opt(a.url),
			opt(a.note),
			a.text
		]),
		entities: dataset.entities.map((e, i) => [
			e.id,
			i,
			e.type,
			e.name,
			opt(e.country),
			e.mentionCount,
			JSON.stringify(e)
		]),
		mentions: dataset.mentions.map((m) => {
			const seq = mentionSeq.get(m.article) ?? 0;
			mentionSeq.set(m.article, seq + 1);
			return [m.article, seq, m.entity, m.start, m.end, m.text, opt(m.via)];
		}),
		relations: dataset.relations.map((r, i) => {
			// The period filter's rule (src/lib/graph/buildGraph relationPasses): an undated
			// relation is placed at its first article's date.
			const date = r.date ?? articleDates.get(r.evidence[0]?.article ?? '') ?? '';
			const [start, end] = date ? dateSpan(date) : ['', ''];
			return [
				i,
				r.id,
				r.type,
				r.source,
				r.target,
				r.directed ? 1 : 0,
				opt(r.date),
				opt(r.location),
				r.modality,
				opt(r.reportedBy),
				opt(r.plover),
				opt(r.mode),
				opt(r.cameo),
				opt(r.quad),
				r.confidence ?? null,
				opt(r.curated),
				start,
				end,
				countryOfEntity(entities, r.source),
				countryOfEntity(entities, r.target),
				r.modality !== 'negated' && entities.has(r.source) && entities.has(r.target) ? 1 : 0
			];
		}),
		evidence: dataset.relations.flatMap((r, i) =>
			r.evidence.map((e, j) => [
				i,
				j,
				e.article,
				e.start,
				e.end,
				e.quote,
				opt(e.origin),
				sentenceStart(e)
			])
		),
		indicators: dataset.indicators.map((x, i) => [
			i,
			x.id,
			x.kind,
			opt(x.subject),
			opt(x.partner),
			x.year ?? null,
			JSON.stringify(x)
		]),
		quotes: dataset.quotes.map((q, i) => [i, q.id, q.speaker, JSON.stringify(q)]),
		edges: dataset.edges.map((e, i) => [
			i,
			e.id,
			e.type,
			e.source,
			e.target,
			e.directed ? 1 : 0,
			e.count,
			opt(e.firstDate),
			opt(e.lastDate)
		]),
		summaries: [
			...dataset.countries.map((c) => ['country', c.id, JSON.stringify(c)]),
			...dataset.persons.map((p) => ['person', p.id, JSON.stringify(p)])
		]
	};
	return TABLES.map((table) => ({ table, rows: rows[table.name] ?? [] }));
}

/** SQL that creates a table and its indexes (both engines read it). */
export function tableDdl(table: TableSpec): string[] {
	const q = (name: string) => `"${name}"`;
	const columns = table.columns.map(([name, type]) => `${q(name)} ${type}`).join(', ');
	return [
		`CREATE TABLE ${q(table.name)} (${columns}, PRIMARY KEY (${table.key.map(q).join(', ')}))`,
		...table.indexes.map(
			(cols) =>
				`CREATE INDEX ${q(`${table.name}_${cols.join('_')}`)} ON ${q(table.name)} (${cols.map(q).join(', ')})`
		)
	];
}
