// One link per pair of actors: the network's edges (one per pair, relation type and
// direction) merged into what the picture draws by default, with the types and their counts
// listed, so five parallel curves between Putin and Xi become one link a reader can click.
// The per-type view (`?links=types`) draws the edges as they are. Counts are the edges' own
// (src/lib/counts.ts): a pair's count is the sum of its edges' counts.
import { RELATION_TYPES, type RelationType } from '../types';
import type { GraphEdge } from './buildGraph';

/** How the network draws several relations between one pair (`?links=`). */
export type LinkMode = 'pairs' | 'types';
export const LINK_MODES: readonly LinkMode[] = ['pairs', 'types'];

/** An edge as the picture receives it: one relation type between two actors, no evidence. */
export type TypedEdge = Omit<GraphEdge, 'evidence'>;

export interface PairLink {
	/** `pair:<a>~<b>`, the two ids in code-unit order. */
	id: string;
	/** The pair's ids in code-unit order: `source < target` (directions are counted below). */
	source: string;
	target: string;
	/** Relations (events) between the two, every type and direction. */
	count: number;
	/** The types, most relations first (ties in the legend's order), with their counts. */
	types: { type: RelationType; count: number }[];
	/** Relations with a direction, from source to target and back; relations without one. */
	forward: number;
	backward: number;
	mutual: number;
	/** The ids of the merged edges, in the order given. */
	edges: string[];
	firstDate?: string;
	lastDate?: string;
}

const PAIR = /^pair:([^~]+)~([^~]+)$/;

/** A pair link's id: `pair:` and the two actor ids in code-unit order, joined by `~`. */
export function pairId(a: string, b: string): string {
	return a < b ? `pair:${a}~${b}` : `pair:${b}~${a}`;
}

/** The two actor ids of a pair link's id, or undefined when `id` is not one. */
export function parsePairId(id: string): [string, string] | undefined {
	const m = PAIR.exec(id);
	return m?.[1] && m[2] ? [m[1], m[2]] : undefined;
}

/** `?links=` as a mode ('pairs' when absent), or a message saying what it must be. */
export function parseLinkMode(raw: string | null): { mode: LinkMode; problem?: string } {
	if (raw === null || raw === '' || raw === 'pairs') return { mode: 'pairs' };
	if (raw === 'types') return { mode: 'types' };
	return {
		mode: 'pairs',
		problem: `Links are drawn one per pair or one per type: use links=pairs or links=types, not ${JSON.stringify(raw.slice(0, 40))}.`
	};
}

const TYPE_RANK = new Map<RelationType, number>(RELATION_TYPES.map((t, i) => [t, i]));

/**
 * How many links {@link pairLinks} makes of `edges` (its length), without making them: the
 * network's count of pairs reads every link of the filtered network (226,000 at 10,000
 * articles), and only the number is wanted.
 */
export function pairCount(edges: readonly Pick<TypedEdge, 'source' | 'target'>[]): number {
	const partners = new Map<string, Set<string>>();
	let count = 0;
	for (const e of edges) {
		const [a, b] = e.source < e.target ? [e.source, e.target] : [e.target, e.source];
		let seen = partners.get(a);
		if (!seen) partners.set(a, (seen = new Set()));
		if (!seen.has(b)) {
			seen.add(b);
			count++;
		}
	}
	return count;
}

/**
 * The edges merged by unordered pair, in order of first appearance. Each pair's count is the
 * sum of its edges' counts, split by type (most first) and by direction.
 */
export function pairLinks(edges: readonly TypedEdge[]): PairLink[] {
	const links = new Map<string, PairLink & { perType: Map<RelationType, number> }>();
	for (const e of edges) {
		const id = pairId(e.source, e.target);
		let link = links.get(id);
		if (!link) {
			const [source, target] = e.source < e.target ? [e.source, e.target] : [e.target, e.source];
			link = {
				id,
				source,
				target,
				count: 0,
				types: [],
				forward: 0,
				backward: 0,
				mutual: 0,
				edges: [],
				perType: new Map()
			};
			links.set(id, link);
		}
		link.count += e.count;
		link.perType.set(e.type, (link.perType.get(e.type) ?? 0) + e.count);
		if (!e.directed) link.mutual += e.count;
		else if (e.source === link.source) link.forward += e.count;
		else link.backward += e.count;
		link.edges.push(e.id);
		if (e.firstDate && (!link.firstDate || e.firstDate < link.firstDate))
			link.firstDate = e.firstDate;
		if (e.lastDate && (!link.lastDate || e.lastDate > link.lastDate)) link.lastDate = e.lastDate;
	}
	return [...links.values()].map(({ perType, ...link }) => ({
		...link,
		types: [...perType]
			.map(([type, count]) => ({ type, count }))
			.sort(
				(a, b) => b.count - a.count || (TYPE_RANK.get(a.type) ?? 0) - (TYPE_RANK.get(b.type) ?? 0)
			)
	}));
}
