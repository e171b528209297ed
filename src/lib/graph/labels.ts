// Which node labels the network draws, and where: by priority (the heavier node first, then
// by id), a label takes the best place around its node (below, above, right, left) where it
// overlaps no label already kept and no more important node, or is hidden — the way sigma.js
// and Gephi Lite hide the less important labels until there is room. Pure, so the server and
// the browser draw the same labels for the same layout.

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

export interface LabelOptions {
	/** Label size and gap below the node, in layout units (see labelPlacement). */
	fontSize?: number;
	gap?: number;
	/** The sides tried, in order of preference. */
	sides?: readonly LabelSide[];
	/** Links between the nodes (ids): a place that covers one of the node's own links is
	 * taken only when no other side is free. */
	links?: readonly { source: string; target: string }[];
	/** The part of the picture in view (layout units): a label is placed inside it, slid
	 * along its side when it would stick out. */
	bounds?: Box;
	/** Nodes named before any other (the focused actor's neighbourhood, a selected link's
	 * ends), in their priority order. */
	first?: ReadonlySet<string>;
}

/** The order labels are placed in: the heavier node (its links' relations) first, then the
 * larger, then by id, so every language and every run names the same actors. */
export function labelPriority(
	nodes: readonly LabelledNode[],
	first: ReadonlySet<string> = new Set()
): LabelledNode[] {
	return [...nodes].sort(
		(a, b) =>
			Number(first.has(b.id)) - Number(first.has(a.id)) ||
			b.weight - a.weight ||
			b.r - a.r ||
			(a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
	);
}

/** A placement above or below its node, centred, then slid to either side as far as it
 * still spans the node's centre line (sigma.js's labels start at the node; ours may too). */
function shifted(p: LabelPlacement): LabelPlacement[] {
	if (p.side === 'right' || p.side === 'left') return [p];
	const half = (p.box.x1 - p.box.x0) / 2 - 1;
	return [0, half, -half].map((dx) => ({
		...p,
		x: p.x + dx,
		box: { ...p.box, x0: p.box.x0 + dx, x1: p.box.x1 + dx }
	}));
}

/** A placement slid along its side into `bounds`, or undefined when it cannot fit there. */
function slidInto(p: LabelPlacement, bounds: Box | undefined): LabelPlacement | undefined {
	if (!bounds || inside(p.box, bounds)) return p;
	// Above or below, a label may slide sideways while it still spans its node's centre line.
	if (p.side === 'right' || p.side === 'left') return undefined;
	const shift =
		p.box.x0 < bounds.x0 ? bounds.x0 - p.box.x0 : p.box.x1 > bounds.x1 ? bounds.x1 - p.box.x1 : 0;
	const box = { ...p.box, x0: p.box.x0 + shift, x1: p.box.x1 + shift };
	const spans = box.x0 <= p.x && p.x <= box.x1;
	return spans && inside(box, bounds) ? { ...p, box, x: p.x + shift } : undefined;
}

/**
 * Where each node's label goes, for the nodes whose label fits: in priority order (see
 * labelPriority), each label takes the best of `sides` that crosses no label already placed
 * and no more important node: clear of every other node if it can, else over the fewest less
 * important ones (sigma.js and Gephi Lite draw labels over nodes; hiding the busiest actor's
 * name because small nodes crowd around it is worse), then off its own links, then where it
 * need not slide, then in the order of `sides`.
 */
export function placeLabels(
	nodes: readonly LabelledNode[],
	{ fontSize = 14, gap = 15, sides = ['below'], links = [], bounds, first }: LabelOptions = {}
): Map<string, LabelPlacement> {
	const ordered = labelPriority(nodes, first);
	const rank = new Map(ordered.map((n, i) => [n.id, i]));
	const discs = ordered.map((n) => ({
		id: n.id,
		rank: rank.get(n.id) ?? 0,
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
		const own = rank.get(n.id) ?? 0;
		const candidates = sides.flatMap((side, order) =>
			shifted(labelPlacement(n, fontSize, gap, side)).flatMap((at) => {
				const p = slidInto(at, bounds);
				if (!p || kept.some((k) => overlaps(k, p.box))) return [];
				const covered = discs.filter((d) => d.id !== n.id && overlaps(d, p.box));
				if (covered.some((d) => d.rank < own)) return [];
				const onLinks = (ownLinks.get(n.id) ?? []).some(([a, b]) => crosses(a, b, p.box));
				const slid = Number(p.x !== n.x && (p.side === 'below' || p.side === 'above'));
				return [{ p, covered: covered.length, onLinks: Number(onLinks), slid, order }];
			})
		);
		const [best] = candidates.sort(
			(a, b) =>
				a.covered - b.covered || a.onLinks - b.onLinks || a.slid - b.slid || a.order - b.order
		);
		if (!best) continue;
		kept.push(best.p.box);
		placed.set(n.id, best.p);
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
	return new Set(placeLabels(nodes, { fontSize, gap }).keys());
}

/**
 * The labels as the network picture draws them: LABEL_SIZE text LABEL_GAP below its node on
 * screen, whatever the zoom (`unit` is layout units per screen pixel: 1 / (zoom × the
 * picture's scale on screen)), tried on every side, kept inside `view`.
 */
export function pictureLabels(
	nodes: readonly LabelledNode[],
	links: readonly { source: string; target: string }[],
	{ unit = 1, view, first }: { unit?: number; view?: Box; first?: ReadonlySet<string> } = {}
): Map<string, LabelPlacement> {
	return placeLabels(nodes, {
		fontSize: LABEL_SIZE * unit,
		gap: LABEL_GAP * unit,
		sides: LABEL_SIDES,
		links,
		...(view ? { bounds: view } : {}),
		...(first ? { first } : {})
	});
}
