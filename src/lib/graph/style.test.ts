import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RELATION_TYPES, type RelationType } from '../types';
import {
	ciede2000,
	colourDistance,
	hexToLinear,
	linearToLab,
	simulateVision,
	VISIONS
} from './colourVision';
import { RELATION_STYLE } from './style';

describe('CIEDE2000', () => {
	// Sharma, Wu & Dalal (2005), table 1: pairs 1, 7, 17 and 25 of their test data.
	it.each([
		[[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
		[[50, 0, 0], [50, -1, 2], 2.3669],
		[[50, 2.5, 0], [73, 25, -18], 27.1492],
		[[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644]
	] as const)('gives the published difference for %j and %j', (a, b, expected) => {
		expect(ciede2000([...a], [...b])).toBeCloseTo(expected, 4);
	});

	it('reads sRGB white and black as L* 100 and 0', () => {
		expect(linearToLab(hexToLinear('#ffffff'))[0]).toBeCloseTo(100, 2);
		expect(linearToLab(hexToLinear('#000'))[0]).toBeCloseTo(0, 2);
		expect(() => hexToLinear('red')).toThrow(/#rrggbb/);
	});

	it('makes red and green alike for a deuteranope, not for typical vision', () => {
		expect(colourDistance('#d62728', '#2ca02c')).toBeGreaterThan(40);
		expect(colourDistance('#d62728', '#2ca02c', 'deuteranopia')).toBeLessThan(
			colourDistance('#d62728', '#2ca02c') / 3
		);
		// Blue and yellow stay apart for a deuteranope; a tritanope loses that axis instead.
		expect(simulateVision(hexToLinear('#0000ff'), 'tritanopia')[2]).toBeLessThan(1);
	});
});

describe('relation colours', () => {
	// Any two types can meet in one picture (a pair holds links of several types, a legend
	// lists them all), so every pair of types is checked.
	const pairs = RELATION_TYPES.flatMap((a, i) =>
		RELATION_TYPES.slice(i + 1).map((b) => [a, b] as [RelationType, RelationType])
	);
	const closest = (vision: (typeof VISIONS)[number]) =>
		pairs
			.map(([a, b]) => ({
				a,
				b,
				d: colourDistance(RELATION_STYLE[a].colour, RELATION_STYLE[b].colour, vision)
			}))
			.sort((x, y) => x.d - y.d)[0];

	it('keeps every two types apart for typical vision (ΔE00 ≥ 13)', () => {
		expect(closest('normal')?.d).toBeGreaterThanOrEqual(13);
	});

	it.each(['protanopia', 'deuteranopia', 'tritanopia'] as const)(
		'keeps every two types apart under simulated %s (ΔE00 ≥ 6.5)',
		(vision) => {
			const pair = closest(vision);
			expect(pair?.d, `${pair?.a} and ${pair?.b}`).toBeGreaterThanOrEqual(6.5);
		}
	);

	const lab = (type: RelationType) => linearToLab(hexToLinear(RELATION_STYLE[type].colour));
	const hue = (type: RelationType) => {
		const [, a, b] = lab(type);
		return ((Math.atan2(b, a) * 180) / Math.PI + 360) % 360;
	};
	const ofQuad = (quad: string) => RELATION_TYPES.filter((t) => RELATION_STYLE[t].quad === quad);

	it('draws cooperation in blues and greens, conflict in yellows, oranges and reds', () => {
		for (const t of [...ofQuad('verbal-cooperation'), ...ofQuad('material-cooperation')])
			expect(hue(t), t).toSatisfy((h: number) => h >= 130 && h <= 295);
		for (const t of [...ofQuad('verbal-conflict'), ...ofQuad('material-conflict')])
			expect(hue(t), t).toSatisfy((h: number) => h <= 100 || h >= 340);
	});

	it('draws the verbal class lighter than the material one', () => {
		for (const tone of ['cooperation', 'conflict']) {
			const verbal = ofQuad(`verbal-${tone}`).map((t) => lab(t)[0]);
			const material = ofQuad(`material-${tone}`).map((t) => lab(t)[0]);
			expect(verbal.length && material.length).toBeTruthy();
			expect(Math.min(...verbal), tone).toBeGreaterThan(Math.max(...material));
		}
	});

	it('stands every type apart from the picture’s background, light and dark (ΔE00 ≥ 10)', () => {
		// The network's background is --panel, in src/app.css's light and dark themes (the dark
		// one written twice: for the reader's setting and for an embed's ?theme=dark).
		const css = readFileSync(new URL('../../app.css', import.meta.url), 'utf8');
		const panels = [
			...new Set([...css.matchAll(/--panel:\s*(#[0-9a-f]{6})/gi)].map((m) => m[1] ?? ''))
		];
		expect(panels).toHaveLength(2);
		for (const panel of panels)
			for (const vision of VISIONS)
				for (const type of RELATION_TYPES)
					expect(
						colourDistance(RELATION_STYLE[type].colour, panel, vision),
						`${type} on ${panel}, ${vision}`
					).toBeGreaterThanOrEqual(10);
	});
});
