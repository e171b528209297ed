// `?width=` on embeds: the frame's measured width, drawn in 10 px steps within 280–1600 px.
import { describe, expect, it } from 'vitest';
import { networkHeight, parseEmbedWidth } from '../../src/lib/embed/embedSize';

describe('embed width', () => {
	it('draws at the width asked for, in 10 px steps, clamped to 280–1600 px', () => {
		expect(parseEmbedWidth(null)).toEqual({ width: 640 });
		expect(parseEmbedWidth('296')).toEqual({ width: 300 });
		expect(parseEmbedWidth('1416')).toEqual({ width: 1420 });
		expect(parseEmbedWidth('100')).toEqual({ width: 280 });
		expect(parseEmbedWidth('99999')).toEqual({ width: 1600 });
	});

	it('says what a width must be, and draws the default', () => {
		for (const raw of ['wide', '-300', '12.5', '1e3'])
			expect(parseEmbedWidth(raw)).toEqual({
				width: 640,
				problem: expect.stringContaining('whole number of pixels') as string
			});
	});

	it('keeps the network tall enough on a phone and within a screen on a desktop', () => {
		expect(networkHeight(300)).toBe(420);
		expect(networkHeight(960)).toBe(640);
		expect(networkHeight(1600)).toBe(720);
	});
});
