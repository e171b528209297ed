import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RELATION_TYPES } from '../types';
import {
	pairCount,
	pairId,
	pairLinks,
	parseLinkMode,
	parsePairId,
	type TypedEdge
} from './pairLinks';

const edge = (
	type: TypedEdge['type'],
	source: string,
	target: string,
	count: number,
	directed = false
): TypedEdge => ({
	id: `${type}:${source}${directed ? '>' : '~'}${target}`,
	type,
	source,
	target,
	directed,
	count
});

describe('one link per pair', () => {
	const putinXi = [
		edge('meeting', 'vladimir-putin', 'xi-jinping', 3),
		edge('agreement', 'vladimir-putin', 'xi-jinping', 1),
		edge('talks', 'vladimir-putin', 'xi-jinping', 2),
		edge('support', 'vladimir-putin', 'xi-jinping', 2),
		edge('congratulation', 'xi-jinping', 'vladimir-putin', 1, true),
		edge('visit', 'CHN', 'HUN', 1, true)
	];

	it('merges the types between two actors into one link whose count is their total', () => {
		const links = pairLinks(putinXi);
		expect(links.map((l) => l.id)).toEqual(['pair:vladimir-putin~xi-jinping', 'pair:CHN~HUN']);
		const [pair] = links;
		expect(pair?.count).toBe(9);
		expect(pair?.types).toEqual([
			{ type: 'meeting', count: 3 },
			{ type: 'talks', count: 2 },
			{ type: 'support', count: 2 },
			{ type: 'agreement', count: 1 },
			{ type: 'congratulation', count: 1 }
		]);
		expect(pair?.edges).toHaveLength(5);
	});

	it('counts directions from the pair’s first id', () => {
		const [pair, visit] = pairLinks(putinXi);
		// 'vladimir-putin' < 'xi-jinping': Xi's congratulation runs backward.
		expect([pair?.forward, pair?.backward, pair?.mutual]).toEqual([0, 1, 8]);
		expect([visit?.source, visit?.target, visit?.forward]).toEqual(['CHN', 'HUN', 1]);
	});

	it('keeps the dates of the earliest and latest relation', () => {
		const [pair] = pairLinks([
			{ ...edge('meeting', 'A', 'B', 1), firstDate: '2023-10', lastDate: '2024-05-16' },
			{ ...edge('visit', 'B', 'A', 1, true), firstDate: '2022', lastDate: '2023' }
		]);
		expect([pair?.firstDate, pair?.lastDate]).toEqual(['2022', '2024-05-16']);
	});

	it('keeps every relation: the links’ counts add up to the edges’ counts, whatever the edges', () => {
		const arbitraryEdge = fc.record({
			type: fc.constantFrom(...RELATION_TYPES),
			source: fc.constantFrom('A', 'B', 'C', 'D'),
			target: fc.constantFrom('A', 'B', 'C', 'D'),
			directed: fc.boolean(),
			count: fc.integer({ min: 1, max: 50 })
		});
		fc.assert(
			fc.property(fc.array(arbitraryEdge, { maxLength: 30 }), (raw) => {
				const edges = raw
					.filter((e) => e.source !== e.target)
					.map((e, i) => ({ ...e, id: `e${i}` }));
				const links = pairLinks(edges);
				const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
				expect(sum(links.map((l) => l.count))).toBe(sum(edges.map((e) => e.count)));
				for (const l of links) {
					expect(sum(l.types.map((t) => t.count))).toBe(l.count);
					expect(l.forward + l.backward + l.mutual).toBe(l.count);
					expect(l.source < l.target).toBe(true);
				}
				expect(new Set(links.map((l) => l.id)).size).toBe(links.length);
				// Counted without merging, as many as merged.
				expect(pairCount(edges)).toBe(links.length);
			})
		);
	});
});

describe('pair ids and the link mode', () => {
	it('name a pair the same way from either end and read back', () => {
		expect(pairId('xi-jinping', 'vladimir-putin')).toBe('pair:vladimir-putin~xi-jinping');
		expect(parsePairId('pair:vladimir-putin~xi-jinping')).toEqual(['vladimir-putin', 'xi-jinping']);
		expect(parsePairId('talks:vladimir-putin~xi-jinping')).toBeUndefined();
	});

	it('reads ?links= and explains a bad value', () => {
		expect(parseLinkMode(null)).toEqual({ mode: 'pairs' });
		expect(parseLinkMode('types')).toEqual({ mode: 'types' });
		const bad = parseLinkMode('<b>x');
		expect(bad.mode).toBe('pairs');
		expect(bad.problem).toContain('links=types');
	});
});
