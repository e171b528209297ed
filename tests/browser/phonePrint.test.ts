// Phones and print (#15 §4): on a 390 px phone the first screen shows the figure, the filter
// form folded behind "Edit filters" beside the summary, the evidence right after the figure and
// chart text at 11 px or more, with or without scripts; at 1440 px the form stays open. Printed,
// /charts/meetings is one A4 page without the form, its chart drawn for the page's width with
// text of 8 pt or more. Screenshots at 390 and 1440 px, light and dark, go to ENTENTE_SHOTS.
import path from 'node:path';
import { tmpdir } from 'node:os';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, watchErrors, type TestApp } from './server';

let app: TestApp;
beforeAll(async () => {
	app = await startApp();
});
afterAll(async () => {
	await app?.stop();
});

const SHOTS = process.env.ENTENTE_SHOTS ?? tmpdir();
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };
const SELECTED = `select=${encodeURIComponent('leaders:vladimir-putin|xi-jinping')}`;

/** The smallest text of the chart's visible figure, in px on screen (its font size times the
 * figure's scale), and where the figure sits. */
function chartText(page: Page) {
	return page.evaluate(() => {
		const svg = [
			...document.querySelectorAll<SVGSVGElement>('.plot-frame svg.plot, .print-figure svg.plot')
		].find((s) => s.getClientRects().length > 0);
		if (!svg) return undefined;
		const sizes = [...svg.querySelectorAll('text')]
			.filter((t) => t.getClientRects().length > 0 && t.textContent?.trim())
			.map((t) => {
				const m = t.getScreenCTM();
				return parseFloat(getComputedStyle(t).fontSize) * (m ? Math.hypot(m.a, m.b) : 1);
			});
		const box = svg.getBoundingClientRect();
		return {
			smallest: Math.min(...sizes),
			texts: sizes.length,
			top: box.top,
			width: box.width,
			drawnWidth: Number(svg.getAttribute('width')),
			print: !!svg.closest('.print-figure')
		};
	});
}

