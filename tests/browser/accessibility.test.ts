// Keyboards and screen readers (#14 §5), checked on Chromium's accessibility tree: a skip link
// first on every page, actors before links in the network's tab order, focus on the details
// after a selection and back with Escape, chart marks named after the browser redraws them,
// and network links named as sentences.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chartWidth, startApp, watchErrors, type TestApp } from './server';

let app: TestApp;
let page: Page;
let errors: string[] = [];

beforeAll(async () => {
	app = await startApp();
	page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
	errors = watchErrors(page);
});
afterAll(async () => {
	await app?.stop();
});

const isFocused = (locator: Locator) => locator.evaluate((e) => e === document.activeElement);

/** The links of an accessibility snapshot: their names, '' for a link without one. */
const linkNames = (snapshot: string) =>
	[...snapshot.matchAll(/^\s*- '?link(?: "(.*)")?'?:?\s*$/gm)].map((m) => m[1] ?? '');

describe('skip link', () => {
	const pages = [
		'/',
		'/network',
		'/charts/meetings',
		'/articles/004_3a0463082a3d97f4',
		'/entities/CHN'
	];
	for (const [lang, name] of [
		['en', 'Skip to content'],
		['fr', 'Aller au contenu']
	] as const)
		it(`is the first stop of the keyboard on every page and leads to the content (${lang})`, async () => {
			for (const path of pages) {
				await page.goto(`${app.url}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
				await page.waitForLoadState('networkidle');
				await page.keyboard.press('Tab');
				const skip = page.getByRole('link', { name, exact: true });
				expect(await isFocused(skip), path).toBe(true);
				await page.keyboard.press('Enter');
				await expect.poll(() => isFocused(page.getByRole('main')), { message: path }).toBe(true);
			}
			expect(errors).toEqual([]);
		});
});

describe('network by keyboard', () => {
	it('reaches every actor before any link', async () => {
		await page.goto(`${app.url}/network?top=6`);
		await page.waitForLoadState('networkidle');
		const picture = page.getByRole('img', { name: /^Network of/ });
		const actors = await picture.locator('a.node').count();
		const links = await picture.locator('a.link').count();
		expect(actors).toBeGreaterThan(1);
		expect(links).toBeGreaterThan(0);
		const order: string[] = [];
		for (let i = 0; i < 300 && order.length < actors + links; i++) {
			await page.keyboard.press('Tab');
			const kind = await page.evaluate(() => {
				const e = document.activeElement;
				return e?.closest('[data-testid="network-svg"]')
					? e.classList.contains('node')
						? 'actor'
						: 'link'
					: '';
			});
			if (kind) order.push(kind);
		}
		expect(order).toEqual([...Array(actors).fill('actor'), ...Array(links).fill('link')]);
	});

	it('moves focus to the details after selecting an actor (Enter or click), and Escape returns it', async () => {
		await page.goto(`${app.url}/network?country=SRB`);
		await page.waitForLoadState('networkidle');
		const serbia = page.getByRole('link', { name: 'Serbia, country' });
		await serbia.focus();
		await page.keyboard.press('Enter');
		await page.waitForURL(/select=SRB/);
		const heading = page.getByRole('heading', { name: 'Serbia', level: 2 });
		await expect.poll(() => isFocused(heading)).toBe(true);
		await page.keyboard.press('Escape');
		await expect.poll(() => isFocused(serbia)).toBe(true);

		await page.getByRole('link', { name: /^Xi Jinping, person/ }).click();
		await page.waitForURL(/select=xi-jinping/);
		await expect
			.poll(() => isFocused(page.getByRole('heading', { name: 'Xi Jinping', level: 2 })))
			.toBe(true);
		expect(errors).toEqual([]);
	});

	it('moves focus to the details after selecting a link, and Escape returns it', async () => {
		await page.goto(`${app.url}/network?country=SRB`);
		await page.waitForLoadState('networkidle');
		const link = page.getByRole('link', { name: /^Xi Jinping visited Serbia/ });
		await link.focus();
		await page.keyboard.press('Enter');
		await page.waitForURL(/edge=/);
		const heading = page.locator('[data-testid="edge-panel"]').getByRole('heading', { level: 2 });
		await expect.poll(() => isFocused(heading)).toBe(true);
		await page.keyboard.press('Escape');
		await expect.poll(() => isFocused(link)).toBe(true);
		expect(errors).toEqual([]);
	});
});

describe('charts by keyboard', () => {
	it('moves focus to the evidence after selecting a mark, and Escape returns it', async () => {
		await page.goto(`${app.url}/charts/meetings`);
		await page.locator('.plot-frame.live svg.plot').waitFor();
		const mark = page.locator('.plot-frame svg.plot g[aria-label="bar"] a').first();
		await mark.focus();
		await page.keyboard.press('Enter');
		await page.waitForURL(/select=/);
		const heading = page
			.locator('[data-testid="chart-evidence"]')
			.getByRole('heading', { level: 2 });
		await expect.poll(() => isFocused(heading)).toBe(true);
		await page.keyboard.press('Escape');
		await expect.poll(() => isFocused(mark)).toBe(true);
		expect(errors).toEqual([]);
	});
});

describe('names of network links', () => {
	it('say the direction and the type in words, in English and French', async () => {
		await page.goto(`${app.url}/network?country=SRB`);
		expect(linkNames(await page.getByRole('img', { name: /^Network of/ }).ariaSnapshot())).toEqual(
			expect.arrayContaining(['Xi Jinping visited Serbia (1 relation)'])
		);
		await page.goto(`${app.url}/network?country=SRB&lang=fr`);
		expect(linkNames(await page.getByRole('img', { name: /^Réseau de/ }).ariaSnapshot())).toEqual(
			expect.arrayContaining(['Xi Jinping rend visite à la Serbie (1 relation)'])
		);
		await page.goto(`${app.url}/network?links=types`);
		const names = linkNames(await page.getByRole('img', { name: /^Network of/ }).ariaSnapshot());
		expect(names).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/^China supports Russia \(\d+ relations?\)$/),
				expect.stringMatching(/^Vladimir Putin and Xi Jinping met \(\d+ relations?\)$/)
			])
		);
		expect(names.filter((n) => /[→—:]/.test(n))).toEqual([]);
	});
});

describe('chart marks', () => {
	for (const chart of ['meetings', 'timeline'])
		it(`keep their names once the browser redraws them, and after a resize (${chart})`, async () => {
			await page.setViewportSize({ width: 1280, height: 900 });
			await page.goto(`${app.url}/charts/${chart}`);
			const frame = page.locator('.plot-frame');
			const server = linkNames(await frame.ariaSnapshot());
			expect(server.length).toBeGreaterThan(0);
			expect(server.filter((n) => !n)).toEqual([]);
			await page.locator('.plot-frame.live svg.plot').waitFor();
			const live = linkNames(await frame.ariaSnapshot());
			expect(live.length).toBe(server.length);
			expect(live.filter((n) => !n)).toEqual([]);
			const width = () => chartWidth(page);
			const wide = await width();
			await page.setViewportSize({ width: 640, height: 900 });
			await expect.poll(width).toBeLessThan(wide - 200);
			const narrow = linkNames(await frame.ariaSnapshot());
			expect(narrow.length).toBe(server.length);
			expect(narrow.filter((n) => !n)).toEqual([]);
			await page.setViewportSize({ width: 1280, height: 900 });
			expect(errors).toEqual([]);
		});
});
