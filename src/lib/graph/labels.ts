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

interface Box {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * The ids of the nodes whose label fits, for labels drawn centred `gap` below each node at
 * `fontSize` (layout units; a character is taken as 0.6 em wide, a label as 1.55 em high with
 * its halo and descenders).
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
		// The glyphs, their descenders and the halo drawn around them (a quarter em each side).
		const half = (n.name.length * fontSize * 0.6) / 2 + fontSize * 0.25;
		const baseline = n.y + n.r + gap;
		const box = {
			x0: n.x - half,
			x1: n.x + half,
			y0: baseline - fontSize * 1.1,
			y1: baseline + fontSize * 0.45
		};
		if (kept.some((k) => overlaps(k, box))) continue;
		if (discs.some((d) => d.id !== n.id && overlaps(d, box))) continue;
		kept.push(box);
		shown.add(n.id);
	}
	return shown;
}
