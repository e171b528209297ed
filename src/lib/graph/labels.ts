// Which node labels the network draws, and where: by priority (the heavier node first, then
// by name), a label takes the first place around its node (below, above, right, left) where it
// overlaps no label already kept and no other node, or is hidden — the way sigma.js and Gephi
// Lite hide the less important labels until there is room. Pure, so the server and the
// browser draw the same labels for the same layout.

export interface LabelledNode {
	id: string;
	name: string;
	x: number;
	y: number;
	/** Radius in layout units. */
	r: number;
	weight: number;
}

/** The labels' size on screen, in CSS pixels, and how far their baseline sits below the
 * node's border: constant while the picture zooms (the label is counter-scaled). */
export const LABEL_SIZE = 13;
export const LABEL_GAP = 14;

/** An axis-aligned box in layout units. */
export interface Box {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

const inside = (a: Box, b: Box) => a.x0 >= b.x0 && a.x1 <= b.x1 && a.y0 >= b.y0 && a.y1 <= b.y1;

/** Whether the segment from a to b crosses the box (Liang–Barsky clipping). */
function crosses(a: { x: number; y: number }, b: { x: number; y: number }, box: Box): boolean {
	let [t0, t1] = [0, 1];
	const [dx, dy] = [b.x - a.x, b.y - a.y];
	for (const [p, q] of [
		[-dx, a.x - box.x0],
		[dx, box.x1 - a.x],
		[-dy, a.y - box.y0],
		[dy, box.y1 - a.y]
	] as const) {
		if (p === 0) {
			if (q < 0) return false;
			continue;
		}
		const t = q / p;
		if (p < 0) t0 = Math.max(t0, t);
		else t1 = Math.min(t1, t);
		if (t0 > t1) return false;
	}
	return true;
}

/** Where a label sits around its node. */
export type LabelSide = 'below' | 'above' | 'right' | 'left';
export const LABEL_SIDES: readonly LabelSide[] = ['below', 'above', 'right', 'left'];

export interface LabelPlacement {
	side: LabelSide;
	/** What the label covers, its halo included (layout units). */
	box: Box;
	/** The text's anchor point on its baseline, and how it is anchored there. */
	x: number;
	y: number;
	anchor: 'middle' | 'start' | 'end';
}

/**
 * Where a node's label goes on `side`, at `fontSize` (layout units): below, its baseline `gap`
 * below the node's border; above, just clear of the border; right or left, beside the node on
 * its centre line. A character is taken as 0.6 em wide, a label as 1.55 em high with its
 * descenders and the halo drawn around it (a quarter em each side).
 */
export function labelPlacement(
	n: Pick<LabelledNode, 'name' | 'x' | 'y' | 'r'>,
	fontSize = 14,
	gap = 15,
	side: LabelSide = 'below'
): LabelPlacement {
	const halo = fontSize * 0.25;
	const width = n.name.length * fontSize * 0.6 + 2 * halo;
	const [ascent, descent] = [fontSize * 1.1, fontSize * 0.45];
	switch (side) {
		case 'below': {
			const y = n.y + n.r + gap;
			const box = { x0: n.x - width / 2, x1: n.x + width / 2, y0: y - ascent, y1: y + descent };
			return { side, box, x: n.x, y, anchor: 'middle' };
		}
		case 'above': {
			const y = n.y - n.r - descent;
			const box = { x0: n.x - width / 2, x1: n.x + width / 2, y0: y - ascent, y1: y + descent };
			return { side, box, x: n.x, y, anchor: 'middle' };
		}
		case 'right': {
			const x0 = n.x + n.r + halo;
			const y = n.y + fontSize * 0.35;
			const box = { x0, x1: x0 + width, y0: y - ascent, y1: y + descent };
			return { side, box, x: x0 + halo, y, anchor: 'start' };
		}
		case 'left': {
			const x1 = n.x - n.r - halo;
			const y = n.y + fontSize * 0.35;
			const box = { x0: x1 - width, x1, y0: y - ascent, y1: y + descent };
			return { side, box, x: x1 - halo, y, anchor: 'end' };
		}
	}
}

/** The box a node's label covers below it (see labelPlacement). */
export function labelBox(
	n: Pick<LabelledNode, 'name' | 'x' | 'y' | 'r'>,
	fontSize = 14,
	gap = 15
): Box {
	return labelPlacement(n, fontSize, gap, 'below').box;
}

/**
 * Where each node's label goes, for the nodes whose label fits: by priority (the heavier node
 * first, then the larger, then by name), each label takes the first of `sides` where it
 * crosses no label already placed and no other node. Sizes as labelPlacement takes them.
 */
export function placeLabels(
	nodes: readonly LabelledNode[],
	fontSize = 14,
	gap = 15,
	sides: readonly LabelSide[] = ['below'],
	/** Links between the nodes (ids): a place that covers one of the node's own links is
	 * taken only when no other side is free. */
	links: readonly { source: string; target: string }[] = [],
	/** The part of the picture in view (layout units): a label is placed inside it. */
	bounds?: Box
): Map<string, LabelPlacement> {
	const ordered = [...nodes].sort(
		(a, b) =>
			b.weight - a.weight || b.r - a.r || a.name.localeCompare(b.name) || a.id.localeCompare(b.id)
	);
	const discs: (Box & { id: string })[] = nodes.map((n) => ({
		id: n.id,
		x0: n.x - n.r,
		y0: n.y - n.r,
		x1: n.x + n.r,
		y1: n.y + n.r
	}));
	const kept: Box[] = [];
	const placed = new Map<string, LabelPlacement>();
	const at = new Map(nodes.map((n) => [n.id, n]));
	const ownLinks = new Map<string, [LabelledNode, LabelledNode][]>();
	for (const l of links) {
		const [a, b] = [at.get(l.source), at.get(l.target)];
		if (!a || !b) continue;
		for (const end of [a.id, b.id]) ownLinks.set(end, [...(ownLinks.get(end) ?? []), [a, b]]);
	}
	for (const n of ordered) {
		const free = sides
			.map((side) => labelPlacement(n, fontSize, gap, side))
			.filter(
				({ box }) =>
					(!bounds || inside(box, bounds)) &&
					!kept.some((k) => overlaps(k, box)) &&
					!discs.some((d) => d.id !== n.id && overlaps(d, box))
			);
		const clear = free.find(
			({ box }) => !(ownLinks.get(n.id) ?? []).some(([a, b]) => crosses(a, b, box))
		);
		const placement = clear ?? free[0];
		if (!placement) continue;
		kept.push(placement.box);
		placed.set(n.id, placement);
	}
	return placed;
}

/**
 * The ids of the nodes whose label fits, for labels drawn as `labelBox` places them (`gap`
 * below each node at `fontSize`, layout units). Counter-scaled labels keep their screen size
 * while the picture zooms: pass the screen size divided by the zoom, and more labels fit as
 * the reader zooms in.
 */
export function visibleLabels(
	nodes: readonly LabelledNode[],
	fontSize = 14,
	gap = 15
): Set<string> {
	return new Set(placeLabels(nodes, fontSize, gap).keys());
}
