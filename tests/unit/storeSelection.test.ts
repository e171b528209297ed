// Views whose relations the embedded database finds (#17 §1): for any filters, every number is
// the one src/lib/counts.ts gives from the data set held in memory — the selection, its network,
// its counts, every chart's rows — and the store's aggregates (relations per pair, month, type
// and country, the strongest pairs) are the in-memory selection's, on the founding data set and
// on a generated corpus.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { chartData } from '../../src/lib/server/chartView';
import { CHART_IDS } from '../../src/lib/charts/types';
import {
	countedSelection,
	countryOf,
	countsOf,
	selectionOf,
	sentenceCount,
	sentenceId,
	uniqueEvidence
} from '../../src/lib/counts';
import { meetingsChart } from '../../src/lib/charts/meetings';
import { relationSentenceCount } from '../../src/lib/sentenceIndex';
import { buildEdges, edgeIdOf } from '../../src/lib/dataset/buildEdges';
import { datasetIndex } from '../../src/lib/dataset/datasetIndex';
import { findCounted, findRelations } from '../../src/lib/dataset/relationFinder';
import { datasetSchema, type Dataset } from '../../src/lib/dataset/schema';
import { dateSpan } from '../../src/lib/graph/buildGraph';
import { NO_FILTERS, type Filters } from '../../src/lib/graph/filters';
import { compileDataset, serializeDataset } from '../../src/lib/server/compileDataset';
import { openSqliteStore, writeSqliteStore } from '../../src/lib/server/store/sqliteStore';
import { storeQuery, type DatasetStore, type Grouping } from '../../src/lib/server/store/store';
import { attachStore, TYPE_SHARE } from '../../src/lib/server/store/storeFinder';
import {
	ENTITY_TYPES,
	PLOVER_TYPES,
	RELATION_TYPES,
	type EntityType,
	type PloverType,
	type Relation,
	type RelationType
} from '../../src/lib/types';
import { writeCorpus } from '../../scripts/generateCorpus';
import { DATA } from '../helpers/corpus';

interface Corpus {
	/** The data set as the in-memory views read it, with no finder. */
	memory: Dataset;
	/** The same data set (another object: its own memos) with the store's finder attached,
	 * answering a type filter alone whatever its share of the relations. */
	indexed: Dataset;
	store: DatasetStore;
}

async function corpus(dataset: Dataset): Promise<Corpus> {
	const dir = await mkdtemp(path.join(tmpdir(), 'entente-store-'));
	const file = path.join(dir, 'dataset.sqlite');
	writeSqliteStore(dataset, file);
	const store = openSqliteStore(file);
	const indexed = { ...dataset };
	// Every type filter alone found by the index too (typeShare 1), so that path is compared.
	expect(attachStore(indexed, store, () => store, 1)).toBe(true);
	return { memory: dataset, indexed, store };
}

const corpora: Record<'founding' | 'generated', Corpus> = {} as never;

beforeAll(async () => {
	corpora.founding = await corpus(await compileDataset(DATA));
	const dir = await mkdtemp(path.join(tmpdir(), 'entente-store-'));
	await writeCorpus(path.join(dir, 'data'), 40, 11);
	const compiled = await compileDataset(path.join(dir, 'data'));
	// Dates of every precision and undated relations (placed at their article's date), so the
	// period filter's edges are crossed; the edges merged again from them, as the build does.
	const relations = compiled.relations.map((r, i) => {
		if (!r.date || i % 4 === 0) return r;
		if (i % 4 === 3) {
			const { date: _date, ...undated } = r;
			return undated;
		}
		return { ...r, date: r.date.slice(0, i % 4 === 1 ? 4 : 7) };
	});
	corpora.generated = await corpus(
		datasetSchema.parse({ ...compiled, relations, edges: buildEdges(relations) })
	);
}, 180_000);

/** Any filters a URL can give, over a data set's countries, articles and years: each filter
 * often absent, so that their combinations still select something. */
