// The data set in an embedded SQLite database (better-sqlite3): written whole by the build under
// a temporary name and renamed, read by the server through indexed queries.
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { CountrySummary, DatasetEntity } from '../../dataset/schema';
import { TIMELINE_ORDER } from '../../entityProfile';
import { PAGE_SIZE } from '../../pagination';
import type {
	Article,
	ArticleMeta,
	Evidence,
	Indicator,
	Quote,
	Mention,
	Relation,
	RelationType
} from '../../types';
import type { ActorRelations, DatasetStore, GroupCount, StoreWriter } from './store';
import {
	actorCountsSql,
	actorPageSql,
	evidenceSql,
	datedRelationsSql,
	groupCountsSql,
	negatedSql,
	partnerCountsSql,
	relationSeqsSql,
	type Sql
} from './queries';
import { readDataset } from './readDataset';
import { datasetRows, STORE_VERSION, TABLES, tableDdl } from './tables';

/** A store file that cannot be read as one: missing, another version, or not a database. */
export class StoreUnavailable extends Error {
	constructor(
		readonly file: string,
		reason: string
	) {
		super(`The data store ${file} cannot be read (${reason}): run \`npm run data\`.`);
		this.name = 'StoreUnavailable';
	}
}

let driver: { problem?: string } | undefined;

/**
 * Why SQLite cannot be used in this process, or undefined when it can: its native driver was not
 * compiled (`npm install --ignore-scripts`, or an npm that skipped its install script) or does
 * not load. Then the build writes the JSON only and every view answers from memory.
 */
export function sqliteProblem(): string | undefined {
	if (!driver) {
		try {
			new Database(':memory:').close();
			driver = {};
		} catch (failure) {
			driver = {
				problem: `better-sqlite3 is not usable (${(failure as Error).message.split('\n')[0]}): run \`npm rebuild better-sqlite3\``
			};
		}
	}
	return driver.problem;
}

/**
 * Writes `dataset` as a SQLite database at `file`: tables and indexes of ./tables.ts, rows in
 * the data set's order. Built under a unique temporary name beside `file` and renamed over it,
 * so a reader never opens half a database and two overlapping builds never mix their rows (the
 * caller holds the data lock all the same).
 * @throws when the folder cannot be written (the temporary file is removed)
 */
export const writeSqliteStore: StoreWriter = (dataset, file, datasetBytes) => {
	mkdirSync(path.dirname(file), { recursive: true });
	const temp = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
	try {
		const db = new Database(temp);
		try {
			// A file nobody reads until it is renamed: no journal, no waiting on the disk.
			db.pragma('journal_mode = OFF');
			db.pragma('synchronous = OFF');
			db.transaction(() => {
				for (const { table, rows } of datasetRows(dataset, datasetBytes)) {
					db.exec(tableDdl(table)[0] as string);
					const marks = table.columns.map(() => '?').join(', ');
					const insert = db.prepare(`INSERT INTO "${table.name}" VALUES (${marks})`);
					for (const row of rows) insert.run(row);
				}
				// Indexes after the rows: one sort each instead of a B-tree grown row by row.
				for (const table of TABLES) for (const ddl of tableDdl(table).slice(1)) db.exec(ddl);
			})();
			db.exec('ANALYZE');
		} finally {
			db.close();
		}
		// Written without waiting on the disk: on it before it takes the old file's place.
		const fd = openSync(temp, 'r+');
		try {
			fsyncSync(fd);
		} finally {
			closeSync(fd);
		}
		renameSync(temp, file);
	} catch (failure) {
		rmSync(temp, { force: true });
		throw failure;
	}
};

interface RelationRow {
	seq: number;
	id: string;
	type: RelationType;
	source: string;
	target: string;
	directed: number;
	date: string | null;
	location: string | null;
	modality: Relation['modality'];
	reported_by: string | null;
	plover: Relation['plover'] | null;
	mode: string | null;
	cameo: string | null;
	quad: Relation['quad'] | null;
	confidence: number | null;
	curated: Relation['curated'] | null;
}

