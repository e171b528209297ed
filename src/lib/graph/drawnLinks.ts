// The links as the network draws them, from placed nodes and their label boxes: one straight
// link per pair in bands by type (or, `?links=types`, one curve per type, arcs fanned out), each
// with its width and arrowheads. Shared by the page's picture and the downloaded one.
import type { Box } from './labels';
import type { PlacedNode } from './layout';
import {
	bandedLink,
	curvedLink,
	linkWidth,
	type BandedLink,
	type CurvedLink
} from './linkGeometry';
import type { ViewEdge } from './networkView';
import { pairLinks, type PairLink } from './pairLinks';
import { RELATION_STYLE } from './style';

export interface DrawnPair {
	link: PairLink;
	width: number;
	shape: BandedLink;
	/** The pair's edges, most relations first as its types are listed. */
	parts: ViewEdge[];
	/** Each band's (edge id's) relation type. */
	typeOf: Map<string, ViewEdge['type']>;
	/** An arrowhead's colour: the most frequent type arriving at that end. */
	arrowColour: (end: string) => string | undefined;
}

export function drawnPairs(
	edges: readonly ViewEdge[],
	byId: ReadonlyMap<string, PlacedNode>,
	boxes: ReadonlyMap<string, Box>
): DrawnPair[] {
	const edgeById = new Map(edges.map((e) => [e.id, e]));
	return pairLinks(edges).flatMap((link) => {
		const a = byId.get(link.source);
		const b = byId.get(link.target);
		if (!a || !b) return [];
		const rank = new Map(link.types.map((t, i) => [t.type, i]));
		const parts = link.edges
			.map((id) => edgeById.get(id))
			.filter((e): e is ViewEdge => !!e)
			.sort((x, y) => (rank.get(x.type) ?? 0) - (rank.get(y.type) ?? 0) || y.count - x.count);
		const width = linkWidth(link.count);
		const shape = bandedLink(a, b, {
			width,
			parts: parts.map((e) => ({ key: e.id, count: e.count })),
			arrows: { source: link.backward > 0, target: link.forward > 0 },
			labels: { source: boxes.get(a.id), target: boxes.get(b.id) }
		});
		const arrowColour = (end: string) => {
			const type = parts.find((e) => e.directed && e.target === end)?.type;
			return type ? RELATION_STYLE[type].colour : undefined;
		};
		return [
			{ link, width, shape, parts, typeOf: new Map(parts.map((e) => [e.id, e.type])), arrowColour }
		];
	});
}

export interface DrawnCurve {
	edge: ViewEdge;
	width: number;
	shape: CurvedLink;
}

/** One curve per relation type: several types between one pair bend apart, 18 units a step. */
export function drawnCurves(
	edges: readonly ViewEdge[],
	byId: ReadonlyMap<string, PlacedNode>,
	boxes: ReadonlyMap<string, Box>
): DrawnCurve[] {
	const seen: Record<string, number> = {};
	return edges.flatMap((e) => {
		const a = byId.get(e.source);
		const b = byId.get(e.target);
		if (!a || !b) return [];
		const key = [e.source, e.target].sort().join('|');
		const k = seen[key] ?? 0;
		seen[key] = k + 1;
		// Bends are measured from the pair's first id, so arcs of opposite directions do not
		// fall on each other.
		const sign = e.source < e.target ? 1 : -1;
		const bend = k === 0 ? 0 : sign * (k % 2 ? 1 : -1) * Math.ceil(k / 2) * 18;
		const width = linkWidth(e.count);
		return [
			{
				edge: e,
				width,
				shape: curvedLink(a, b, { bend, width, directed: e.directed, label: boxes.get(b.id) })
			}
		];
	});
}
