// The embedded database the build writes beside the data set: the same inputs give the same
// rows, its answers are the ones the in-memory views give for the same filters, it is written
// whole or not at all, and a missing, foreign or mismatched file is refused, never served.
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { countryOf, indicatorCounts, mentionCountOf, selectionOf } from '../../src/lib/counts';
import type { Dataset } from '../../src/lib/dataset/schema';
import { dateSpan } from '../../src/lib/graph/buildGraph';
import { NO_FILTERS, type Filters } from '../../src/lib/graph/filters';
import { entityProfile, TIMELINE_ORDER } from '../../src/lib/entityProfile';
import { nodeDetails } from '../../src/lib/graph/networkView';
import { compileDataset, serializeDataset } from '../../src/lib/server/compileDataset';
import { storeFileFor } from '../../src/lib/server/paths';
import { datasetIsStale, rebuildDatasetLocked } from '../../src/lib/server/rebuildDataset';
import { storeNodeDetails } from '../../src/lib/server/store/actorDetails';
import { loadStore } from '../../src/lib/server/store/loadStore';
import { storeEntityProfile } from '../../src/lib/server/store/profile';
import {
	openSqliteStore,
	StoreUnavailable,
	writeSqliteStore
} from '../../src/lib/server/store/sqliteStore';
import { storeQuery, type Grouping } from '../../src/lib/server/store/store';
import { writeCorpus } from '../../scripts/generateCorpus';
import { DATA } from '../helpers/corpus';

const temp = () => mkdtemp(path.join(tmpdir(), 'entente-store-'));

