import { describe, expect, it } from 'vitest';
import { LABEL_SIDES, labelPlacement, placeLabels, visibleLabels } from './labels';

const node = (id: string, x: number, y: number, weight = 1, r = 8) => ({
	id,
	name: id,
	x,
	y,
	r,
	weight
});

describe('network labels', () => {
	it('draw every label that has room', () => {
		expect([...visibleLabels([node('Russia', 0, 0), node('China', 300, 0)])].sort()).toEqual([
			'China',
			'Russia'
		]);
	});

	it('hide the less important of two overlapping labels, never both', () => {
		const shown = visibleLabels([
			node('Yuri Ushakov', 0, 0, 1),
			node('Alexander Gabuev', 40, 10, 3)
		]);
		expect([...shown]).toEqual(['Alexander Gabuev']);
	});

	it('never draw a label across another node', () => {
		const shown = visibleLabels([node('Hungary', 0, 0, 1), node('Xi', 0, 26, 5, 6)]);
		expect(shown.has('Hungary')).toBe(false);
		expect(shown.has('Xi')).toBe(true);
	});

	it('choose the same labels whatever the order of the nodes', () => {
		const nodes = [
			node('a', 0, 0, 2),
			node('b', 10, 5, 2),
			node('c', 20, 10, 2),
			node('d', 400, 0)
		];
		expect([...visibleLabels(nodes)].sort()).toEqual(
			[...visibleLabels([...nodes].reverse())].sort()
		);
	});
});

describe('label places', () => {
	const overlap = (a: { x0: number; x1: number; y0: number; y1: number }, b: typeof a) =>
		a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

	it('move a label above or beside its node when below is taken, instead of hiding it', () => {
		// Vladimir Putin's label below would touch a small country just left of it.
		const nodes = [node('Vladimir Putin', 100, 100, 9, 12), node('France', 40, 128, 1, 8)];
		expect([...visibleLabels(nodes, 13, 14)]).not.toContain('Vladimir Putin');
		const placed = placeLabels(nodes, 13, 14, LABEL_SIDES);
		expect(placed.get('Vladimir Putin')?.side).toBe('above');
		const boxes = [...placed.values()].map((p) => p.box);
		for (let i = 0; i < boxes.length; i++)
			for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!)).toBe(false);
	});

	it('place each side clear of the node, anchored towards it', () => {
		const n = node('Serbia', 0, 0, 1, 10);
		for (const side of LABEL_SIDES) {
			const p = labelPlacement(n, 13, 14, side);
			// The box reaches past the glyphs by the halo: it may touch the border, not the shape.
			expect(overlap(p.box, { x0: -9.5, x1: 9.5, y0: -9.5, y1: 9.5 }), side).toBe(false);
		}
		expect(labelPlacement(n, 13, 14, 'right').anchor).toBe('start');
		expect(labelPlacement(n, 13, 14, 'left').anchor).toBe('end');
		expect(labelPlacement(n, 13, 14, 'above').box.y1).toBeLessThanOrEqual(-10);
	});

	it('still hide a label with no room on any side', () => {
		const crowd = [
			node('Hungary', 0, 0, 1, 8),
			node('A', 0, 22, 5, 8),
			node('B', 0, -22, 5, 8),
			node('C', 30, 0, 5, 8),
			node('D', -30, 0, 5, 8)
		];
		expect(placeLabels(crowd, 13, 14, LABEL_SIDES).has('Hungary')).toBe(false);
	});

	it('keep a label off its node’s own links while another side is free', () => {
		const nodes = [node('Xi Jinping', 100, 60, 9, 12), node('Vladimir Putin', 100, 140, 8, 12)];
		// Without links Xi's label goes below him, across the line to Putin.
		expect(placeLabels(nodes, 13, 14, LABEL_SIDES).get('Xi Jinping')?.side).toBe('below');
		const links = [{ source: 'Xi Jinping', target: 'Vladimir Putin' }];
		const placed = placeLabels(nodes, 13, 14, LABEL_SIDES, links);
		expect(placed.get('Xi Jinping')?.side).toBe('above');
		expect(placed.get('Vladimir Putin')?.side).toBe('below');
	});

	it('keep labels inside the picture', () => {
		const bounds = { x0: 0, y0: 0, x1: 300, y1: 200 };
		const nodes = [node('Belt and Road Initiative', 280, 100, 1, 8)];
		expect(placeLabels(nodes, 13, 14, LABEL_SIDES).get('Belt and Road Initiative')?.side).toBe(
			'below'
		);
		const placed = placeLabels(nodes, 13, 14, LABEL_SIDES, [], bounds);
		expect(placed.get('Belt and Road Initiative')?.side).toBe('left');
		// Nowhere to go: hidden.
		expect(placeLabels(nodes, 13, 14, LABEL_SIDES, [], { ...bounds, x1: 150 }).size).toBe(0);
	});
});