describe('on a 390 px phone', () => {
	it('the first screen shows the chart, its filters folded behind "Edit filters"', async () => {
		const page = await app.browser.newPage({ viewport: PHONE });
		const errors = watchErrors(page);
		await page.goto(`${app.url}/charts/meetings?country=CHN`);
		await page.locator('.plot-frame.live svg.plot').waitFor();
		const form = page.locator('form[data-testid="filters"]');
		expect(await form.isVisible()).toBe(false);
		const summary = await page.locator('[data-testid="filter-summary"]').boundingBox();
		expect(await page.locator('[data-testid="filter-summary"]').innerText()).toMatch(/China/);
		const text = await chartText(page);
		expect(text?.texts).toBeGreaterThan(4);
		expect(text?.smallest).toBeGreaterThanOrEqual(11);
		expect(text?.top).toBeGreaterThan(summary?.y ?? 0);
		expect(text?.top).toBeLessThan(PHONE.height - 100);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			390
		);
		await page.screenshot({ path: path.join(SHOTS, 'phone-meetings-light.png') });
		// The control opens the form under the summary and moves the focus into it.
		const edit = page.getByRole('button', { name: 'Edit filters' });
		expect(await edit.getAttribute('aria-expanded')).toBe('false');
		await edit.click();
		expect(await form.isVisible()).toBe(true);
		const formBox = await form.boundingBox();
		expect(formBox?.y ?? 0).toBeGreaterThan(summary?.y ?? 1000);
		expect(await page.evaluate(() => !!document.activeElement?.closest('form.filters'))).toBe(true);
		await page.getByRole('button', { name: 'Hide filters' }).click();
		expect(await form.isVisible()).toBe(false);
		// Removing a filter shows the figure again with the form folded.
		await edit.click();
		await page.locator('[data-testid="filter-summary"] li a').first().click();
		await page.waitForURL((url) => !url.search.includes('country'));
		expect(await form.isVisible()).toBe(false);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('every chart’s text is 11 px or more, and the relations matrix’s labels too', async () => {
		const page = await app.browser.newPage({ viewport: PHONE });
		for (const id of ['meetings', 'timeline', 'dependence', 'relations', 'mentions']) {
			await page.goto(`${app.url}/charts/${id}`);
			await page.locator('.plot-frame.live svg.plot').waitFor();
			const text = await chartText(page);
			expect(text?.smallest, id).toBeGreaterThanOrEqual(11);
			expect(text?.top, id).toBeLessThan(PHONE.height);
		}
		await page.close();
	});

	it('without scripts, the server’s figure drawn for a phone and a link that opens the form', async () => {
		const context = await app.browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
		const page = await context.newPage();
		for (const id of ['meetings', 'relations']) {
			await page.goto(`${app.url}/charts/${id}`);
			const text = await chartText(page);
			expect(text?.smallest, id).toBeGreaterThanOrEqual(11);
			expect(text?.width, id).toBeLessThanOrEqual(390);
			expect(text?.top, id).toBeLessThan(PHONE.height);
		}
		await page.goto(`${app.url}/`);
		const dashboard = await chartText(page);
		expect(dashboard?.smallest).toBeGreaterThanOrEqual(11);
		const form = page.locator('form[data-testid="filters"]');
		expect(await form.isVisible()).toBe(false);
		await page.getByRole('link', { name: 'Edit filters' }).click();
		expect(await form.isVisible()).toBe(true);
		await context.close();
	});

	it('the network’s first screen shows the picture, and the selection’s panel follows it', async () => {
		const page = await app.browser.newPage({ viewport: PHONE });
		const errors = watchErrors(page);
		await page.goto(`${app.url}/network?select=vladimir-putin`);
		await page.waitForLoadState('networkidle');
		const picture = await page.locator('[data-testid="network-svg"]').boundingBox();
		expect(picture?.y ?? 1000).toBeLessThan(PHONE.height / 2);
		const panel = await page.locator('[data-testid="node-panel"]').boundingBox();
		const table = await page.locator('details.tables, details.table').first().boundingBox();
		const share = await page.locator('[data-testid="share-panel"]').boundingBox();
		expect(panel?.y ?? 0).toBeGreaterThan((picture?.y ?? 0) + (picture?.height ?? 0));
		expect(panel?.y ?? 1e6).toBeLessThan(table?.y ?? 0);
		expect(panel?.y ?? 1e6).toBeLessThan(share?.y ?? 0);
		const smallest = await page.evaluate(() =>
			Math.min(
				...[...document.querySelectorAll('[data-testid="network-svg"] text')]
					.filter((t) => t.getClientRects().length > 0 && t.textContent?.trim())
					.map((t) => t.getBoundingClientRect().height)
			)
		);
		expect(smallest).toBeGreaterThanOrEqual(11);
		expect(errors).toEqual([]);
		await page.close();
	});
});

describe('at 1440 px', () => {
	it('the form stays open, "Edit filters" is not shown, and the chart is in the first screen', async () => {
		const page = await app.browser.newPage({ viewport: DESKTOP });
		await page.goto(`${app.url}/charts/relations`);
		await page.locator('.plot-frame.live svg.plot').waitFor();
		expect(await page.locator('form[data-testid="filters"]').isVisible()).toBe(true);
		expect(await page.locator('[data-testid="edit-filters"]').isVisible()).toBe(false);
		const text = await chartText(page);
		expect(text?.smallest).toBeGreaterThanOrEqual(11);
		expect(text?.top).toBeLessThan(DESKTOP.height);
		// Beside the figure on a wide screen, the evidence panel.
		await page.goto(`${app.url}/network?select=vladimir-putin`);
		const picture = await page.locator('[data-testid="network-svg"]').boundingBox();
		const panel = await page.locator('[data-testid="node-panel"]').boundingBox();
		expect(panel?.x ?? 0).toBeGreaterThan((picture?.x ?? 0) + (picture?.width ?? 0));
		expect(panel?.y ?? 1000).toBeLessThan(DESKTOP.height);
		await page.close();
	});
});

describe('the relations matrix on a 390 px phone', () => {
	it('names its columns without overlap and fits each number in its cell', async () => {
		for (const colorScheme of ['light', 'dark'] as const) {
			const page = await app.browser.newPage({ viewport: PHONE, colorScheme });
			const errors = watchErrors(page);
			await page.goto(`${app.url}/charts/relations`);
			await page.locator('.plot-frame.live svg.plot').waitFor();
			const found = await page.evaluate(() => {
				const svg = [...document.querySelectorAll<SVGSVGElement>('svg.plot')].find(
					(s) => s.getClientRects().length > 0
				);
				if (!svg) return undefined;
				const box = (e: Element) => {
					const r = e.getBoundingClientRect();
					return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
				};
				const labels = [...svg.querySelectorAll('g[aria-label="x-axis tick label"]')].map((g) =>
					[...g.querySelectorAll('text')].map(box)
				);
				const cells = [...svg.querySelectorAll('g[aria-label="cell"] rect')].map(box);
				const numbers = [...svg.querySelectorAll('g[aria-label="text"] text')]
					.filter((t) => /^\d+$/.test(t.textContent ?? ''))
					.map((t) => ({ text: t.textContent, ...box(t) }));
				return { labels, cells, numbers, width: svg.getBoundingClientRect().right };
			});
			expect(found).toBeDefined();
			const { labels = [], cells = [], numbers = [], width = 0 } = found ?? {};
			expect(width).toBeLessThanOrEqual(PHONE.width);
			expect(labels.flat().length).toBeGreaterThan(4);
			for (const axis of labels)
				for (let i = 0; i < axis.length; i++)
					for (let j = i + 1; j < axis.length; j++) {
						const [a, b] = [axis[i]!, axis[j]!];
						const apart =
							a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
						expect(apart, `column labels ${i} and ${j} overlap`).toBe(true);
					}
			expect(numbers.length).toBeGreaterThan(4);
			for (const n of numbers) {
				const [x, y] = [(n.left + n.right) / 2, (n.top + n.bottom) / 2];
				const cell = cells.find((c) => c.left <= x && x <= c.right && c.top <= y && y <= c.bottom);
				expect(cell, `a cell under the number ${n.text}`).toBeDefined();
				expect(n.left).toBeGreaterThanOrEqual((cell?.left ?? 0) - 0.5);
				expect(n.right).toBeLessThanOrEqual((cell?.right ?? 0) + 0.5);
			}
			await page.screenshot({ path: path.join(SHOTS, `phone-relations-${colorScheme}.png`) });
			expect(errors).toEqual([]);
			await page.close();
		}
	});
});

describe('printed', () => {
	it('/charts/meetings is one A4 page: the chart drawn for the page, text of 8 pt or more, no form', async () => {
		const page = await app.browser.newPage({ viewport: DESKTOP });
		const errors = watchErrors(page);
		await page.goto(`${app.url}/charts/meetings?${SELECTED}`);
		await page.locator('[data-testid="chart-evidence"] blockquote').first().waitFor();
		await page.locator('.plot-frame.live svg.plot').waitFor();
		const pdf = await page.pdf({ format: 'A4' });
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? [];
		expect(pages.length).toBe(1);
		// The page as printed: A4 less app.css's 15 mm margins is 180 mm, 680 px.
		await page.setViewportSize({ width: 680, height: 1009 });
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('form[data-testid="filters"]').isVisible()).toBe(false);
		expect(await page.locator('.site-header nav').isVisible()).toBe(false);
		expect(await page.locator('[data-testid="chart-meetings"] .source').isVisible()).toBe(true);
		expect(
			await page.locator('[data-testid="chart-evidence"] blockquote').first().isVisible()
		).toBe(true);
		const text = await chartText(page);
		expect(text?.print).toBe(true);
		// Drawn at the page's width, not a wider picture scaled down to it.
		expect(text?.drawnWidth).toBe(680);
		expect(text?.width).toBeCloseTo(680, 0);
		expect((text?.smallest ?? 0) * 0.75).toBeGreaterThanOrEqual(8);
		await page.screenshot({ path: path.join(SHOTS, 'print-meetings.png'), fullPage: true });
		expect(errors).toEqual([]);
		await page.close();
	});
});

