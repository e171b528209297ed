import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../dataset/schema';
import { ENTITY_TYPES, PLOVER_TYPES, RELATION_TYPES } from '../types';
import { foundingDataset } from '../../../tests/helpers/corpus';
import { buildEdges } from '../dataset/buildDataset';
import { buildGraph, dateSpan, mergedLinks, relationPasses } from './buildGraph';
import { NO_FILTERS, type Filters } from './filters';
import { layoutGraph } from './layout';
import { linkEdges, linkEdgesIn } from './networkView';
import { pairCount, pairId } from './pairLinks';
import { strongest } from './strongest';

let data: Dataset;
beforeAll(async () => {
	data = await foundingDataset();
});

/** Any filters over the founding data set's countries and articles. */
function anyFilters(): fc.Arbitrary<Filters> {
	const countryIds = data.entities.filter((e) => e.type === 'country').map((e) => e.id);
	return fc.record({
		countries: fc.subarray(countryIds),
		depth: fc.constantFrom(1 as const, 2 as const),
		types: fc.subarray([...RELATION_TYPES]),
		plover: fc.subarray([...PLOVER_TYPES]),
		nodes: fc.subarray([...ENTITY_TYPES]),
		article: fc.option(fc.constantFrom(...data.articles.map((a) => a.id)), { nil: undefined }),
		from: fc.option(fc.constantFrom('2022-01-01', '2023-06-01', '2024-05-16'), {
			nil: undefined
		}),
		to: fc.option(fc.constantFrom('2023-01-01', '2024-01-01', '2025-01-01'), { nil: undefined }),
		min: fc.integer({ min: 1, max: 4 })
	});
}

