// The data set read back from the database's tables instead of its JSON: the server's start
// parses no 300 MB string, and the edges, merged again from the relations, share their evidence
// instead of holding a second copy of every sentence. Keys come in the schema's order
// (src/lib/dataset/schema.ts), as in the JSON, so the two serialise to the same bytes. The
// mentions and the edges are read when first used: a page that needs neither (the network, most
// charts, embeds) does not wait for them after a start. Each evidence record's sentence, found
// by the build, comes with it (src/lib/sentenceIndex.ts's attachSentenceStarts).
import type Database from 'better-sqlite3';
import { buildEdges } from '../../dataset/buildEdges';
import type { Dataset, Edge } from '../../dataset/schema';
import { attachSentenceStarts } from '../../sentenceIndex';
import type { Article, Evidence, Mention, Relation } from '../../types';

type Cell = string | number | null;
type Row = Cell[];

const rows = (db: Database.Database, sql: string): Row[] => db.prepare(sql).raw().all() as Row[];

/**
 * An object of the named cells, in the order given, leaving out the null ones (an optional field
 * is absent from the JSON, never null): keys in the schema's order, built without spreads.
 */
function record<T>(names: readonly string[], cells: Row, from = 0): T {
	const out: Record<string, Cell> = {};
	for (let i = 0; i < names.length; i++) {
		const value = cells[from + i] as Cell;
		if (value !== null) out[names[i] as string] = value;
	}
	return out as T;
}

const ARTICLE = ['id', 'title', 'date', 'lang', 'source', 'url', 'note', 'text'] as const;
const MENTION = ['entity', 'article', 'start', 'end', 'text', 'via'] as const;
const EVIDENCE = ['article', 'start', 'end', 'quote', 'origin'] as const;
/** A relation's fields before its evidence; `directed` is stored as 0 or 1. */
const RELATION = [
	'id',
	'type',
	'source',
	'target',
	'directed',
	'date',
	'location',
	'modality',
	'reportedBy',
	'plover',
	'mode',
	'cameo',
	'quad',
	'confidence',
	'curated'
] as const;

/**
 * Defines `key` on `target` as a field computed on first read, then held as a plain value (in
 * the place the key already has: an object's keys keep their order, so it serialises as before).
 */
function lazyField<T extends object, K extends keyof T>(
	target: T,
	key: K,
	compute: () => T[K]
): void {
	Object.defineProperty(target, key, {
		get() {
			const value = compute();
			Object.defineProperty(target, key, {
				value,
				writable: true,
				enumerable: true,
				configurable: true
			});
			return value;
		},
		enumerable: true,
		configurable: true
	});
}

/**
 * Every row of the store's tables as the data set it was written from (see ./tables.ts). Rows
 * are read in the order they were inserted (rowid: the data set's own, the table written once,
 * whole), a scan of each table rather than a walk of its key's index. `mentions` and `edges` are
 * read on first use; `settle` reads them now (the caller does before closing `db`).
 * @throws {Error} when the store does not say it holds data set version 1
 */
export function readDataset(db: Database.Database): { dataset: Dataset; settle: () => void } {
	const version = db.prepare("SELECT value FROM meta WHERE key = 'dataset_version'").pluck().get();
	if (version !== '1') throw new Error(`the store holds data set version ${String(version)}`);
	const json = <T>(sql: string): T[] =>
		(db.prepare(sql).pluck().all() as string[]).map((text) => JSON.parse(text) as T);
	const articles = rows(
		db,
		'SELECT id, title, date, lang, source, url, note, text FROM articles ORDER BY rowid'
	).map((row) => record<Article>(ARTICLE, row));
	const mentions = (): Mention[] =>
		rows(db, 'SELECT entity, article, start, "end", text, via FROM mentions ORDER BY rowid').map(
			(row) => record<Mention>(MENTION, row)
		);
	const evidence = new Map<number, Evidence[]>();
	const sentenceStarts = new Map<string, Map<number, number>>();
	for (const row of rows(
		db,
		'SELECT relation, article, start, "end", quote, origin, sentence FROM evidence ORDER BY rowid'
	)) {
		const seq = row[0] as number;
		let list = evidence.get(seq);
		if (!list) evidence.set(seq, (list = []));
		const e = record<Evidence>(EVIDENCE, row, 1);
		list.push(e);
		const sentence = row[EVIDENCE.length + 1];
		if (typeof sentence === 'number') {
			let starts = sentenceStarts.get(e.article);
			if (!starts) sentenceStarts.set(e.article, (starts = new Map()));
			starts.set(e.start, sentence);
		}
	}
	const relations = rows(
		db,
		'SELECT id, type, source, target, directed, date, location, modality, reported_by, plover, mode, cameo, quad, confidence, curated, seq FROM relations ORDER BY seq'
	).map((row) => {
		const r = record<Relation & { evidence: Evidence[] }>(RELATION, row);
		(r as { directed: boolean }).directed = row[4] === 1;
		r.evidence = evidence.get(row[RELATION.length] as number) ?? [];
		return r;
	});
	const dataset: Dataset = {
		version: 1,
		articles,
		entities: json('SELECT json FROM entities ORDER BY rowid'),
		mentions: [],
		relations,
		indicators: json('SELECT json FROM indicators ORDER BY seq'),
		quotes: json('SELECT json FROM quotes ORDER BY seq'),
		edges: [],
		countries: json("SELECT json FROM summaries WHERE kind = 'country' ORDER BY rowid"),
		persons: json("SELECT json FROM summaries WHERE kind = 'person' ORDER BY rowid")
	};
	attachSentenceStarts(dataset, sentenceStarts);
	lazyField(dataset, 'mentions', mentions);
	lazyField(dataset, 'edges', () => buildEdges(relations).map(inSchemaOrder));
	// Held weakly: a data set no page holds any more needs nothing read.
	const held = new WeakRef(dataset);
	const settle = () => {
		const read = held.deref();
		if (read) void [read.mentions, read.edges];
	};
	return { dataset, settle };
}

/** An edge's keys in the schema's order (buildEdges adds its dates last). */
function inSchemaOrder(e: Edge): Edge {
	const { id, type, source, target, directed, count, relations, modalities, evidence } = e;
	return {
		id,
		type,
		source,
		target,
		directed,
		count,
		relations,
		modalities,
		...(e.firstDate !== undefined ? { firstDate: e.firstDate } : {}),
		...(e.lastDate !== undefined ? { lastDate: e.lastDate } : {}),
		evidence
	};
}