/** Relative luminance (0 black … 1 white) of a computed CSS colour such as "rgb(29, 29, 31)". */
function luminance(colour: string): number {
	const [r = 1, g = 1, b = 1] = (colour.match(/[\d.]+/g) ?? [])
		.slice(0, 3)
		.map((v) => Number(v) / 255);
	const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
	return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

describe('printed from a dark screen', () => {
	// A printout is always in the light colours (README), whatever the reader's setting or an
	// embed's ?theme=dark: dark text on white, the chart's text and rules dark too.
	for (const route of ['charts/meetings', 'embed/meetings?theme=dark']) {
		it(`/${route} prints dark text on white`, async () => {
			const page = await app.browser.newPage({ viewport: DESKTOP, colorScheme: 'dark' });
			await page.goto(`${app.url}/${route}`);
			await page.waitForLoadState('networkidle');
			// On screen it is dark, so the print colours below are the print stylesheet's doing.
			const screenFg = await page.evaluate(() => getComputedStyle(document.body).color);
			expect(luminance(screenFg)).toBeGreaterThan(0.5);
			await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
			const colours = await page.evaluate(() => {
				const root = getComputedStyle(document.documentElement);
				const svg = [...document.querySelectorAll<SVGSVGElement>('svg.plot')].find(
					(s) => s.getClientRects().length > 0
				);
				const texts = [...(svg?.querySelectorAll('text') ?? [])]
					.filter((t) => t.getClientRects().length > 0 && t.textContent?.trim())
					.map((t) => getComputedStyle(t).fill);
				return {
					body: getComputedStyle(document.body).color,
					background: root.backgroundColor,
					svg: svg ? getComputedStyle(svg).color : undefined,
					texts
				};
			});
			expect(luminance(colours.body)).toBeLessThan(0.05);
			expect(colours.background).toBe('rgb(255, 255, 255)');
			expect(luminance(colours.svg ?? 'rgb(255,255,255)')).toBeLessThan(0.05);
			expect(colours.texts.length).toBeGreaterThan(4);
			for (const fill of colours.texts) expect(luminance(fill)).toBeLessThan(0.2);
			await page.close();
		});
	}
});

describe('screenshots', () => {
	it('at 390 and 1440 px, light and dark', async () => {
		for (const colorScheme of ['light', 'dark'] as const)
			for (const viewport of [PHONE, DESKTOP]) {
				const page = await app.browser.newPage({ viewport, colorScheme });
				for (const route of ['charts/meetings', 'network', 'charts/relations']) {
					const query = { network: 'select=vladimir-putin', 'charts/meetings': SELECTED }[route];
					await page.goto(`${app.url}/${route}${query ? `?${query}` : ''}`);
					await page.waitForLoadState('networkidle');
					const name = `${route.replace('/', '-')}-${viewport.width}-${colorScheme}.png`;
					await page.screenshot({ path: path.join(SHOTS, name) });
				}
				await page.close();
			}
	});
});
