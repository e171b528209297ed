import { describe, expect, it } from 'vitest';
import type { TypedEdge } from './pairLinks';
import { networkEmbedTitle, networkKey, strongestPair } from './networkKey';

const edge = (type: TypedEdge['type'], source: string, target: string, count = 1): TypedEdge => ({
	id: `${type}:${source}~${target}`,
	type,
	source,
	target,
	directed: false,
	count
});
const nodes = [
	{ id: 'putin', name: 'Vladimir Putin', type: 'person' as const },
	{ id: 'xi', name: 'Xi Jinping', type: 'person' as const },
	{ id: 'HUN', name: 'Hungary', type: 'country' as const }
];

describe('the embedded network’s finding', () => {
	it('names the pair joined by the most relations, every type counted, out of all drawn', () => {
		const edges = [
			edge('meeting', 'xi', 'putin', 3),
			edge('talks', 'putin', 'xi', 2),
			edge('support', 'HUN', 'putin', 4)
		];
		expect(strongestPair(edges)).toEqual({ source: 'putin', target: 'xi', count: 5, total: 9 });
		expect(networkEmbedTitle(nodes, edges, 'en')).toEqual({
			title: 'Vladimir Putin and Xi Jinping: 5 of the 9 relations in this network',
			subtitle: 'Network: 3 actors and 2 links'
		});
		expect(networkEmbedTitle(nodes, edges, 'fr').title).toBe(
			'Vladimir Putin et Xi Jinping\u00a0: 5 des 9 relations de ce réseau'
		);
	});

	it('states no finding when no pair stands out: a tie, a single relation, one pair', () => {
		for (const edges of [
			[edge('meeting', 'xi', 'putin', 2), edge('support', 'HUN', 'putin', 2)],
			[edge('meeting', 'xi', 'putin'), edge('support', 'HUN', 'putin')],
			[]
		]) {
			expect(strongestPair(edges)).toBeUndefined();
			expect(networkEmbedTitle(nodes, edges, 'en').subtitle).toBeUndefined();
		}
		expect(networkEmbedTitle(nodes, [], 'fr').title).toBe('Réseau : 3 acteurs et 0 lien');
		expect(networkEmbedTitle(nodes.slice(0, 1), [], 'en').title).toBe(
			'Network: 1 actor and 0 links'
		);
	});
});

describe('the embedded network’s legend', () => {
	it('lists the relation types drawn, cooperation before conflict, and the actor types', () => {
		const key = networkKey(nodes, [
			edge('sanctions', 'HUN', 'xi'),
			edge('meeting', 'xi', 'putin'),
			edge('meeting', 'HUN', 'putin')
		]);
		expect(key).toEqual({ relations: ['meeting', 'sanctions'], actors: ['country', 'person'] });
	});
});