describe('buildGraph', () => {
	it('reads the data set’s merged edges as the relations that pass the filters, merged', () => {
		// Without an article or a period the graph starts from dataset.edges: it must be what
		// merging the passing relations gives, whatever the other filters.
		const without = (edges: ReturnType<typeof buildEdges>) =>
			edges.map(({ relations: _r, modalities: _m, ...edge }) => edge);
		fc.assert(
			fc.property(
				fc.subarray([...RELATION_TYPES]),
				fc.integer({ min: 1, max: 3 }),
				(types, min) => {
					const filters: Filters = { ...NO_FILTERS, types, min };
					const merged = without(
						buildEdges(data.relations.filter((r) => relationPasses(r, filters, new Map())))
					).filter((e) => e.count >= min);
					expect(buildGraph(data, filters).edges).toEqual(merged);
				}
			),
			{ numRuns: 30 }
		);
	});

	it('draws every non-negated relation, merged by pair and type', () => {
		const graph = buildGraph(data, NO_FILTERS);
		expect(graph.edges.find((e) => e.id === 'meeting:vladimir-putin~xi-jinping')?.count).toBe(3);
		expect(graph.nodes.map((n) => n.id)).toEqual(
			expect.arrayContaining(['CHN', 'RUS', 'xi-jinping', 'SRB'])
		);
	});

	it('narrows to the ego network of a country', () => {
		const graph = buildGraph(data, { ...NO_FILTERS, countries: ['SRB'] });
		expect(graph.nodes.map((n) => n.id).sort()).toEqual(['SRB', 'xi-jinping']);
		expect(graph.edges.map((e) => e.id)).toEqual(['visit:xi-jinping>SRB']);
		const wider = buildGraph(data, { ...NO_FILTERS, countries: ['SRB'], depth: 2 });
		expect(wider.nodes.length).toBeGreaterThan(graph.nodes.length);
	});

	it('filters by type, article, period and minimum count', () => {
		expect(
			buildGraph(data, { ...NO_FILTERS, types: ['sanctions'] })
				.edges.map((e) => e.id)
				.sort()
		).toEqual(['sanctions:USA>CHN', 'sanctions:the-west>RUS']);
		const first = buildGraph(data, { ...NO_FILTERS, article: '000_9aa84c4f3abaae7f' });
		expect(first.nodes.some((n) => n.id === 'SRB')).toBe(false);
		const spring = buildGraph(data, { ...NO_FILTERS, from: '2023-03-01', to: '2023-03-31' });
		// A relation dated "2023" overlaps March 2023; one dated 2023-10-18 does not.
		expect(spring.edges.map((e) => e.id)).toContain('meeting:vladimir-putin~xi-jinping');
		for (const e of spring.edges) {
			expect(dateSpan(e.firstDate ?? '0000')[0] <= '2023-03-31').toBe(true);
			expect(dateSpan(e.lastDate ?? '9999')[1] >= '2023-03-01').toBe(true);
		}
		expect(buildGraph(data, { ...NO_FILTERS, min: 3 }).edges.every((e) => e.count >= 3)).toBe(true);
	});

	it('keeps only relations of the PLOVER types asked for', () => {
		const graph = buildGraph(data, { ...NO_FILTERS, plover: ['THREATEN'] });
		expect(graph.edges.map((e) => e.id)).toEqual(['threat:USA>CHN']);
		const consult = buildGraph(data, { ...NO_FILTERS, plover: ['CONSULT'] });
		expect(new Set(consult.edges.map((e) => e.type))).toEqual(
			new Set(['meeting', 'visit', 'talks'])
		);
	});

	it('hides actor types with their links', () => {
		const graph = buildGraph(data, { ...NO_FILTERS, nodes: ['country'] });
		expect(graph.nodes.every((n) => n.type === 'country')).toBe(true);
		expect(graph.edges.map((e) => e.id)).toContain('dependence:RUS>CHN');
	});

	it('gives, for any filter, a sub-graph whose edges join visible nodes', () => {
		const filters = anyFilters();
		const all = buildGraph(data, NO_FILTERS);
		const allEdges = new Set(all.edges.map((e) => e.id));
		fc.assert(
			fc.property(filters, (f) => {
				const graph = buildGraph(data, f);
				const ids = new Set(graph.nodes.map((n) => n.id));
				const typesKept = graph.nodes.every((n) => !f.nodes.length || f.nodes.includes(n.type));
				return (
					typesKept &&
					graph.edges.every(
						(e) =>
							ids.has(e.source) &&
							ids.has(e.target) &&
							e.count >= f.min &&
							(f.min > 1 || f.article || f.from || f.to || allEdges.has(e.id))
					)
				);
			}),
			{ numRuns: 200 }
		);
	});
	it('gives the same strongest part, count of pairs and selected link from its links as from its edges', () => {
		// The page reads a merged network's links (mergedLinks) without making every edge.
		fc.assert(
			fc.property(anyFilters(), fc.integer({ min: 1, max: 8 }), fc.nat(40), (f, top, pick) => {
				const graph = buildGraph(data, f);
				const edges = { nodes: graph.nodes, edges: [...graph.edges] };
				const keep = { ids: f.countries, expand: graph.nodes[pick % 10]?.id };
				expect(mergedLinks(graph)).toBeDefined();
				expect(strongest(graph, top, keep)).toEqual(strongest(edges, top, keep));
				expect(mergedLinks(graph)?.pairs()).toBe(pairCount(edges.edges));
				// A link selected by its id, a type's edge or a pair's, and one not in the network.
				const some = edges.edges[pick % Math.max(1, edges.edges.length)];
				const ids = some ? [some.id, pairId(some.source, some.target)] : [];
				for (const id of [...ids, 'pair:nobody~none'])
					expect(linkEdgesIn(graph, id)).toEqual(linkEdges(edges.edges, id));
			}),
			{ numRuns: 200 }
		);
	});
});

describe('layoutGraph', () => {
	it('gives the same picture for the same data', () => {
		const graph = buildGraph(data, NO_FILTERS);
		expect(JSON.stringify(layoutGraph(graph))).toBe(JSON.stringify(layoutGraph(graph)));
		const layout = layoutGraph(graph);
		for (const n of layout.nodes) {
			expect(n.x).toBeGreaterThanOrEqual(0);
			expect(n.x).toBeLessThanOrEqual(layout.width);
			expect(n.y).toBeGreaterThanOrEqual(0);
			expect(n.y).toBeLessThanOrEqual(layout.height);
		}
	});
});