/** Counted relations grouped as the store groups them, computed from the in-memory selection. */
function expectedCounts(dataset: Dataset, filters: Filters, by: Grouping) {
	const articleDates = new Map(dataset.articles.map((a) => [a.id, a.date]));
	const key = (r: Dataset['relations'][number]): string => {
		if (by === 'type') return r.type;
		if (by === 'month') {
			if (r.date?.length === 4) return r.date;
			return dateSpan(r.date ?? articleDates.get(r.evidence[0]?.article ?? '') ?? '')[0].slice(
				0,
				7
			);
		}
		const ends = [r.source, r.target].map((id) => countryOf(dataset, id) ?? id).sort();
		return ends.join('|');
	};
	const counts = new Map<string, number>();
	for (const r of selectionOf(dataset, filters).relations)
		counts.set(key(r), (counts.get(key(r)) ?? 0) + 1);
	return [...counts]
		.map(([k, count]) => ({ key: k, count }))
		.sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

describe('the store built from the bundled corpus', () => {
	it('holds the same rows, in a canonical dump, for two builds of the same inputs', async () => {
		const dir = await temp();
		const [first, second] = [await compileDataset(DATA), await compileDataset(DATA)];
		writeSqliteStore(first, path.join(dir, 'a.sqlite'));
		writeSqliteStore(second, path.join(dir, 'b.sqlite'));
		const [a, b] = ['a.sqlite', 'b.sqlite'].map((f) => openSqliteStore(path.join(dir, f)));
		const dump = a!.canonicalDump();
		expect(b!.canonicalDump()).toBe(dump);
		// Every relation and evidence record is a row of the dump.
		const lines = dump.split('\n');
		const section = (name: string) => {
			const at = lines.indexOf(`-- ${name}`);
			const next = lines.findIndex((l, i) => i > at && l.startsWith('-- '));
			return lines.slice(at + 1, next < 0 ? lines.length - 1 : next);
		};
		expect(section('relations')).toHaveLength(first.relations.length);
		expect(section('evidence')).toHaveLength(
			first.relations.reduce((n, r) => n + r.evidence.length, 0)
		);
		expect(section('articles')).toHaveLength(first.articles.length);
		// A data set that differs by one relation gives another dump.
		writeSqliteStore({ ...first, relations: first.relations.slice(1) }, path.join(dir, 'c.sqlite'));
		const c = openSqliteStore(path.join(dir, 'c.sqlite'));
		expect(c.canonicalDump()).not.toBe(dump);
		for (const s of [a, b, c]) s?.close();
		// Built under a temporary name: nothing is left beside the databases.
		expect((await readdir(dir)).sort()).toEqual(['a.sqlite', 'b.sqlite', 'c.sqlite']);
	}, 60_000);

	it('is written by the build beside the JSON, and read only while the two belong together', async () => {
		const dir = await temp();
		const data = path.join(dir, 'data');
		const { cp } = await import('node:fs/promises');
		await cp(DATA, data, { recursive: true });
		const json = path.join(dir, 'out', 'dataset.json');
		const dataset = await rebuildDatasetLocked(data, json);
		const file = storeFileFor(json);
		expect(file).toBe(path.join(dir, 'out', 'dataset.sqlite'));
		const store = loadStore(file, json);
		expect(store?.article(dataset.articles[0]!.id)).toEqual(dataset.articles[0]);
		// A data set file written by other means (another size) is not paired with this store.
		await writeFile(json, serializeDataset({ ...dataset, relations: [] }));
		expect(loadStore(file, json)).toBeUndefined();
	}, 60_000);

	it('refuses a file that is not a store, with a message, and the loader falls back', async () => {
		const dir = await temp();
		const bad = path.join(dir, 'dataset.sqlite');
		await writeFile(bad, 'not a database at all, but long enough to look like one '.repeat(200));
		expect(() => openSqliteStore(bad)).toThrow(StoreUnavailable);
		expect(() => openSqliteStore(path.join(dir, 'missing.sqlite'))).toThrow(/npm run data/);
		await writeFile(path.join(dir, 'dataset.json'), '{}');
		expect(loadStore(bad, path.join(dir, 'dataset.json'))).toBeUndefined();
		expect(loadStore(path.join(dir, 'missing.sqlite'))).toBeUndefined();
	});
});

describe('storeQuery', () => {
	it('leaves to the in-memory network the filters that need it', () => {
		expect(storeQuery({ ...NO_FILTERS, min: 2 })).toBeUndefined();
		expect(storeQuery({ ...NO_FILTERS, nodes: ['person'] })).toBeUndefined();
		expect(storeQuery({ ...NO_FILTERS, countries: ['CHN'], depth: 2 })).toBeUndefined();
		expect(storeQuery({ ...NO_FILTERS, depth: 2 })).toEqual({
			countries: [],
			types: [],
			plover: []
		});
		expect(
			storeQuery({ ...NO_FILTERS, countries: ['CHN'], types: ['meeting'], from: '2020-01-01' })
		).toEqual({ countries: ['CHN'], types: ['meeting'], plover: [], from: '2020-01-01' });
	});
});

describe('the store on a generated corpus answers as the in-memory views do', () => {
	let dataset: Dataset;
	let store: ReturnType<typeof openSqliteStore>;
	beforeAll(async () => {
		const dir = await temp();
		await writeCorpus(path.join(dir, 'data'), 60, 7);
		const compiled = await compileDataset(path.join(dir, 'data'));
		// Dates of every precision, and undated relations (placed at their article's date), so
		// the period filter's edges are crossed.
		dataset = {
			...compiled,
			relations: compiled.relations.map((r, i) => {
				if (!r.date || i % 4 === 0) return r;
				if (i % 4 === 3) {
					const { date: _date, ...undated } = r;
					return undated;
				}
				return { ...r, date: r.date.slice(0, i % 4 === 1 ? 4 : 7) };
			}),
			// The generated texts tell no quote (a speaker alone): some of their sentences stand in,
			// dated and undated, so the profiles' quotes are compared too.
			quotes: compiled.relations.slice(0, 40).map((r, i) => ({
				id: `q${i}`,
				speaker: r.source,
				...(r.date && i % 2 ? { date: r.date } : {}),
				modality: r.modality,
				evidence: r.evidence.slice(0, 1)
			}))
		};
		writeSqliteStore(dataset, path.join(dir, 'dataset.sqlite'));
		store = openSqliteStore(path.join(dir, 'dataset.sqlite'));
	}, 120_000);

	const filterSets = (): Filters[] => {
		const countries = dataset.entities.filter((e) => e.type === 'country').map((e) => e.id);
		const article = dataset.articles[5]!.id;
		return [
			NO_FILTERS,
			{ ...NO_FILTERS, countries: countries.slice(0, 1) },
			{ ...NO_FILTERS, countries: countries.slice(1, 3), from: '2018-01-01', to: '2021-06-30' },
			{ ...NO_FILTERS, types: ['meeting', 'visit'] },
			{ ...NO_FILTERS, plover: ['CONSULT'] },
			{ ...NO_FILTERS, article },
			{ ...NO_FILTERS, from: '2019-06-15', to: '2019-08-10' },
			{ ...NO_FILTERS, from: '2023-03-31' },
			{ ...NO_FILTERS, to: '2016-12-31', types: ['support', 'criticism'] }
		];
	};

	it('counts relations per type, pair and month as the selection does', () => {
		let nonEmpty = 0;
		for (const filters of filterSets()) {
			const query = storeQuery(filters)!;
			for (const by of ['type', 'pair', 'month'] as const) {
				const expected = expectedCounts(dataset, filters, by);
				expect(store.relationCounts(by, query), `${by} for ${JSON.stringify(filters)}`).toEqual(
					expected
				);
				if (expected.length) nonEmpty++;
			}
		}
		// The filters select something: the comparison is not between empty lists.
		expect(nonEmpty).toBeGreaterThan(15);
		expect(store.relationCounts('pair', storeQuery(NO_FILTERS)!, 3)).toHaveLength(3);
	});

	it("gives an actor's panel, page by page, exactly as the network's", () => {
		const degree = new Map<string, number>();
		for (const r of dataset.relations)
			for (const end of [r.source, r.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
		const actors = [...degree]
			.sort((a, b) => b[1] - a[1])
			.map(([id]) => id)
			.slice(0, 6);
		let paged = 0;
		for (const filters of filterSets().slice(0, 5))
			for (const actor of actors)
				for (const page of [1, 2, 99]) {
					const expected = nodeDetails(dataset, actor, filters, 'fr', page);
					expect(
						storeNodeDetails(
							store,
							actor,
							storeQuery(filters)!,
							'fr',
							page,
							// Its mentions in the selection, as the routes ask.
							mentionCountOf(dataset, actor, filters)
						),
						`${actor} page ${page} for ${JSON.stringify(filters)}`
					).toEqual(expected);
					if ((expected?.pages ?? 0) > 1) paged++;
				}
		expect(paged).toBeGreaterThan(0);
		expect(storeNodeDetails(store, 'NO-SUCH-ACTOR', storeQuery(NO_FILTERS)!)).toBeUndefined();
	});

	it("gives an actor's profile exactly as the in-memory one, countries and people", () => {
		const degree = new Map<string, number>();
		for (const r of dataset.relations)
			for (const end of [r.source, r.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
		const ranked = [...degree].sort((a, b) => b[1] - a[1]).map(([id]) => id);
		const type = (id: string) => dataset.entities.find((e) => e.id === id)?.type;
		const actors = [
			...ranked.filter((id) => type(id) === 'country').slice(0, 3),
			...ranked.filter((id) => type(id) === 'person').slice(0, 2),
			...ranked.filter((id) => type(id) === 'organization').slice(0, 1),
			// Speakers of quotes (what an actor said about no other actor).
			...[...new Set(dataset.quotes.map((q) => q.speaker))].slice(0, 2)
		];
		expect(actors.length).toBeGreaterThanOrEqual(5);
		let partners = 0;
		let timelines = 0;
		let quotes = 0;
		for (const filters of filterSets())
			for (const actor of actors) {
				const expected = entityProfile(dataset, actor, 'en', 1, filters);
				expect(
					storeEntityProfile(
						store,
						actor,
						storeQuery(filters)!,
						// The figures and articles the filters keep, as the profile's route asks.
						{
							indicator: indicatorCounts(dataset, filters),
							article: (id) => selectionOf(dataset, filters).articles.has(id),
							mentions: mentionCountOf(dataset, actor, filters)
						},
						'en',
						1
					),
					`${actor} for ${JSON.stringify(filters)}`
				).toEqual(expected);
				partners += expected?.partners.length ?? 0;
				timelines += expected?.timeline.length ?? 0;
				quotes += expected?.quotes.length ?? 0;
			}
		expect(partners).toBeGreaterThan(0);
		expect(timelines).toBeGreaterThan(0);
		expect(quotes).toBeGreaterThan(0);
		expect(
			storeEntityProfile(store, 'NO-SUCH-ACTOR', storeQuery(NO_FILTERS)!, {
				indicator: () => true,
				article: () => true,
				mentions: 0
			})
		).toBeUndefined();
	});

	it('lists the most recent dated relations, with how many there are', () => {
		const country = dataset.countries.find((c) => c.people.length)!;
		const own = new Set([country.id, ...country.people, ...country.organizations]);
		const dated = selectionOf(dataset, NO_FILTERS)
			.relations.filter((r) => r.date && (own.has(r.source) || own.has(r.target)))
			.sort(TIMELINE_ORDER);
		expect(dated.length).toBeGreaterThan(5);
		expect(store.datedRelations([...own], storeQuery(NO_FILTERS)!, 5)).toEqual({
			total: dated.length,
			relations: dated.slice(-5)
		});
		expect(store.datedRelations([], storeQuery(NO_FILTERS)!, 5)).toEqual({
			total: 0,
			relations: []
		});
	});

	it('finds an article and its mentions as the data set lists them', () => {
		const article = dataset.articles[3]!;
		expect(store.article(article.id)).toEqual(article);
		expect(store.mentionsIn(article.id)).toEqual(
			dataset.mentions.filter((m) => m.article === article.id)
		);
		expect(store.article('nope')).toBeUndefined();
		expect(store.entity(dataset.entities[0]!.id)).toEqual(dataset.entities[0]);
	});
});

describe('a stale store', () => {
	it('makes the data set stale: missing, or written by another version of the tables', async () => {
		const dir = await temp();
		const data = path.join(dir, 'data');
		const { cp, rm } = await import('node:fs/promises');
		await cp(DATA, data, { recursive: true });
		const json = path.join(dir, 'out', 'dataset.json');
		await rebuildDatasetLocked(data, json);
		expect(await datasetIsStale(data, json)).toBe(false);
		await rm(storeFileFor(json));
		expect(await datasetIsStale(data, json)).toBe(true);
		await rebuildDatasetLocked(data, json);
		// An older Entente's database: same file, another version in its meta table.
		const Database = (await import('better-sqlite3')).default;
		const db = new Database(storeFileFor(json));
		db.prepare("UPDATE meta SET value = '1' WHERE key = 'store_version'").run();
		db.close();
		expect(await datasetIsStale(data, json)).toBe(true);
		expect(loadStore(storeFileFor(json), json)).toBeUndefined();
	}, 60_000);
});
