// Where the network's links run and end: a link stops at the border of each node's shape
// (a circle, square, hexagon, diamond or triangle, not a bounding circle) and, where it has an
// arrowhead, outside the node's label too, so an arrow never points across a name. Pure: the
// server and the browser draw the same links. Lengths are layout units.
import type { EntityType } from '../types';
import type { Box } from './labels';
import { shapeVertices } from './style';

export interface Point {
	x: number;
	y: number;
}

export interface ShapedNode extends Point {
	/** Radius in layout units (the shape's size, see nodeShape). */
	r: number;
	type: EntityType;
}

const cross = (ax: number, ay: number, bx: number, by: number) => ax * by - ay * bx;

/**
 * How far a node's border is from its centre in the direction (ux, uy) (a unit vector), for a
 * shape of radius `r` as nodeShape draws it: `r` for a circle, the ray's hit on the polygon
 * otherwise.
 */
export function borderDistance(type: EntityType, r: number, ux: number, uy: number): number {
	const vertices = shapeVertices(type);
	if (!vertices) return r;
	let best = Infinity;
	for (let i = 0; i < vertices.length; i++) {
		const [px, py] = vertices[i] ?? [0, 0];
		const [qx, qy] = vertices[(i + 1) % vertices.length] ?? [0, 0];
		const [dx, dy] = [(qx - px) * r, (qy - py) * r];
		const denominator = cross(ux, uy, dx, dy);
		if (Math.abs(denominator) < 1e-12) continue;
		// origin + t·u = p + s·d, with the polygon's vertices scaled by r.
		const t = cross(px * r, py * r, dx, dy) / denominator;
		const s = cross(px * r, py * r, ux, uy) / denominator;
		if (t > 0 && s >= -1e-9 && s <= 1 + 1e-9) best = Math.min(best, t);
	}
	return Number.isFinite(best) ? best : r;
}

/**
 * How far from (cx, cy), along the unit direction (ux, uy), a ray leaves `box`; 0 when the
 * ray never crosses it (slab method).
 */
export function boxExit(cx: number, cy: number, ux: number, uy: number, box: Box): number {
	let enter = -Infinity;
	let leave = Infinity;
	for (const [c, u, lo, hi] of [
		[cx, ux, box.x0, box.x1],
		[cy, uy, box.y0, box.y1]
	] as const) {
		if (Math.abs(u) < 1e-12) {
			if (c < lo || c > hi) return 0;
			continue;
		}
		const [t1, t2] = [(lo - c) / u, (hi - c) / u];
		enter = Math.max(enter, Math.min(t1, t2));
		leave = Math.min(leave, Math.max(t1, t2));
	}
	return leave >= Math.max(enter, 0) ? leave : 0;
}

/**
 * The point where a link from `node` toward `toward` leaves the node: past its border (plus
 * `outline`, the part of the node's stroke outside its shape) and, when `label` is given, past
 * the label's box. `u` is the unit direction from the node toward `toward`.
 */
export function stopPoint(
	node: ShapedNode,
	toward: Point,
	label?: Box,
	outline = 0
): Point & { u: Point } {
	const length = Math.hypot(toward.x - node.x, toward.y - node.y) || 1;
	const u = { x: (toward.x - node.x) / length, y: (toward.y - node.y) / length };
	const border = borderDistance(node.type, node.r, u.x, u.y) + outline;
	const distance = Math.max(border, label ? boxExit(node.x, node.y, u.x, u.y, label) : 0);
	return { x: node.x + u.x * distance, y: node.y + u.y * distance, u };
}

/** A link's stroke width for its count of relations (layout units): grows with the log. */
export const linkWidth = (count: number): number => 1.4 + 1.6 * Math.log2(count + 1);

/** An arrowhead's length and half-width for a link `width` wide (layout units). */
export const arrowSize = (width: number): { length: number; half: number } => ({
	length: 6 + 1.4 * width,
	half: 3 + 0.8 * width
});

const f = (v: number) => v.toFixed(1);

/** A filled triangle with its tip at `tip`, pointing along the unit direction `u`. */
export function arrowPath(tip: Point, u: Point, width: number): string {
	const { length, half } = arrowSize(width);
	const [bx, by] = [tip.x - u.x * length, tip.y - u.y * length];
	const [nx, ny] = [-u.y * half, u.x * half];
	return `M${f(tip.x)},${f(tip.y)}L${f(bx + nx)},${f(by + ny)}L${f(bx - nx)},${f(by - ny)}Z`;
}

const distance = (p: Point, q: Point) => Math.hypot(q.x - p.x, q.y - p.y);
/** The shortest a link may be once it stops outside labels: two arrowheads and a stroke. */
const shortest = (width: number) => 2 * arrowSize(width).length + 8;

