import { describe, expect, it } from 'vitest';
import { wrap, wrapClamped } from './wrap';

describe('wrap', () => {
	it('breaks between words within the width', () => {
		// 12 px text, 0.55 em per glyph: 20 characters in 132 px.
		expect(wrap('Poutine attendu à Pékin pour le forum', 132, 12)).toEqual([
			'Poutine attendu à',
			'Pékin pour le forum'
		]);
	});

	it('keeps to the lines allowed and says that text was left out', () => {
		const lines = wrapClamped(
			'Poutine attendu à Pékin pour le forum des Nouvelles routes',
			132,
			12,
			2
		);
		expect(lines).toEqual(['Poutine attendu à', 'Pékin pour le forum…']);
		for (const line of lines) expect(line.length).toBeLessThanOrEqual(20);
		expect(wrapClamped('Court', 132, 12, 2)).toEqual(['Court']);
	});
});
