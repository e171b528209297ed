// Pages stay the same size whatever the corpus: on a generated corpus of a few hundred
// articles, every page's HTML and data stay under fixed bounds, charts and links reach the
// page without their evidence, and a selection's evidence comes a page at a time.
// (Speed is measured by `npm run bench:scale`, not here.)
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../scripts/generateCorpus';
import { CHART_IDS } from '../../src/lib/charts/types';
import { TOP_DEFAULT } from '../../src/lib/graph/strongest';
import { PAGE_SIZE } from '../../src/lib/pagination';
import { ARTICLE_OPTIONS } from '../../src/lib/server/pageFilters';
import { startApp, type TestApp } from './server';

const ARTICLES = 400;
/** Well under the goals at 10,000 articles (300 KB of gzipped HTML, 500 KB of data). */
const HTML_GZIP_MAX = 120_000;
const DATA_MAX = 350_000;

let app: TestApp;
beforeAll(async () => {
	app = await startApp([], {}, (dataDir) => writeCorpus(dataDir, ARTICLES, 7, dataDir));
}, 180_000);
afterAll(async () => {
	await app?.stop();
});

async function bytes(path: string): Promise<{ status: number; body: Buffer }> {
	const response = await fetch(`${app.url}${path}`);
	return { status: response.status, body: Buffer.from(await response.arrayBuffer()) };
}

const PAGES = [
	'/',
	'/network',
	...CHART_IDS.map((id) => `/charts/${id}`),
	'/?country=FRA',
	'/network?country=USA&depth=2'
];

describe(`a corpus of ${ARTICLES} generated articles`, () => {
	it.each(PAGES)('%s: bounded HTML and data', async (page) => {
		const html = await bytes(page);
		expect(html.status).toBe(200);
		expect(gzipSync(html.body).length).toBeLessThan(HTML_GZIP_MAX);
		const [path, query] = page.split('?');
		const data = await bytes(`${path === '/' ? '' : path}/__data.json${query ? `?${query}` : ''}`);
		expect(data.status).toBe(200);
		expect(data.body.length).toBeLessThan(DATA_MAX);
	});

	it('lists at most ARTICLE_OPTIONS articles in the filter bar; the others are searched', async () => {
		const html = (await bytes('/')).body.toString();
		const start = html.indexOf('<select name="article"');
		expect(start).toBeGreaterThan(-1);
		const select = html.slice(start, html.indexOf('</select>', start));
		// "All articles", then the most recent.
		expect(select.match(/<option/g)?.length).toBe(ARTICLE_OPTIONS + 1);
		const response = await fetch(`${app.url}/api/articles?q=a`);
		const found = (await response.json()) as { articles: unknown[] };
		expect(found.articles).toHaveLength(ARTICLE_OPTIONS);
	});

	it.each([...CHART_IDS.map((id) => `/embed/${id}`), '/embed/network'])(
		'%s: bounded HTML',
		async (page) => {
			const html = await bytes(page);
			expect(html.status).toBe(200);
			expect(gzipSync(html.body).length).toBeLessThan(HTML_GZIP_MAX);
		}
	);

	it('draws the strongest actors, says how many there are, and lets the reader choose', async () => {
		const page = await app.browser.newPage();
		await page.goto(`${app.url}/network`);
		const drawn = await page.locator('[data-testid="network-nodes"] tbody tr').count();
		expect(drawn).toBe(TOP_DEFAULT);
		await expect
			.poll(() => page.getByTestId('network-count').textContent())
			.toMatch(new RegExp(`${TOP_DEFAULT} strongest of \\d+ actors`));
		await page.fill('#network-top', '20');
		await page.getByRole('button', { name: 'Show', exact: true }).click();
		await page.waitForURL(/top=20/);
		expect(await page.locator('[data-testid="network-nodes"] tbody tr').count()).toBe(20);
		await page.close();
	});

	it('answers a selection’s evidence a page at a time, and refuses a bad request with a reason', async () => {
		const chart = (await (await fetch(`${app.url}/charts/meetings/__data.json`)).text()).match(
			/"(leaders:[^"]+)"/
		)?.[1];
		expect(chart).toBeTruthy();
		const response = await fetch(
			`${app.url}/api/evidence?chart=meetings&select=${encodeURIComponent(chart ?? '')}`
		);
		expect(response.status).toBe(200);
		const paged = (await response.json()) as { evidence: { items: unknown[]; total: number } };
		expect(paged.evidence.items.length).toBeGreaterThan(0);
		expect(paged.evidence.items.length).toBeLessThanOrEqual(PAGE_SIZE);

		const actor = await fetch(`${app.url}/api/evidence?actor=FRA&page=2`);
		const details = (await actor.json()) as {
			page: number;
			total: number;
			groups: { items: unknown[] }[];
		};
		expect(details.page).toBe(2);
		expect(details.groups.flatMap((g) => g.items).length).toBeLessThanOrEqual(PAGE_SIZE);

		for (const bad of [
			'?chart=nope&select=x',
			'?actor=FRA&page=zero',
			'?country=XXX&actor=FRA',
			''
		])
			expect((await fetch(`${app.url}/api/evidence${bad}`)).status).toBeGreaterThanOrEqual(400);
		const refusal = await fetch(`${app.url}/api/evidence?actor=FRA&page=zero`);
		expect(refusal.status).toBe(400);
		expect(await refusal.text()).toMatch(/page must be a whole number/);
	});

	it('with scripts, a selected mark’s sentences come from /api/evidence, not a new page', async () => {
		const page = await app.browser.newPage();
		await page.goto(`${app.url}/charts/meetings`);
		await page.locator('.plot-frame svg.plot').first().waitFor();
		const asked: string[] = [];
		page.on('request', (r) => asked.push(new URL(r.url()).pathname));
		await page.locator('details.table > summary').click();
		await page.getByTestId('chart-rows').locator('tbody a').first().click();
		await page.getByTestId('chart-evidence').waitFor();
		await page.waitForURL(/select=/);
		expect(asked).toContain('/api/evidence');
		expect(asked.some((p) => p.endsWith('__data.json'))).toBe(false);
		expect(await page.getByTestId('chart-evidence').locator('blockquote').count()).toBeGreaterThan(
			0
		);
		await page.close();
	});

	it('shows an actor’s relations a page at a time without scripts', async () => {
		const page = await app.browser.newPage({ javaScriptEnabled: false });
		await page.goto(`${app.url}/network?select=FRA`);
		const panel = page.getByTestId('node-panel');
		expect(await panel.locator('li').count()).toBeLessThanOrEqual(PAGE_SIZE);
		await panel.getByRole('link', { name: /next/ }).first().click();
		await page.waitForURL(/page=2/);
		await expect.poll(() => page.getByTestId('node-panel').textContent()).toMatch(/page 2 of/);
		await page.close();
	});
});
