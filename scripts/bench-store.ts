// npm run bench:store -- <dataset.json> [more.json…] — the two embedded databases issue #17
// weighed, side by side on the same data set: SQLite (better-sqlite3, the store the app uses)
// and DuckDB (@duckdb/node-api, a devDependency kept for this bench). For each data set file (as
// `npm run data` writes it; `npm run bench:scale -- --keep` leaves generated ones) it prints the
// time to load the data set into each (tables, then indexes), the file's size, the time to open
// it, and the time of the store's own queries (src/lib/server/store/queries.ts, the same SQL on
// both): relations per pair, per month and per type filtered by country and period, unfiltered
// per type, and an actor's evidence page. Each query runs over BENCH_RUNS varied parameters
// (20 by default, after one warm-up); median and slowest are printed. One process, one thread.
import { randomBytes } from 'node:crypto';
import { readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { Dataset } from '../src/lib/dataset/schema';
import {
	actorCountsSql,
	actorPageSql,
	evidenceSql,
	groupCountsSql,
	type Sql
} from '../src/lib/server/store/queries';
import { openSqliteStore, writeSqliteStore } from '../src/lib/server/store/sqliteStore';
import type { RelationQuery } from '../src/lib/server/store/store';
import { datasetRows, TABLES, tableDdl } from '../src/lib/server/store/tables';
import { runCli } from './cli';

const RUNS = Number(process.env.BENCH_RUNS ?? 20);

interface EngineResult {
	loadS: number;
	sizeMb: number;
	openMs: number;
	queries: Record<string, { medianMs: number; maxMs: number }>;
}

type Runner = (sql: Sql) => Promise<unknown[]>;

/** The same workload on one engine: each query over varied parameters. */
async function workload(run: Runner, dataset: Dataset): Promise<EngineResult['queries']> {
	// The most connected countries and actors, so filters select something.
	const degree = new Map<string, number>();
	for (const r of dataset.relations)
		for (const end of [r.source, r.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
	const countries = dataset.entities
		.filter((e) => e.type === 'country')
		.map((e) => e.id)
		.sort((a, b) => (degree.get(b) ?? 0) - (degree.get(a) ?? 0))
		.slice(0, RUNS);
	const actors = [...degree]
		.sort((a, b) => b[1] - a[1])
		.map(([id]) => id)
		.slice(0, RUNS);
	const period = (i: number) => ({
		from: `${2015 + (i % 5)}-01-01`,
		to: `${2019 + (i % 6)}-12-31`
	});
	const filtered = (i: number): RelationQuery => ({
		countries: [countries[i % countries.length] ?? 'CHN'],
		types: [],
		plover: [],
		...period(i)
	});
	const all: RelationQuery = { countries: [], types: [], plover: [] };
	const cases: Record<string, (i: number) => Promise<unknown>> = {
		'per pair (country, period)': (i) => run(groupCountsSql('pair', filtered(i), 50)),
		'per month (country, period)': (i) => run(groupCountsSql('month', filtered(i))),
		'per type (country, period)': (i) => run(groupCountsSql('type', filtered(i))),
		'per type (whole corpus)': () => run(groupCountsSql('type', all)),
		"actor's evidence page": async (i) => {
			const actor = actors[i % actors.length] ?? 'CHN';
			const counts = (await run(actorCountsSql(actor, all))) as { type: string }[];
			const rows = (await run(
				actorPageSql(
					actor,
					all,
					counts.map((c) => c.type),
					1 + (i % 3)
				)
			)) as { seq: number | bigint }[];
			if (rows.length) await run(evidenceSql(rows.map((r) => Number(r.seq))));
		}
	};
	const results: EngineResult['queries'] = {};
	for (const [name, query] of Object.entries(cases)) {
		await query(0);
		const times: number[] = [];
		for (let i = 0; i < RUNS; i++) {
			const start = performance.now();
			await query(i);
			times.push(performance.now() - start);
		}
		times.sort((a, b) => a - b);
		results[name] = {
			medianMs: times[Math.floor(times.length / 2)] ?? 0,
			maxMs: times[times.length - 1] ?? 0
		};
	}
	return results;
}

async function sqlite(dataset: Dataset, file: string): Promise<EngineResult> {
	let start = performance.now();
	writeSqliteStore(dataset, file);
	const loadS = (performance.now() - start) / 1000;
	start = performance.now();
	const store = openSqliteStore(file);
	store.entity(dataset.entities[0]?.id ?? '');
	const openMs = performance.now() - start;
	store.close();
	// The store's statements, run directly so both engines run the very same SQL.
	const Database = (await import('better-sqlite3')).default;
	const db = new Database(file, { readonly: true });
	try {
		const queries = await workload(
			async ({ sql, params }) => db.prepare(sql).all(...params),
			dataset
		);
		return { loadS, sizeMb: (await stat(file)).size / 2 ** 20, openMs, queries };
	} finally {
		db.close();
	}
}

async function duckdb(dataset: Dataset, file: string): Promise<EngineResult> {
	let start = performance.now();
	let instance = await DuckDBInstance.create(file);
	let connection: DuckDBConnection = await instance.connect();
	for (const { table, rows } of datasetRows(dataset)) {
		await connection.run(tableDdl(table)[0] as string);
		const appender = await connection.createAppender(table.name);
		for (const row of rows) {
			row.forEach((cell, i) => {
				const type = table.columns[i]?.[1];
				if (cell === null) appender.appendNull();
				else if (type === 'INTEGER') appender.appendInteger(Number(cell));
				else if (type === 'DOUBLE') appender.appendDouble(Number(cell));
				else appender.appendVarchar(String(cell));
			});
			appender.endRow();
		}
		appender.closeSync();
	}
	for (const table of TABLES) for (const ddl of tableDdl(table).slice(1)) await connection.run(ddl);
	await connection.run('CHECKPOINT');
	connection.closeSync();
	instance.closeSync();
	const loadS = (performance.now() - start) / 1000;
	start = performance.now();
	instance = await DuckDBInstance.create(file, { access_mode: 'READ_ONLY' });
	connection = await instance.connect();
	await connection.runAndReadAll('SELECT json FROM entities WHERE id = ?', [
		dataset.entities[0]?.id ?? ''
	]);
	const openMs = performance.now() - start;
	try {
		const queries = await workload(
			async ({ sql, params }) => (await connection.runAndReadAll(sql, params)).getRowObjectsJS(),
			dataset
		);
		return { loadS, sizeMb: (await stat(file)).size / 2 ** 20, openMs, queries };
	} finally {
		connection.closeSync();
		instance.closeSync();
	}
}

const ms = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(0));

await runCli(async () => {
	const files = process.argv.slice(2).filter((a) => a !== '--');
	if (!files.length)
		throw new Error(
			'Name a data set file: npm run bench:store -- generated/dataset.json (or one `npm run bench:scale -- --keep` left).'
		);
	for (const file of files) {
		let start = performance.now();
		const text = await readFile(file, 'utf8');
		const dataset = JSON.parse(text) as Dataset;
		const parseS = (performance.now() - start) / 1000;
		const base = path.join(tmpdir(), `entente-store-${randomBytes(4).toString('hex')}`);
		try {
			const lite = await sqlite(dataset, `${base}.sqlite`);
			start = performance.now();
			const duck = await duckdb(dataset, `${base}.duckdb`);
			console.log(
				`\n${file}: ${dataset.articles.length} articles, ${dataset.relations.length} relations, ${dataset.mentions.length} mentions; JSON ${(text.length / 2 ** 20).toFixed(0)} MB, read and parsed in ${parseS.toFixed(1)} s\n`
			);
			console.log('| | SQLite (better-sqlite3) | DuckDB (@duckdb/node-api) |');
			console.log('| --- | ---: | ---: |');
			console.log(
				`| load (tables + indexes) | ${lite.loadS.toFixed(1)} s | ${duck.loadS.toFixed(1)} s |`
			);
			console.log(`| file size | ${lite.sizeMb.toFixed(0)} MB | ${duck.sizeMb.toFixed(0)} MB |`);
			console.log(`| open + first lookup | ${ms(lite.openMs)} ms | ${ms(duck.openMs)} ms |`);
			for (const name of Object.keys(lite.queries)) {
				const [a, b] = [lite.queries[name], duck.queries[name]];
				console.log(
					`| ${name}: median / slowest of ${RUNS} | ${a ? `${ms(a.medianMs)} / ${ms(a.maxMs)} ms` : '—'} | ${b ? `${ms(b.medianMs)} / ${ms(b.maxMs)} ms` : '—'} |`
				);
			}
		} finally {
			for (const suffix of ['.sqlite', '.duckdb', '.duckdb.wal'])
				await rm(`${base}${suffix}`, { force: true });
		}
	}
});
