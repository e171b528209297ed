// `?width=` on embeds: the frame's measured width, drawn in 10 px steps within 280–1600 px;
// `?theme=`: light unless dark or the reader's setting is asked for.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { networkHeight, parseEmbedWidth } from '../../src/lib/embed/embedSize';
import { parseEmbedTheme } from '../../src/lib/embed/embedTheme';

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

describe('embed theme', () => {
	it('gives ?theme=dark the colours the site uses for a reader in dark mode', () => {
		const css = readFileSync(new URL('../../src/app.css', import.meta.url), 'utf8');
		const variables = (block: string | undefined) =>
			[...(block ?? '').matchAll(/(--[a-z]+):\s*([^;]+);/g)].map((m) => `${m[1]}: ${m[2]}`);
		const readerDark = /prefers-color-scheme: dark\)\s*\{[^{]*\{([^}]*)\}/.exec(css)?.[1];
		const embedDark = /:root\[data-theme='dark'\]\s*\{([^}]*)\}/.exec(css)?.[1];
		expect(variables(readerDark).length).toBeGreaterThan(5);
		expect(variables(embedDark)).toEqual(variables(readerDark));
	});

	it('is light unless asked, and names the parameter when it is not a theme', () => {
		expect(parseEmbedTheme(null)).toEqual({ theme: 'light' });
		expect(parseEmbedTheme('dark')).toEqual({ theme: 'dark' });
		expect(parseEmbedTheme('auto')).toEqual({ theme: 'auto' });
		expect(parseEmbedTheme('Dark')).toEqual({
			theme: 'light',
			problem: 'The theme parameter must be light, dark or auto, not "Dark": shown in light.'
		});
	});
});