/** Node stroke outside the shape: half of NetworkGraph's 1.5 px outline, and a gap. */
export const OUTLINE = 1.5;

export interface CurvedLink {
	/** The path of the link's stroke, from its source's border to the base of its arrowhead
	 * (or the target's border). */
	d: string;
	/** The arrowhead, when the link has a direction: its tip at the target's border. */
	arrow?: string;
}

/**
 * One relation type's link, bent `bend` layout units off the straight line (0 for a straight
 * one), as a quadratic curve between the two nodes' borders; a directed link ends in an
 * arrowhead whose tip touches the target's border, outside the target's `label` box.
 */
export function curvedLink(
	a: ShapedNode,
	b: ShapedNode,
	options: { bend?: number; width: number; directed: boolean; label?: Box }
): CurvedLink {
	const { bend = 0, width, directed, label } = options;
	const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
	const [ux, uy] = [(b.x - a.x) / length, (b.y - a.y) / length];
	const control = { x: (a.x + b.x) / 2 - uy * bend, y: (a.y + b.y) / 2 + ux * bend };
	const start = stopPoint(a, control, undefined, OUTLINE);
	let stop = stopPoint(b, control, directed ? label : undefined, OUTLINE);
	// Between two close nodes a label may leave no room: the arrow then reaches the border
	// and passes under the label (drawn above it, with its halo) rather than vanish.
	if (label && distance(start, stop) < shortest(width))
		stop = stopPoint(b, control, undefined, OUTLINE);
	// The direction of travel into the target is away from the control point.
	const into = { x: -stop.u.x, y: -stop.u.y };
	const back = directed ? arrowSize(width).length * 0.8 : 0;
	const end = { x: stop.x - into.x * back, y: stop.y - into.y * back };
	return {
		d: `M${f(start.x)},${f(start.y)}Q${f(control.x)},${f(control.y)} ${f(end.x)},${f(end.y)}`,
		...(directed ? { arrow: arrowPath(stop, into, width) } : {})
	};
}

export interface BandedLink {
	/** One straight stroke per type, side by side, together `width` wide. */
	bands: { key: string; d: string; width: number }[];
	/** Arrowheads: at the target when a relation runs source → target, at the source when one
	 * runs back. */
	arrows: { at: 'source' | 'target'; d: string }[];
	/** The centre line, for a wider transparent stroke that takes the clicks. */
	centre: string;
}

/**
 * A pair's single link: a straight line between the two nodes, `width` wide, split into
 * bands in proportion to `parts` (each type's count), the first on the left of the line seen
 * from `a`. Arrowheads at either end as `arrows` asks, tips on the borders, outside labels.
 */
export function bandedLink(
	a: ShapedNode,
	b: ShapedNode,
	options: {
		width: number;
		parts: { key: string; count: number }[];
		arrows: { source: boolean; target: boolean };
		labels?: { source?: Box; target?: Box };
	}
): BandedLink {
	const { width, parts, arrows, labels = {} } = options;
	let start = stopPoint(a, b, arrows.source ? labels.source : undefined, OUTLINE);
	let stop = stopPoint(b, a, arrows.target ? labels.target : undefined, OUTLINE);
	// As in curvedLink: labels between two close nodes give way rather than hide the link.
	if (distance(start, stop) < shortest(width)) {
		start = stopPoint(a, b, undefined, OUTLINE);
		stop = stopPoint(b, a, undefined, OUTLINE);
	}
	const u = { x: -stop.u.x, y: -stop.u.y };
	const n = { x: -u.y, y: u.x };
	const back = arrowSize(width).length * 0.8;
	const from = arrows.source ? { x: start.x + u.x * back, y: start.y + u.y * back } : start;
	const to = arrows.target ? { x: stop.x - u.x * back, y: stop.y - u.y * back } : stop;
	const total = parts.reduce((s, p) => s + p.count, 0) || 1;
	let offset = -width / 2;
	const bands = parts.map((p) => {
		const w = (width * p.count) / total;
		const o = offset + w / 2;
		offset += w;
		return {
			key: p.key,
			width: Math.round(w * 100) / 100,
			d: `M${f(from.x + n.x * o)},${f(from.y + n.y * o)}L${f(to.x + n.x * o)},${f(to.y + n.y * o)}`
		};
	});
	return {
		bands,
		arrows: [
			...(arrows.target ? [{ at: 'target' as const, d: arrowPath(stop, u, width) }] : []),
			...(arrows.source
				? [{ at: 'source' as const, d: arrowPath(start, { x: -u.x, y: -u.y }, width) }]
				: [])
		],
		centre: `M${f(start.x)},${f(start.y)}L${f(stop.x)},${f(stop.y)}`
	};
}
