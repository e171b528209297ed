import { describe, expect, it } from 'vitest';
import { visibleLabels } from './labels';

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
