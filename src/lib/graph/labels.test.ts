import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	LABEL_SIDES,
	labelPlacement,
	labelPriority,
	placeLabels,
	visibleLabels,
	type Box
} from './labels';

const OPTIONS = { fontSize: 13, gap: 14, sides: LABEL_SIDES };

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
		const below = labelPlacement(nodes[0]!, 13, 14, 'below').box;
		expect(overlap(below, { x0: 32, x1: 48, y0: 120, y1: 136 })).toBe(true);
		const placed = placeLabels(nodes, OPTIONS);
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
		expect(placeLabels(crowd, OPTIONS).has('Hungary')).toBe(false);
	});

	it('keep a label off its node’s own links while another side is free', () => {
		const nodes = [node('Xi Jinping', 100, 60, 9, 12), node('Vladimir Putin', 100, 140, 8, 12)];
		// Without links Xi's label goes below him, across the line to Putin.
		expect(placeLabels(nodes, OPTIONS).get('Xi Jinping')?.side).toBe('below');
		const links = [{ source: 'Xi Jinping', target: 'Vladimir Putin' }];
		const placed = placeLabels(nodes, { ...OPTIONS, links });
		expect(placed.get('Xi Jinping')?.side).toBe('above');
		expect(placed.get('Vladimir Putin')?.side).toBe('below');
	});

	it('keep labels inside the picture', () => {
		const bounds = { x0: 0, y0: 0, x1: 300, y1: 200 };
		const nodes = [node('Belt and Road Initiative', 280, 100, 1, 8)];
		expect(placeLabels(nodes, OPTIONS).get('Belt and Road Initiative')?.side).toBe('below');
		const placed = placeLabels(nodes, { ...OPTIONS, bounds });
		expect(placed.get('Belt and Road Initiative')?.side).toBe('left');
		// Nowhere to go: hidden.
		expect(placeLabels(nodes, { ...OPTIONS, bounds: { ...bounds, x1: 150 } }).size).toBe(0);
	});
});

describe('label places, for any picture', () => {
	const overlap = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
	const picture = fc
		.uniqueArray(
			fc.record({
				id: fc.string({ minLength: 1, maxLength: 6 }),
				name: fc.string({ minLength: 1, maxLength: 30 }),
				x: fc.integer({ min: 0, max: 600 }),
				y: fc.integer({ min: 0, max: 400 }),
				r: fc.integer({ min: 4, max: 28 }),
				weight: fc.integer({ min: 0, max: 20 })
			}),
			{ selector: (n) => n.id, maxLength: 40 }
		)
		.chain((nodes) =>
			fc.record({
				nodes: fc.constant(nodes),
				fontSize: fc.double({ min: 4, max: 30, noNaN: true }),
				gap: fc.double({ min: 0, max: 20, noNaN: true }),
				sides: fc.shuffledSubarray([...LABEL_SIDES], { minLength: 1 }),
				bounds: fc.option(
					fc.record({
						x0: fc.integer({ min: -100, max: 200 }),
						y0: fc.integer({ min: -100, max: 200 }),
						x1: fc.integer({ min: 250, max: 800 }),
						y1: fc.integer({ min: 250, max: 600 })
					}),
					{ nil: undefined }
				),
				first: fc.subarray(nodes.map((n) => n.id)).map((ids) => new Set(ids))
			})
		);

	it('never overlap one another, stay in view and never cover a more important node', () => {
		fc.assert(
			fc.property(picture, ({ nodes, bounds, ...options }) => {
				const placed = placeLabels(nodes, { ...options, ...(bounds ? { bounds } : {}) });
				const rank = new Map(labelPriority(nodes, options.first).map((n, i) => [n.id, i]));
				const labels = [...placed];
				for (let i = 0; i < labels.length; i++)
					for (let j = i + 1; j < labels.length; j++)
						expect(overlap(labels[i]![1].box, labels[j]![1].box)).toBe(false);
				for (const [id, { box }] of labels) {
					if (bounds) {
						expect(box.x0).toBeGreaterThanOrEqual(bounds.x0);
						expect(box.x1).toBeLessThanOrEqual(bounds.x1);
						expect(box.y0).toBeGreaterThanOrEqual(bounds.y0);
						expect(box.y1).toBeLessThanOrEqual(bounds.y1);
					}
					for (const n of nodes) {
						if ((rank.get(n.id) ?? 0) >= (rank.get(id) ?? 0)) continue;
						const disc = { x0: n.x - n.r, x1: n.x + n.r, y0: n.y - n.r, y1: n.y + n.r };
						expect(overlap(box, disc)).toBe(false);
					}
				}
			})
		);
	});

	it('always name the most important actor when its label fits in view', () => {
		fc.assert(
			fc.property(picture, ({ nodes, bounds, ...options }) => {
				const [top] = labelPriority(nodes, options.first);
				fc.pre(!!top);
				// With no bounds, or bounds holding the node and room for its label above or below.
				const view = bounds ?? { x0: -1e6, y0: -1e6, x1: 1e6, y1: 1e6 };
				const fits = (['below', 'above'] as const).some((side) => {
					const { box } = labelPlacement(top!, options.fontSize, options.gap, side);
					return (
						options.sides.includes(side) &&
						box.x1 - box.x0 <= view.x1 - view.x0 &&
						top!.x >= view.x0 &&
						top!.x <= view.x1 &&
						box.y0 >= view.y0 &&
						box.y1 <= view.y1
					);
				});
				fc.pre(fits);
				expect(placeLabels(nodes, { ...options, bounds: view }).has(top!.id)).toBe(true);
			})
		);
	});

	it('name the same actors in the same places whatever the order of the nodes', () => {
		fc.assert(
			fc.property(picture, ({ nodes, bounds, ...options }) => {
				const all = { ...options, ...(bounds ? { bounds } : {}) };
				const sorted = (m: Map<string, unknown>) => [...m].sort(([a], [b]) => (a < b ? -1 : 1));
				expect(sorted(placeLabels([...nodes].reverse(), all))).toEqual(
					sorted(placeLabels(nodes, all))
				);
			})
		);
	});
});