function anyFilters(dataset: Dataset): fc.Arbitrary<Filters> {
	const countries = [
		...new Set(
			dataset.relations.flatMap((r) => [r.source, r.target].map((id) => countryOf(dataset, id)))
		)
	]
		.filter(
			(id): id is string =>
				!!id && dataset.entities.some((e) => e.id === id && e.type === 'country')
		)
		.sort();
	const sometimes = <T>(value: fc.Arbitrary<T>, none: T, weight = 2) =>
		fc.oneof({ weight, arbitrary: fc.constant(none) }, { weight: 1, arbitrary: value });
	const day = fc
		.record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
		.map(({ month, day: d }) => `-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
	const period = fc
		.record({
			year: fc.integer({ min: 2014, max: 2025 }),
			span: fc.integer({ min: 0, max: 4 }),
			start: day,
			end: day,
			ends: fc.constantFrom('both', 'from', 'to')
		})
		.map(({ year, span, start, end, ends }) => ({
			...(ends !== 'to' ? { from: `${year}${start}` } : {}),
			...(ends !== 'from' ? { to: `${year + span}${end}` } : {})
		}));
	return fc
		.record({
			countries: sometimes(fc.subarray(countries, { minLength: 1, maxLength: 2 }), [], 1),
			depth: fc.constantFrom(1 as const, 1 as const, 2 as const),
			types: sometimes(fc.subarray([...RELATION_TYPES], { minLength: 1 }), [] as RelationType[]),
			plover: sometimes(
				fc.subarray([...PLOVER_TYPES], { minLength: 1, maxLength: 4 }),
				[] as PloverType[],
				4
			),
			nodes: sometimes(fc.subarray([...ENTITY_TYPES], { minLength: 1 }), [] as EntityType[], 4),
			article: sometimes(
				fc.constantFrom(...dataset.articles.map((a) => a.id)),
				undefined as string | undefined,
				5
			),
			period: sometimes(period, {}, 1),
			min: sometimes(fc.constant(2), 1, 4)
		})
		.map(({ period: p, article, ...rest }) => ({
			...rest,
			...(article ? { article } : {}),
			...p
		}));
}

/** Counted relations grouped as the store groups them, from the in-memory selection. */
function expectedCounts(dataset: Dataset, filters: Filters, by: Grouping) {
	const articleDates = new Map(dataset.articles.map((a) => [a.id, a.date]));
	const keys = (r: Dataset['relations'][number]): string[] => {
		if (by === 'type') return [r.type];
		if (by === 'month') {
			if (r.date?.length === 4) return [r.date];
			const date = r.date ?? articleDates.get(r.evidence[0]?.article ?? '') ?? '';
			return [dateSpan(date)[0].slice(0, 7)];
		}
		const ends = [r.source, r.target].map((id) => countryOf(dataset, id) ?? id).sort();
		return by === 'pair' ? [ends.join('|')] : [...new Set(ends)];
	};
	const counts = new Map<string, number>();
	for (const r of selectionOf(dataset, filters).relations)
		for (const key of keys(r)) counts.set(key, (counts.get(key) ?? 0) + 1);
	return [...counts]
		.map(([key, count]) => ({ key, count }))
		.sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

const ids = (list: readonly { id: string }[]) => list.map((x) => x.id);

describe.each(['founding', 'generated'] as const)('on the %s corpus', (name) => {
	it('counts, selects and charts the same from the store as from memory, for any filters', () => {
		const { memory, indexed } = corpora[name];
		let found = 0;
		let nonEmpty = 0;
		fc.assert(
			fc.property(anyFilters(memory), (filters) => {
				if (findRelations(indexed, filters)) found++;
				const expected = selectionOf(memory, filters);
				const actual = selectionOf(indexed, filters);
				expect(ids(actual.relations)).toEqual(ids(expected.relations));
				expect(ids(actual.negated)).toEqual(ids(expected.negated));
				expect(actual.graph).toEqual(expected.graph);
				expect([...actual.articles].sort()).toEqual([...expected.articles].sort());
				expect(countsOf(indexed, filters)).toEqual(countsOf(memory, filters));
				// The counted relations are exactly those behind the network's links.
				for (const { graph, relations } of [expected, actual]) {
					const links = new Set(graph.edges.map((e) => e.id));
					expect(relations.every((r) => links.has(edgeIdOf(r)))).toBe(true);
					expect(graph.edges.reduce((sum, e) => sum + e.count, 0)).toBe(relations.length);
				}
				for (const id of CHART_IDS)
					expect(chartData(indexed, id, filters, 'en'), id).toEqual(
						chartData(memory, id, filters, 'en')
					);
				if (expected.relations.length) nonEmpty++;
			}),
			{ numRuns: name === 'founding' ? 150 : 60, seed: 17 }
		);
		// The store answered most of them, and they selected something: not a comparison of
		// the in-memory path with itself, nor of empty lists.
		expect(found).toBeGreaterThan(name === 'founding' ? 60 : 25);
		expect(nonEmpty).toBeGreaterThan(name === 'founding' ? 20 : 15);
	}, 240_000);

	it('gives the selection without its network from the store as from memory, for any filters', () => {
		const { memory, indexed } = corpora[name];
		let answered = 0;
		let nonEmpty = 0;
		fc.assert(
			fc.property(anyFilters(memory), (filters) => {
				if (findCounted(indexed, filters)) answered++;
				const { graph: _graph, ...expected } = selectionOf(memory, filters);
				const actual = countedSelection(indexed, filters);
				expect(ids(actual.relations)).toEqual(ids(expected.relations));
				expect(ids(actual.negated)).toEqual(ids(expected.negated));
				expect([...actual.actors]).toEqual([...expected.actors]);
				expect([...actual.articles]).toEqual([...expected.articles]);
				expect(ids(actual.indicators)).toEqual(ids(expected.indicators));
				// From memory, it is the selection's own.
				expect(countedSelection(memory, filters).relations).toBe(expected.relations);
				if (expected.relations.length && expected.negated.length) nonEmpty++;
			}),
			{ numRuns: name === 'founding' ? 150 : 60, seed: 41 }
		);
		// The store answered most filters (all but a minimum, hidden actor types or depth 2),
		// and some selected both counted and negated relations.
		expect(answered).toBeGreaterThan(name === 'founding' ? 40 : 15);
		expect(nonEmpty).toBeGreaterThan(5);
	}, 120_000);

	it("gives a selection's mention groups in the order and with the contents a filter of every group gives", () => {
		const { memory } = corpora[name];
		const index = datasetIndex(memory);
		const articles = [...memory.articles.map((a) => a.id), 'no-such-article'];
		let nonEmpty = 0;
		fc.assert(
			fc.property(fc.subarray(articles), (chosen) => {
				const wanted = new Set(chosen);
				const expected = index.mentionGroups.filter((g) => wanted.has(g.article));
				expect(index.mentionGroupsIn(wanted)).toEqual(expected);
				if (expected.length) nonEmpty++;
			}),
			{ numRuns: 100, seed: 29 }
		);
		expect(nonEmpty).toBeGreaterThan(50);
	});

	it("gives each shown pair of the meetings chart its meetings' dates and sentences, however few pairs are shown", () => {
		const { memory } = corpora[name];
		let checked = 0;
		fc.assert(
			fc.property(anyFilters(memory), fc.integer({ min: 1, max: 4 }), (filters, limit) => {
				const meetings = selectionOf(memory, filters).relations.filter(
					(r) => r.type === 'meeting' && r.modality !== 'hypothetical'
				);
				const entity = (id: string) => datasetIndex(memory).entity(id);
				const country = (id: string) => countryOf(memory, id);
				for (const row of meetingsChart(memory, filters, 'en', { limit }).rows) {
					const [a, b] = row.pair;
					const ends = (r: Relation): (string | undefined)[] =>
						row.level === 'leaders'
							? [r.source, r.target].map((id) => (entity(id)?.type === 'person' ? id : undefined))
							: [country(r.source), country(r.target)];
					const own = meetings.filter((r) => {
						const [x, y] = ends(r);
						return (x === a && y === b) || (x === b && y === a);
					});
					const dates = [...new Set(own.flatMap((r) => (r.date ? [r.date] : [])))].sort();
					expect(row.dates).toEqual(dates);
					// Its meetings' sentences, each once, in article and text order (with those of
					// the totals the texts report for the pair).
					const sentence = sentenceId(memory);
					const keys = new Set(row.evidence.map(sentence));
					expect(keys.size).toBe(row.evidence.length);
					for (const e of own.flatMap((r) => r.evidence)) expect(keys.has(sentence(e))).toBe(true);
					expect(uniqueEvidence(memory, row.evidence)).toEqual(row.evidence);
					if (own.length) checked++;
				}
			}),
			{ numRuns: name === 'founding' ? 80 : 40, seed: 37 }
		);
		expect(checked).toBeGreaterThan(10);
	}, 120_000);

	it("counts any relations' distinct sentences from the sentences numbered once as from their records", () => {
		const { memory } = corpora[name];
		let shared = 0;
		fc.assert(
			fc.property(fc.subarray(memory.relations), (relations) => {
				const records = relations.flatMap((r) => r.evidence);
				const expected = sentenceCount(memory, records);
				expect(relationSentenceCount(memory, relations)).toBe(expected);
				// Relations sharing a sentence: not a count of records.
				if (expected < records.length) shared++;
			}),
			{ numRuns: 60, seed: 31 }
		);
		expect(shared).toBeGreaterThan(20);
		// A relation that is not the data set's own (a copy): not counted from the numbers.
		const [first] = memory.relations;
		expect(relationSentenceCount(memory, [{ ...first! }])).toBeUndefined();
	});

	it('counts relations per pair, month, type and country as the selection does, and the strongest pairs first', () => {
		const { memory, store } = corpora[name];
		let nonEmpty = 0;
		fc.assert(
			fc.property(
				anyFilters(memory).map((f) => ({ ...f, depth: 1 as const, min: 1, nodes: [] })),
				fc.constantFrom<Grouping>('pair', 'month', 'type', 'country'),
				(filters, by) => {
					const expected = expectedCounts(memory, filters, by);
					expect(store.relationCounts(by, storeQuery(filters)!)).toEqual(expected);
					expect(store.relationCounts(by, storeQuery(filters)!, 3)).toEqual(expected.slice(0, 3));
					if (expected.length) nonEmpty++;
				}
			),
			{ numRuns: 120, seed: 23 }
		);
		expect(nonEmpty).toBeGreaterThan(30);
	}, 120_000);
});

describe.each(['founding', 'generated'] as const)(
	'the %s data set read back from its store',
	(name) => {
		it("finds an article's mentions through the store as in memory, before reading every mention", () => {
			const { memory, store } = corpora[name];
			let asked = 0;
			const counting: DatasetStore = {
				...store,
				mentionsIn: (article) => (asked++, store.mentionsIn(article))
			};
			const fresh = { ...memory };
			expect(attachStore(fresh, counting, () => counting)).toBe(true);
			for (const { id } of memory.articles)
				expect(datasetIndex(fresh).mentionsIn(id)).toEqual(datasetIndex(memory).mentionsIn(id));
			expect(asked).toBe(memory.articles.length);
		});

		it('reads its mentions and edges when first used, or when its store closes', () => {
			const { memory, store } = corpora[name];
			const other = openSqliteStore(store.file);
			const read = other.dataset();
			const unread = (key: 'mentions' | 'edges') =>
				typeof Object.getOwnPropertyDescriptor(read, key)?.get === 'function';
			expect(unread('mentions') && unread('edges')).toBe(true);
			expect(read.edges.length).toBe(memory.edges.length);
			expect(unread('edges')).toBe(false);
			other.close();
			expect(unread('mentions')).toBe(false);
			expect(read.mentions).toEqual(memory.mentions);
			expect(Object.keys(read)).toEqual(Object.keys(memory));
		});

		it('is the data set it was written from, serialised to the same bytes', () => {
			const { memory, store } = corpora[name];
			const read = store.dataset();
			expect(serializeDataset(read)).toBe(serializeDataset(memory));
			expect(read.relations.length).toBeGreaterThan(20);
			// Its edges share their relations' evidence instead of holding copies of it.
			const relation = new Map(read.relations.map((r) => [r.id, r]));
			for (const edge of read.edges.slice(0, 20))
				expect(edge.evidence[0]).toBe(relation.get(edge.relations[0]!)?.evidence[0]);
		});
	}
);

describe('the store finder', () => {
	it('leaves to memory what needs the whole network or narrows nothing', () => {
		const { indexed, memory, store } = corpora.founding;
		expect(findRelations(indexed, NO_FILTERS)).toBeUndefined();
		expect(findRelations(indexed, { ...NO_FILTERS, countries: ['CHN'], depth: 2 })).toBeUndefined();
		// A type filter alone: found by the index when its types hold at most a tenth of the
		// relations (TYPE_SHARE), left to memory past that.
		const byDefault = { ...memory };
		expect(attachStore(byDefault, store, () => store)).toBe(true);
		const perType = store.relationCounts('type', storeQuery(NO_FILTERS)!);
		const common = perType[0]!;
		const rare = perType.at(-1)!;
		expect(common.count).toBeGreaterThan(TYPE_SHARE * memory.relations.length);
		expect(rare.count).toBeLessThanOrEqual(TYPE_SHARE * memory.relations.length);
		const only = (types: string[]) => ({ ...NO_FILTERS, types: types as RelationType[] });
		expect(findRelations(byDefault, only([common.key]))).toBeUndefined();
		expect(findRelations(byDefault, only([rare.key, common.key]))).toBeUndefined();
		expect(findRelations(byDefault, only([rare.key]))?.asserted.length).toBe(
			selectionOf(memory, only([rare.key])).relations.length
		);
		expect(findRelations(indexed, only([common.key]))).toBeDefined();
		const found = findRelations(indexed, { ...NO_FILTERS, countries: ['CHN'], min: 2 });
		expect(found?.asserted.length).toBeGreaterThan(0);
	});

	it("reads the network's selection for the charts and counts when it was merged before, else asks the database", () => {
		const { memory, store } = corpora.founding;
		let asked = 0;
		const counting: DatasetStore = {
			...store,
			relationSeqs: (query, kind) => (
				kind === 'counted' && asked++,
				store.relationSeqs(query, kind)
			)
		};
		const fresh = { ...memory };
		expect(attachStore(fresh, counting, () => counting, 1)).toBe(true);
		const merged = { ...NO_FILTERS, from: '2020-01-01' };
		const network = selectionOf(fresh, merged);
		expect(countedSelection(fresh, merged).relations).toBe(network.relations);
		expect(asked).toBe(0);
		const other = { ...NO_FILTERS, to: '2019-12-31' };
		expect(ids(countedSelection(fresh, other).relations)).toEqual(
			ids(selectionOf(memory, other).relations)
		);
		expect(asked).toBe(1);
	});

	it('answers nothing once the database it was attached with is replaced', async () => {
		const dataset = await compileDataset(DATA);
		const { store } = corpora.founding;
		let current: DatasetStore | undefined = store;
		const indexed = { ...dataset };
		attachStore(indexed, store, () => current);
		const filters = { ...NO_FILTERS, countries: ['RUS'] };
		expect(findRelations(indexed, filters)).toBeDefined();
		current = undefined;
		expect(findRelations(indexed, filters)).toBeUndefined();
		// A database of another data set (another number of relations) is not attached.
		expect(
			attachStore({ ...dataset, relations: dataset.relations.slice(1) }, store, () => store)
		).toBe(false);
	}, 60_000);
});
