import { describe, expect, it } from 'vitest';
import { textWidth, wrapToWidth } from './textWidth';

describe('textWidth', () => {
	it('measures with the font’s own widths: Arial’s for Liberation Sans, wider for DejaVu', () => {
		// Arial's advance widths: "m" 833, "i" 222 thousandths of an em.
		expect(textWidth('m', 10, 'liberation')).toBeCloseTo(8.33);
		expect(textWidth('i', 10, 'liberation')).toBeCloseTo(2.22);
		const title = '6 of them between Vladimir Putin – Xi Jinping';
		expect(textWidth(title, 18, 'dejavu', true)).toBeGreaterThan(
			textWidth(title, 18, 'liberation', true) * 1.1
		);
		expect(textWidth(title, 18, 'liberation', true)).toBeGreaterThan(
			textWidth(title, 18, 'liberation')
		);
	});

	it('takes a character the tables lack as a full em', () => {
		expect(textWidth('中国', 12, 'liberation')).toBe(24);
	});
});

describe('wrapToWidth', () => {
	it('keeps every line within the width as the font measures it', () => {
		const title =
			'16 dated events, February 2022 to May 2024; 6 of them between Vladimir Putin – Xi Jinping';
		for (const metrics of ['liberation', 'dejavu'] as const) {
			const lines = wrapToWidth(title, 400, 18, metrics, true);
			expect(lines.join(' ')).toBe(title);
			for (const line of lines)
				expect(textWidth(line, 18, metrics, true), line).toBeLessThanOrEqual(400);
		}
		expect(wrapToWidth(title, 400, 18, 'dejavu', true).length).toBeGreaterThanOrEqual(
			wrapToWidth(title, 400, 18, 'liberation', true).length
		);
	});

	it('cuts a word longer than the line', () => {
		const lines = wrapToWidth('a'.repeat(50), 100, 10, 'liberation');
		expect(lines.join('')).toBe('a'.repeat(50));
		for (const line of lines) expect(textWidth(line, 10, 'liberation')).toBeLessThanOrEqual(100);
	});
});
