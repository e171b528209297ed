// The network's and the charts' pictures as a reader downloads them (#15 §3), and the pages as
// they print (#15 §4): the picture with its title, legend and source line, at 800, 1600 and
// 2400 px; a bad parameter refused in a sentence naming it; hostile text shown as text; the
// share panel offering them in both languages; and, printed, the figure, its source line and
// the evidence of the selection without the filter form or the navigation.
import path from 'node:path';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, watchErrors, type TestApp } from './server';

let app: TestApp;
beforeAll(async () => {
	app = await startApp([path.resolve('tests/fixtures/hostile/hostile-article.md')]);
});
afterAll(async () => {
	await app?.stop();
});

const pngWidth = async (response: Response) =>
	new DataView(await response.arrayBuffer()).getUint32(16);

/** Where screenshots of what the tests saw are left for a person to look at. */
const SHOTS = process.env.ENTENTE_SHOTS ?? tmpdir();

describe('the network as a picture', () => {
	it('comes as SVG with its title, legend and source line, hostile text as text', async () => {
		const response = await fetch(`${app.url}/api/graph.svg?country=CHN`);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
		const svg = await response.text();
		expect(svg).not.toMatch(/currentColor|var\(--|<style/);
		const page = await app.browser.newPage();
		const read = await page.evaluate((markup) => {
			const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
			return {
				error: doc.querySelector('parsererror')?.textContent ?? '',
				scripts: doc.querySelectorAll('script, img, foreignObject, [onerror]').length,
				text: doc.documentElement.textContent ?? '',
				nodes: doc.querySelectorAll('[data-node]').length
			};
		}, svg);
		expect(read.error).toBe('');
		expect(read.scripts).toBe(0);
		expect(read.nodes).toBeGreaterThan(3);
		expect(read.text).toMatch(/^Vladimir Putin and Xi Jinping: \d+ of the \d+ relations/);
		expect(read.text).toContain('meeting');
		expect(read.text).toContain('country');
		expect(read.text).toContain('Extraction and chart: Entente.');
		// The hostile article's title and outlet, cited in the source line, are text (the line
		// may wrap anywhere in them).
		expect(read.text).toContain('“<script>window.__pwned =');
		expect(read.text).toContain('<b onmouseover=alert(1)>source</b>');
		// Opened by itself, the picture runs nothing.
		await page.goto(`${app.url}/api/graph.svg?country=CHN`);
		expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
		await page.close();
	});

	it('comes as PNG 800, 1600 and 2400 px wide, in French with ?lang=fr', async () => {
		for (const [scale, width] of [
			['', 800],
			['&scale=2', 1600],
			['&scale=3', 2400]
		] as const) {
			const response = await fetch(`${app.url}/api/graph.png?lang=fr${scale}`);
			expect(response.status).toBe(200);
			expect(response.headers.get('content-type')).toBe('image/png');
			expect(response.headers.get('content-disposition')).toContain(
				`entente-network-fr${scale ? `@${width / 800}x` : ''}.png`
			);
			expect(await pngWidth(response)).toBe(width);
		}
		const french = await (await fetch(`${app.url}/api/graph.svg?lang=fr&links=types`)).text();
		expect(french).toContain('Vladimir Poutine et Xi Jinping');
		expect(french).toContain('Source : ');
		expect(french).toContain('>rencontre<');
	});

	it('refuses a bad parameter with a 400 naming it, never a stack trace', async () => {
		for (const [query, named] of [
			['scale=4', 'scale parameter'],
			['scale=2x', 'scale parameter'],
			['top=0', '(top)'],
			['links=curves', 'links=types'],
			['lang=de', 'lang parameter'],
			['country=XXX', 'Unknown country code']
		] as const) {
			for (const format of ['svg', 'png']) {
				const response = await fetch(`${app.url}/api/graph.${format}?${query}`);
				expect(response.status, query).toBe(400);
				expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
				const text = await response.text();
				expect(text, query).toContain(named);
				expect(text, query).not.toMatch(/\bat .+:\d+:\d+|Error:/);
			}
		}
		const chart = await fetch(`${app.url}/api/charts/timeline.png?scale=9`);
		expect(chart.status).toBe(400);
		expect(await chart.text()).toContain('scale parameter must be 1, 2 or 3');
		expect(await pngWidth(await fetch(`${app.url}/api/charts/timeline.png?scale=3`))).toBe(2400);
	});

	it('honours the page’s ?select=: the selected actor ringed, with the partners the page adds', async () => {
		const nodes = (svg: string) => [...svg.matchAll(/data-node="([^"]+)"/g)].map((m) => m[1]);
		const plain = await (await fetch(`${app.url}/api/graph.svg?top=3`)).text();
		expect(nodes(plain)).not.toContain('SRB');
		expect(plain).not.toContain('data-selected');
		const selected = await (await fetch(`${app.url}/api/graph.svg?top=3&select=SRB`)).text();
		expect(nodes(selected)).toContain('SRB');
		expect(selected).toMatch(
			/data-node="SRB" data-selected="true"|data-selected="true"[^>]*data-node="SRB"/
		);
		expect(selected).toMatch(/data-label="SRB"/);
		const png = await fetch(`${app.url}/api/graph.png?top=3&select=SRB`);
		expect(png.status).toBe(200);
		const unknown = await fetch(
			`${app.url}/api/graph.svg?select=${encodeURIComponent('nobody<b>')}`
		);
		expect(unknown.status).toBe(400);
		expect(unknown.headers.get('content-type')).toBe('text/plain; charset=utf-8');
		expect(await unknown.text()).toMatch(/^select: there is no actor "nobody<b>"/);
		// The share panel's pictures carry the selection; the data files stay the whole network.
		const page = await app.browser.newPage();
		await page.goto(`${app.url}/network?top=3&select=SRB`);
		const panel = page.locator('[data-testid="share-panel"]');
		expect(await panel.locator('a', { hasText: /^SVG$/ }).getAttribute('href')).toBe(
			`${app.url}/api/graph.svg?top=3&select=SRB`
		);
		expect(await panel.locator('a', { hasText: 'GEXF' }).getAttribute('href')).not.toContain(
			'select'
		);
		await page.close();
	});

	it('is offered in the network page’s share panel, in English and in French', async () => {
		const page = await app.browser.newPage();
		for (const [lang, png] of [
			['en', 'PNG 1600 px'],
			['fr', 'PNG 1600\u00a0px']
		] as const) {
			await page.goto(`${app.url}/network?country=RUS&top=10&lang=${lang}`);
			const panel = page.locator('[data-testid="share-panel"]');
			const svg = await panel.locator('a', { hasText: /^SVG$/ }).getAttribute('href');
			expect(svg).toBe(
				`${app.url}/api/graph.svg?country=RUS${lang === 'fr' ? '&lang=fr' : ''}&top=10`
			);
			const href = await panel.locator('a', { hasText: png }).getAttribute('href');
			expect(href).toContain('/api/graph.png?country=RUS');
			expect(href).toContain('scale=2');
			const response = await fetch(href ?? '');
			expect(await pngWidth(response)).toBe(1600);
		}
		await page.close();
	});
});

/** What the printed page shows: whether each part is rendered, and the figure's width. */
async function printed(page: Page) {
	await page.emulateMedia({ media: 'print' });
	const shown = (selector: string) =>
		page.evaluate((s) => {
			const el = document.querySelector(s);
			return !!el && getComputedStyle(el).display !== 'none' && el.getClientRects().length > 0;
		}, selector);
	const result = {
		form: await shown('form[data-testid="filters"]'),
		nav: await shown('.site-header nav'),
		share: await shown('[data-testid="share-panel"]')
	};
	return { ...result, shown };
}

describe('printing', () => {
	it('/network prints the figure at the page’s width, its source line and the selection’s evidence, not the filter form', async () => {
		const page = await app.browser.newPage({ viewport: { width: 1440, height: 900 } });
		const errors = watchErrors(page);
		await page.goto(`${app.url}/network?select=vladimir-putin`);
		await page.waitForLoadState('networkidle');
		expect(await page.locator('form[data-testid="filters"]').isVisible()).toBe(true);
		const { form, nav, share, shown } = await printed(page);
		expect({ form, nav, share }).toEqual({ form: false, nav: false, share: false });
		expect(await shown('[data-testid="network-svg"]')).toBe(true);
		expect(await shown('[data-testid="network-source"]')).toBe(true);
		expect(await shown('[data-testid="node-panel"]')).toBe(true);
		expect(await page.locator('[data-testid="network-source"]').textContent()).toMatch(
			/^Source: .*Extraction and chart: Entente\.$/
		);
		// The figure takes the page's width (the evidence follows it, not beside it).
		const widths = await page.evaluate(() => ({
			figure: document.querySelector('[data-testid="network-svg"]')?.getBoundingClientRect().width,
			main: document.querySelector('main')?.getBoundingClientRect().width
		}));
		expect(widths.figure).toBeGreaterThan((widths.main ?? 0) * 0.95);
		await writeFile(
			path.join(SHOTS, 'print-network.png'),
			await page.screenshot({ fullPage: true })
		);
		const pdf = await page.pdf({ format: 'A4' });
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		expect(errors).toEqual([]);
		await page.close();
	});

	it('/charts/meetings prints its chart and source line with the selected mark’s sentences, no filter form or tabs', async () => {
		const page = await app.browser.newPage({ viewport: { width: 1440, height: 900 } });
		const errors = watchErrors(page);
		await page.goto(
			`${app.url}/charts/meetings?lang=fr&select=${encodeURIComponent('leaders:vladimir-putin|xi-jinping')}`
		);
		await page.waitForLoadState('networkidle');
		await page.locator('[data-testid="chart-evidence"] blockquote').first().waitFor();
		const { form, nav, share, shown } = await printed(page);
		expect({ form, nav, share }).toEqual({ form: false, nav: false, share: false });
		expect(await shown('nav.tabs')).toBe(false);
		// The figure drawn for the page's width, not the screen's (#15 §4).
		expect(await shown('[data-testid="chart-meetings"] .live-host svg.plot')).toBe(false);
		expect(await shown('[data-testid="chart-meetings"] .print-figure svg.plot')).toBe(true);
		expect(await shown('[data-testid="chart-meetings"] .source')).toBe(true);
		expect(await shown('[data-testid="chart-evidence"] blockquote')).toBe(true);
		expect(await page.locator('[data-testid="chart-meetings"] .source').textContent()).toMatch(
			/^Source : /
		);
		await writeFile(
			path.join(SHOTS, 'print-meetings-fr.png'),
			await page.screenshot({ fullPage: true })
		);
		expect(errors).toEqual([]);
		await page.close();
	});
});
