import { describe, expect, it } from 'vitest';
import { labelBox } from './labels';
import {
	bandedLink,
	borderDistance,
	boxExit,
	curvedLink,
	OUTLINE,
	stopPoint,
	type ShapedNode
} from './linkGeometry';

const node = (x: number, y: number, type: ShapedNode['type'] = 'country', r = 10): ShapedNode => ({
	x,
	y,
	r,
	type
});
/** The numbers of a path, in order. */
const numbers = (d: string) => (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);

describe('where links stop', () => {
	it('finds the border of each shape, not a bounding circle', () => {
		expect(borderDistance('country', 10, 1, 0)).toBeCloseTo(10);
		// A person's square: 0.85 r to a side, 0.85 √2 r to a corner.
		expect(borderDistance('person', 10, 1, 0)).toBeCloseTo(8.5);
		expect(borderDistance('person', 10, Math.SQRT1_2, Math.SQRT1_2)).toBeCloseTo(8.5 * Math.SQRT2);
		// A project's diamond reaches 1.1 r at its corners.
		expect(borderDistance('project', 10, 0, 1)).toBeCloseTo(11);
		// A group's triangle: its base is 0.8 r below the centre.
		expect(borderDistance('group', 10, 0, 1)).toBeCloseTo(8);
	});

	it('measures where a ray leaves a box, and 0 when it misses', () => {
		const box = { x0: -5, x1: 5, y0: 10, y1: 20 };
		expect(boxExit(0, 0, 0, 1, box)).toBeCloseTo(20);
		expect(boxExit(0, 0, 0, -1, box)).toBe(0);
		expect(boxExit(0, 0, 1, 0, box)).toBe(0);
	});

	it('puts an arrow’s tip on the target’s border', () => {
		const link = curvedLink(node(0, 0), node(100, 0, 'person'), { width: 2, directed: true });
		const [tipX, tipY] = numbers(link.arrow ?? '');
		expect(tipX).toBeCloseTo(100 - 8.5 - OUTLINE, 0);
		expect(tipY).toBeCloseTo(0, 1);
		// The line stops inside the arrowhead, short of the tip.
		const end = numbers(link.d).slice(-2);
		expect(end[0]).toBeLessThan(tipX ?? 0);
	});

	it('stops an arrow arriving from below outside the target’s label, never across it', () => {
		const target = { ...node(0, 0), name: 'Hungary' };
		const label = labelBox(target, 14, 15);
		const link = curvedLink(node(0, 200), target, { width: 2, directed: true, label });
		const [, tipY] = numbers(link.arrow ?? '');
		expect(tipY).toBeGreaterThanOrEqual(label.y1);
		// Without a label in the way it reaches the border.
		const bare = curvedLink(node(0, 200), target, { width: 2, directed: true });
		expect(numbers(bare.arrow ?? '')[1]).toBeCloseTo(10 + OUTLINE, 0);
		// From above, the label is behind the node: the tip is at the border.
		const above = stopPoint(target, { x: 0, y: -200 }, label, OUTLINE);
		expect(above.y).toBeCloseTo(-10 - OUTLINE);
	});

	it('splits a pair’s link into one band per type, as wide together as the link', () => {
		const link = bandedLink(node(0, 0), node(100, 0), {
			width: 8,
			parts: [
				{ key: 'meeting', count: 3 },
				{ key: 'talks', count: 1 }
			],
			arrows: { source: false, target: true }
		});
		expect(link.bands.map((b) => b.width)).toEqual([6, 2]);
		const ys = link.bands.map((b) => numbers(b.d)[1] ?? 0);
		// Side by side, 4 apart (half of each band), centred on the line.
		expect(Math.abs((ys[0] ?? 0) - (ys[1] ?? 0))).toBeCloseTo(4, 1);
		expect(link.arrows.map((a) => a.at)).toEqual(['target']);
		expect(numbers(link.arrows[0]?.d ?? '')[0]).toBeCloseTo(100 - 10 - OUTLINE, 0);
	});

	it('lets a label between two close nodes give way rather than hide their link', () => {
		const [a, b] = [node(0, 0), node(0, 60)];
		// b's label above it, in the way of a link from a.
		const label = { x0: -30, x1: 30, y0: 20, y1: 48 };
		const link = bandedLink(a, b, {
			width: 6,
			parts: [{ key: 'meeting', count: 1 }],
			arrows: { source: false, target: true },
			labels: { target: label }
		});
		expect(numbers(link.arrows[0]?.d ?? '')[1]).toBeCloseTo(60 - 10 - OUTLINE, 0);
		const curve = curvedLink(a, b, { width: 6, directed: true, label });
		expect(numbers(curve.arrow ?? '')[1]).toBeCloseTo(60 - 10 - OUTLINE, 0);
	});
});
