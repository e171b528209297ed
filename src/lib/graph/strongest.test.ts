import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Graph, GraphEdge, GraphNode } from './buildGraph';
import { LINKS_PER_ACTOR, parseTop, strongest, TOP_DEFAULT, TOP_MAX } from './strongest';

const node = (id: string, weight: number): GraphNode => ({
	id,
	type: 'country',
	name: id,
	names: { fr: id, en: id },
	weight,
	mentions: 1
});
const edge = (source: string, target: string, count: number): GraphEdge => ({
	id: `meeting:${source}~${target}`,
	type: 'meeting',
	source,
	target,
	directed: false,
	count,
	evidence: []
});

/** A star around A (strong) and a chain of weak actors hanging off its last spoke. */
const graph: Graph = {
	nodes: [node('A', 30), node('B', 12), node('C', 10), node('D', 8), node('E', 2), node('F', 1)],
	edges: [
		edge('A', 'B', 12),
		edge('A', 'C', 10),
		edge('A', 'D', 8),
		edge('D', 'E', 1),
		edge('E', 'F', 1)
	]
};

describe('strongest', () => {
	it('keeps the N actors with the most links, and only the links between them', () => {
		const shown = strongest(graph, 3);
		expect(shown.nodes.map((n) => n.id)).toEqual(['A', 'B', 'C']);
		expect(shown.edges.map((e) => e.id)).toEqual(['meeting:A~B', 'meeting:A~C']);
		expect(shown.total).toEqual({ nodes: 6, edges: 5 });
	});

	it('keeps the actors asked for, and brings in a selected actor’s neighbours', () => {
		expect(strongest(graph, 2, { ids: ['F'] }).nodes.map((n) => n.id)).toEqual(['A', 'B', 'F']);
		const expanded = strongest(graph, 2, { expand: 'E' });
		expect(expanded.nodes.map((n) => n.id)).toEqual(['A', 'B', 'D', 'E', 'F']);
		expect(expanded.edges.map((e) => e.id)).toContain('meeting:E~F');
	});

	it('never shows more than N actors (plus those kept) and LINKS_PER_ACTOR × N links', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 40 }),
				fc.integer({ min: 1, max: 12 }),
				fc.integer({ min: 0, max: 1000 }),
				(size, top, seed) => {
					const nodes = Array.from({ length: size }, (_, i) => node(`n${i}`, (i * seed) % 17));
					const edges: GraphEdge[] = [];
					for (let i = 0; i < size; i++)
						for (let j = i + 1; j < size; j++)
							if ((i + j + seed) % 3 === 0) edges.push(edge(`n${i}`, `n${j}`, 1 + ((i * j) % 5)));
					const shown = strongest({ nodes, edges }, top);
					expect(shown.nodes.length).toBe(Math.min(top, size));
					expect(shown.edges.length).toBeLessThanOrEqual(LINKS_PER_ACTOR * top);
					const ids = new Set(shown.nodes.map((n) => n.id));
					for (const e of shown.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
				}
			)
		);
	});
});

describe('strongest links by pair', () => {
	it('keeps a pair’s relation types together, so its one link counts them all', () => {
		const typed = (type: GraphEdge['type'], source: string, target: string, count: number) => ({
			...edge(source, target, count),
			id: `${type}:${source}~${target}`,
			type
		});
		const nodes = [node('A', 9), node('B', 9), node('C', 4), node('D', 4)];
		// With a budget of 4 links, the A–B pair (3 types, 6 relations) stays whole and the
		// weaker pairs' single types fill the rest.
		const edges = [
			typed('meeting', 'A', 'B', 4),
			typed('talks', 'A', 'B', 1),
			typed('support', 'B', 'A', 1),
			typed('meeting', 'C', 'D', 3),
			typed('visit', 'A', 'C', 2),
			typed('visit', 'B', 'D', 2)
		];
		const shown = strongest({ nodes, edges }, 1, { ids: ['B', 'C', 'D'] });
		const ids = shown.edges.map((e) => e.id);
		expect(ids).toEqual(
			expect.arrayContaining(['meeting:A~B', 'talks:A~B', 'support:B~A', 'meeting:C~D'])
		);
		expect(ids).toHaveLength(LINKS_PER_ACTOR);
	});
});

describe('parseTop', () => {
	it('reads a whole number of actors, and explains anything else', () => {
		expect(parseTop(null)).toEqual({ top: TOP_DEFAULT });
		expect(parseTop('25')).toEqual({ top: 25 });
		for (const bad of ['0', '-3', '2.5', 'many', String(TOP_MAX + 1)]) {
			const parsed = parseTop(bad);
			expect(parsed.top).toBe(TOP_DEFAULT);
			expect(parsed.problem).toMatch(/whole number from 1 to/);
		}
	});
});
