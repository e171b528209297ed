// Which node labels the network draws: by priority (the heavier node first, then by name),
// a label is kept only where it overlaps no label already kept and no other node — the way
// sigma.js and Gephi Lite hide the less important labels until there is room. Pure, so the
// server and the browser draw the same labels for the same layout.

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

/**
 * The box a node's label covers, drawn centred with its baseline `gap` below the node's
 * border at `fontSize` (layout units; a character is taken as 0.6 em wide, a label as 1.55 em
 * high with its descenders and the halo drawn around it, a quarter em each side).
 */
export function labelBox(
	n: Pick<LabelledNode, 'name' | 'x' | 'y' | 'r'>,
	fontSize = 14,
	gap = 15
): Box {
	const half = (n.name.length * fontSize * 0.6) / 2 + fontSize * 0.25;
	const baseline = n.y + n.r + gap;
	return {
		x0: n.x - half,
		x1: n.x + half,
		y0: baseline - fontSize * 1.1,
		y1: baseline + fontSize * 0.45
	};
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
	const shown = new Set<string>();
	for (const n of ordered) {
		const box = labelBox(n, fontSize, gap);
		if (kept.some((k) => overlaps(k, box))) continue;
		if (discs.some((d) => d.id !== n.id && overlaps(d, box))) continue;
		kept.push(box);
		shown.add(n.id);
	}
	return shown;
}