interface EvidenceRow {
	relation: number;
	article: string;
	start: number;
	end: number;
	quote: string;
	origin: string | null;
}

function toRelation(row: RelationRow, evidence: Evidence[]): Relation {
	return {
		id: row.id,
		type: row.type,
		source: row.source,
		target: row.target,
		directed: row.directed === 1,
		...(row.date !== null ? { date: row.date } : {}),
		...(row.location !== null ? { location: row.location } : {}),
		modality: row.modality,
		...(row.reported_by !== null ? { reportedBy: row.reported_by } : {}),
		...(row.plover !== null ? { plover: row.plover } : {}),
		...(row.mode !== null ? { mode: row.mode } : {}),
		...(row.cameo !== null ? { cameo: row.cameo } : {}),
		...(row.quad !== null ? { quad: row.quad } : {}),
		...(row.confidence !== null ? { confidence: row.confidence } : {}),
		...(row.curated !== null ? { curated: row.curated } : {}),
		evidence
	};
}

/**
 * Opens the SQLite store at `file` read-only.
 * @throws {StoreUnavailable} when the file is missing, is not a database, or was written by
 *   another version of the tables
 */
export function openSqliteStore(file: string): DatasetStore {
	let db: Database.Database;
	try {
		db = new Database(file, { readonly: true, fileMustExist: true });
		const version = db.prepare("SELECT value FROM meta WHERE key = 'store_version'").pluck().get();
		if (version !== String(STORE_VERSION)) {
			db.close();
			throw new StoreUnavailable(file, `version ${String(version)}, not ${STORE_VERSION}`);
		}
	} catch (failure) {
		if (failure instanceof StoreUnavailable) throw failure;
		throw new StoreUnavailable(file, (failure as Error).message);
	}
	const statements = new Map<string, Database.Statement>();
	const prepared = (sql: string) => {
		let statement = statements.get(sql);
		// Kept per query shape (how many countries, types…): a bound, should shapes be many.
		if (!statement && statements.size >= 500) statements.clear();
		if (!statement) statements.set(sql, (statement = db.prepare(sql)));
		return statement;
	};
	const run = <T>({ sql, params }: Sql): T[] => prepared(sql).all(...params) as T[];
	const withEvidence = (rows: RelationRow[]): Relation[] => {
		const byRelation = new Map<number, Evidence[]>(rows.map((r) => [r.seq, []]));
		if (rows.length)
			for (const e of run<EvidenceRow>(evidenceSql(rows.map((r) => r.seq))))
				byRelation.get(e.relation)?.push({
					article: e.article,
					start: e.start,
					end: e.end,
					quote: e.quote,
					...(e.origin !== null ? { origin: e.origin } : {})
				});
		return rows.map((r) => toRelation(r, byRelation.get(r.seq) ?? []));
	};
	const bytes = prepared("SELECT value FROM meta WHERE key = 'dataset_bytes'").pluck().get();
	// The data sets read from this database, whose mentions may not be read yet: read before it
	// closes (a rebuild replaces it while a page may still hold its data set).
	const unsettled: (() => void)[] = [];
	return {
		file,
		datasetBytes: typeof bytes === 'string' ? Number(bytes) : undefined,
		relationCounts: (by, query, limit) => run<GroupCount>(groupCountsSql(by, query, limit)),
		relationSeqs: (query, kind) => {
			const { sql, params } = relationSeqsSql(query, kind);
			return prepared(sql)
				.pluck()
				.all(...params) as number[];
		},
		relationTotal: () => prepared('SELECT count(*) FROM relations').pluck().get() as number,
		actorRelations(actor, query, page): ActorRelations {
			const counts = run<{ type: RelationType; count: number }>(actorCountsSql(actor, query));
			const total = counts.reduce((sum, c) => sum + c.count, 0);
			const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
			const current = Math.min(Math.max(1, page), pages);
			const types = counts.map((c) => c.type);
			const rows = run<RelationRow>(actorPageSql(actor, query, types, current));
			return { counts, relations: withEvidence(rows), page: current, pages, total };
		},
		actorNegated: (actor, query, limit) =>
			withEvidence(run<RelationRow>(negatedSql(actor, query, limit))),
		partnerCounts: (country, query) =>
			run<{ id: string; count: number }>(partnerCountsSql(country, query)),
		datedRelations(actors, query, limit) {
			if (!actors.length) return { total: 0, relations: [] };
			const all = run<RelationRow>(datedRelationsSql(actors, query));
			const order = all.map((row) => toRelation(row, []));
			const rank = new Map(all.map((row, i) => [order[i] as Relation, row]));
			order.sort(TIMELINE_ORDER);
			const listed = order.slice(-limit).map((r) => rank.get(r) as RelationRow);
			return { total: all.length, relations: withEvidence(listed) };
		},
		indicatorsOf: (actors) => {
			if (!actors.length) return [];
			const marks = actors.map(() => '?').join(', ');
			return run<{ json: string }>({
				sql: `SELECT json FROM indicators WHERE subject IN (${marks}) OR partner IN (${marks}) ORDER BY seq`,
				params: [...actors, ...actors]
			}).map((row) => JSON.parse(row.json) as Indicator);
		},
		quotesOf: (speaker) =>
			run<{ json: string }>({
				sql: 'SELECT json FROM quotes WHERE speaker = ? ORDER BY seq',
				params: [speaker]
			}).map((row) => JSON.parse(row.json) as Quote),
		countrySummary(id) {
			const json = prepared("SELECT json FROM summaries WHERE kind = 'country' AND id = ?")
				.pluck()
				.get(id);
			return typeof json === 'string' ? (JSON.parse(json) as CountrySummary) : undefined;
		},
		articleMetas(ids) {
			const meta = prepared(
				'SELECT id, title, date, lang, source, url, note FROM articles WHERE id = ?'
			);
			return ids.flatMap((id) => {
				const row = meta.get(id) as
					| (Omit<ArticleMeta, 'url' | 'note'> & { url: string | null; note: string | null })
					| undefined;
				if (!row) return [];
				const { url, note, ...rest } = row;
				return [{ ...rest, ...(url !== null ? { url } : {}), ...(note !== null ? { note } : {}) }];
			});
		},
		entity(id) {
			const json = prepared('SELECT json FROM entities WHERE id = ?').pluck().get(id);
			return typeof json === 'string' ? (JSON.parse(json) as DatasetEntity) : undefined;
		},
		article(id) {
			const row = prepared('SELECT * FROM articles WHERE id = ?').get(id) as
				(Omit<Article, 'url' | 'note'> & { url: string | null; note: string | null }) | undefined;
			if (!row) return undefined;
			const { url, note, ...rest } = row;
			return { ...rest, ...(url !== null ? { url } : {}), ...(note !== null ? { note } : {}) };
		},
		mentionsIn(article) {
			const rows = prepared(
				'SELECT entity, article, start, "end", text, via FROM mentions WHERE article = ? ORDER BY seq'
			).all(article) as (Omit<Mention, 'via'> & { via: Mention['via'] | null })[];
			return rows.map(({ via, ...m }) => ({ ...m, ...(via !== null ? { via } : {}) }));
		},
		dataset() {
			const { dataset, settle } = readDataset(db);
			unsettled.push(settle);
			return dataset;
		},
		canonicalDump() {
			const lines: string[] = [];
			for (const table of TABLES) {
				lines.push(`-- ${table.name}`);
				const order = table.key.map((k) => `"${k}"`).join(', ');
				for (const row of db
					.prepare(`SELECT * FROM "${table.name}" ORDER BY ${order}`)
					.raw()
					.iterate())
					lines.push(JSON.stringify(row));
			}
			return lines.join('\n') + '\n';
		},
		close() {
			for (const settle of unsettled.splice(0)) settle();
			db.close();
		}
	};
}
