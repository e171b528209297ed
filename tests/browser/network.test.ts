// The network explorer in Chromium: server-rendered picture, filters in the URL, selection
// with evidence, the table alternative, zoom, and hostile text shown as text.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startApp, watchErrors, type TestApp } from './server';

let app: TestApp;
let page: Page;
let errors: string[] = [];

beforeAll(async () => {
	app = await startApp([path.resolve('tests/fixtures/hostile/hostile-article.md')]);
	page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
	errors = watchErrors(page);
});
beforeEach(() => {
	errors.length = 0;
});
afterAll(async () => {
	await app?.stop();
});

const nodeIds = () =>
	page
		.locator('[data-testid="network-svg"] [data-node]')
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-node')));

describe('network page', () => {
	it('renders the whole network with no console error', async () => {
		await page.goto(`${app.url}/network`);
		await page.waitForLoadState('networkidle');
		const ids = await nodeIds();
		expect(ids).toEqual(
			expect.arrayContaining(['CHN', 'RUS', 'xi-jinping', 'vladimir-putin', 'SRB'])
		);
		expect(errors).toEqual([]);
	});

	it('shows the network without JavaScript, from the server', async () => {
		const html = await (await fetch(`${app.url}/network?country=SRB`)).text();
		expect(html).toContain('data-node="SRB"');
		expect(html).toContain('data-node="xi-jinping"');
	});

	it('titles a shared network with the actors drawn and of how many', async () => {
		const html = await (await fetch(`${app.url}/network?top=3`)).text();
		expect(html).toMatch(/Entente network: 3 of \d+ actors/);
		const whole = await (await fetch(`${app.url}/network`)).text();
		expect(whole).toMatch(/Entente network: \d+ actors/);
	});

	it('narrows to Serbia with ?country=SRB', async () => {
		await page.goto(`${app.url}/network?country=SRB`);
		expect((await nodeIds()).sort()).toEqual(['SRB', 'xi-jinping']);
	});

	it('shows the selected actor’s relations with quotes from the corpus, and keeps them on reload', async () => {
		await page.goto(`${app.url}/network`);
		await page.waitForLoadState('networkidle');
		await page.locator('[data-node="SRB"]').click();
		await page.waitForURL(/select=SRB/);
		const panel = page.locator('[data-testid="node-panel"]');
		await expect.poll(() => panel.locator('h2').textContent()).toBe('Serbia');
		expect(await panel.locator('blockquote').first().textContent()).toContain(
			'La visite de Poutine succède à celle de Xi'
		);
		await page.reload();
		expect(await page.locator('[data-testid="node-panel"] h2').textContent()).toBe('Serbia');
		expect(errors).toEqual([]);
	});

	it('selects a node from the table alternative', async () => {
		await page.goto(`${app.url}/network`);
		await page.locator('details.tables summary').click();
		const row = page.locator('[data-testid="network-nodes"] tr[data-id="RUS"]');
		await row.locator('a').click();
		await page.waitForURL(/select=RUS/);
		await expect
			.poll(() => page.locator('[data-testid="node-panel"] h2').textContent())
			.toBe('Russia');
	});

	it('finds an actor by name, with and without scripts', async () => {
		await page.goto(`${app.url}/network?types=visit`);
		await page.waitForLoadState('networkidle');
		await page.locator('#find-actor').fill('Hongrie');
		await page.locator('form.search button').click();
		await page.waitForURL(/select=HUN/);
		expect(new URL(page.url()).searchParams.get('types')).toBe('visit');
		await expect
			.poll(() => page.locator('[data-testid="node-panel"] h2').textContent())
			.toBe('Hungary');
		await expect
			.poll(() => page.locator('[data-testid="network-svg"] > g').getAttribute('transform'))
			.toMatch(/scale\(1\.6\)/);
		const html = await (await fetch(`${app.url}/network?find=chine`)).text();
		expect(html).toContain('data-testid="node-panel"');
		expect(html).toMatch(/<h2 id="panel-title"[^>]*>China<\/h2>/);
	});

	it('toggles a relation type from the legend and goes back', async () => {
		await page.goto(`${app.url}/network`);
		await page.waitForLoadState('networkidle');
		await page.locator('.legend a[data-type="visit"]').click();
		await page.waitForURL(/types=/);
		expect(new URL(page.url()).searchParams.get('types')?.split(',')).not.toContain('visit');
		await expect.poll(() => page.locator('[data-edge^="visit:"]').count()).toBe(0);
		await page.goBack();
		await page.waitForURL((url) => !url.search.includes('types='));
		await expect.poll(() => page.locator('[data-edge^="visit:"]').count()).toBeGreaterThan(0);
	});

	it('pins a dragged node where it is dropped, without following its link', async () => {
		await page.goto(`${app.url}/network`);
		await page.waitForLoadState('networkidle');
		const node = page.locator('[data-node="HUN"]');
		const before = await node.locator('g').getAttribute('transform');
		const box = await node.boundingBox();
		// The node's centre: an arrowhead arriving at its border may cover its top.
		const [x, y] = [(box?.x ?? 0) + (box?.width ?? 0) / 2, (box?.y ?? 0) + (box?.height ?? 0) / 2];
		await page.mouse.move(x, y);
		await page.mouse.down();
		await page.mouse.move(x - 60, y + 40, { steps: 8 });
		await page.mouse.up();
		await expect.poll(() => node.locator('g').getAttribute('transform')).not.toBe(before);
		expect(await node.getAttribute('class')).toContain('pinned');
		expect(new URL(page.url()).searchParams.get('select')).toBeNull();
	});

	it('hides an actor type from the legend', async () => {
		await page.goto(`${app.url}/network`);
		await page.waitForLoadState('networkidle');
		await page.locator('.legend a[data-node-type="person"]').click();
		await page.waitForURL(/nodes=/);
		await expect.poll(() => page.locator('[data-node="xi-jinping"]').count()).toBe(0);
		expect(await page.locator('[data-node="CHN"]').count()).toBe(1);
	});

	it('links each quote to its article', async () => {
		await page.goto(`${app.url}/network?select=SRB`);
		await page.waitForLoadState('networkidle');
		await page.locator('[data-testid="node-panel"] figcaption a').first().click();
		await page.waitForURL(/\/articles\/004_3a0463082a3d97f4$/);
		expect(await page.locator('h1').textContent()).toContain('Visite d’État');
	});

	it('zooms with the wheel', async () => {
		await page.goto(`${app.url}/network`);
		await page.waitForLoadState('networkidle');
		const svg = page.locator('[data-testid="network-svg"]');
		const box = await svg.boundingBox();
		await page.mouse.move((box?.x ?? 0) + 200, (box?.y ?? 0) + 200);
		await page.mouse.wheel(0, -400);
		await expect.poll(() => svg.locator('> g').getAttribute('transform')).toMatch(/scale\((?!1\))/);
	});

	it('explains bad filters and never echoes them as markup', async () => {
		const response = await page.goto(
			`${app.url}/network?country=%3Cb%20id%3Dpwn%3Ex&from=2024-13-01&min=-2`
		);
		expect(response?.status()).toBe(200);
		const notices = page.locator('[data-testid="filter-notices"]');
		expect(await notices.textContent()).toContain('Unknown country code "<b id=pwn>x"');
		expect(await notices.textContent()).toContain('must be a date');
		expect(await page.locator('#pwn').count()).toBe(0);
		// A country the corpus does not hold selects nothing: never the whole network shown as
		// if it were that country's (#14; it drew every actor before).
		expect(await notices.textContent()).toContain('nothing is selected');
		expect(await nodeIds()).toEqual([]);
	});

	it('shows a hostile article’s text as text in the evidence', async () => {
		await page.goto(`${app.url}/network?select=joe-biden`);
		const quote = page.locator('[data-testid="node-panel"] blockquote').first();
		expect(await quote.textContent()).toContain('<script>window.__pwned = 3</script>');
		expect(
			await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)
		).toBeUndefined();
		expect(await page.locator('[data-testid="node-panel"] img').count()).toBe(0);
	});
});

describe('a network people can read (#15 §1)', () => {
	const pair = 'pair:vladimir-putin~xi-jinping';

	it('draws one link between Putin and Xi, and its panel lists the types with their counts', async () => {
		await page.goto(`${app.url}/network`);
		await page.waitForLoadState('networkidle');
		const between = page.locator(
			'[data-testid="network-svg"] a[data-link*="vladimir-putin"][data-link*="xi-jinping"]'
		);
		expect(await between.count()).toBe(1);
		await between.locator('path.hit').click();
		await page.waitForURL((url) => url.searchParams.get('edge') === pair);
		const panel = page.locator('[data-testid="edge-panel"]');
		await expect.poll(() => panel.locator('h2').innerText()).toBe('Vladimir Putin — Xi Jinping');
		const types = await panel.locator('[data-testid="edge-types"] li').allInnerTexts();
		expect(types).toEqual(expect.arrayContaining(['meeting 3', 'talks / call 2', 'agreement 1']));
		expect(types.length).toBeGreaterThanOrEqual(5);
		expect(await panel.innerText()).toMatch(/10 relations \(events\) of \d types/);
		// Its row in the table is marked, and its sentences come by pair from the API too.
		expect(
			await page
				.locator(`[data-testid="network-edges"] tr[data-id="${pair}"]`)
				.getAttribute('aria-selected')
		).toBe('true');
		const api = await fetch(`${app.url}/api/evidence?edge=${encodeURIComponent(pair)}`);
		expect(api.status).toBe(200);
		const sentences = (await api.json()) as { total: number };
		expect(await panel.innerText()).toContain(`told in ${sentences.total} sentences`);
		expect(errors).toEqual([]);
	});

	it('highlights the clicked link, and only it', async () => {
		await page.goto(`${app.url}/network`);
		await page.waitForLoadState('networkidle');
		const link = page.locator(`[data-testid="network-svg"] a[data-link="${pair}"]`);
		expect(await link.getAttribute('aria-current')).toBeNull();
		await link.locator('path.hit').click();
		await page.waitForURL((url) => url.searchParams.get('edge') === pair);
		await expect.poll(() => link.getAttribute('aria-current')).toBe('true');
		expect(await link.locator('path.halo').count()).toBe(1);
		expect(await page.locator('[data-testid="network-svg"] a.link[aria-current]').count()).toBe(1);
		// The others step back.
		const other = page.locator('[data-testid="network-svg"] a.link:not([aria-current])').first();
		await expect
			.poll(async () => Number(await other.evaluate((e) => getComputedStyle(e).opacity)))
			.toBeLessThan(0.5);
	});

	it('keeps the per-type view in the URL, and one link per type there', async () => {
		await page.goto(`${app.url}/network`);
		await page.waitForLoadState('networkidle');
		const pairs = await page.locator('[data-testid="network-svg"] a.link').count();
		await page.locator('[data-testid="link-modes"] a[data-mode="types"]').click();
		await page.waitForURL(/links=types/);
		await expect
			.poll(() => page.locator('[data-testid="network-svg"]').getAttribute('data-links'))
			.toBe('types');
		const between = page.locator(
			'[data-testid="network-svg"] a[data-link*="vladimir-putin"][data-link*="xi-jinping"]'
		);
		expect(await between.count()).toBeGreaterThanOrEqual(5);
		expect(await page.locator('[data-testid="network-svg"] a.link').count()).toBeGreaterThan(pairs);
		// Selecting an actor keeps the view.
		await page.locator('[data-node="SRB"]').click();
		await page.waitForURL(/select=SRB/);
		expect(new URL(page.url()).searchParams.get('links')).toBe('types');
		// So do Apply and the search without scripts' help (they are forms).
		await page.locator('form.filters input[name="min"]').fill('1');
		await page.locator('form.filters button[type="submit"]').click();
		await page.waitForURL((url) => !url.searchParams.has('select'));
		expect(new URL(page.url()).searchParams.get('links')).toBe('types');
		expect(
			await page.locator('form.search input[type="hidden"][name="links"]').getAttribute('value')
		).toBe('types');
		await page.locator('[data-node="SRB"]').click();
		await page.waitForURL(/select=SRB/);
		await page.locator('[data-testid="link-modes"] a[data-mode="pairs"]').click();
		await page.waitForURL((url) => !url.searchParams.has('links'));
		expect(new URL(page.url()).searchParams.get('select')).toBe('SRB');
		expect(errors).toEqual([]);
	});

	it('keeps labels at one screen size while zooming', async () => {
		await page.goto(`${app.url}/network`);
		await page.waitForLoadState('networkidle');
		const label = page.locator('text[data-label="CHN"]');
		const node = page.locator('[data-node="CHN"] path');
		const before = { label: await label.boundingBox(), node: await node.boundingBox() };
		const svg = page.locator('[data-testid="network-svg"]');
		const box = await svg.boundingBox();
		await page.mouse.move(
			(box?.x ?? 0) + (box?.width ?? 0) / 2,
			(box?.y ?? 0) + (box?.height ?? 0) / 2
		);
		await page.mouse.wheel(0, -500);
		await expect
			.poll(async () => ((await node.boundingBox())?.height ?? 0) / (before.node?.height ?? 1))
			.toBeGreaterThan(1.5);
		const after = await label.boundingBox();
		expect(after?.height ?? 0).toBeCloseTo(before.label?.height ?? -1, 0);
		expect(Math.abs((after?.width ?? 0) - (before.label?.width ?? 0))).toBeLessThan(2);
	});

	it('shows the legend beside the picture on a desktop screen without scrolling, under it on a phone', async () => {
		await page.setViewportSize({ width: 1440, height: 900 });
		await page.goto(`${app.url}/network`);
		const svg = await page.locator('[data-testid="network-svg"]').boundingBox();
		const legend = await page.locator('.legend').first().boundingBox();
		expect(legend?.x ?? 0).toBeGreaterThanOrEqual((svg?.x ?? 0) + (svg?.width ?? 0));
		expect(legend?.y ?? 1000).toBeLessThan(900 - 100);
		expect(Math.abs((legend?.y ?? 0) - (svg?.y ?? 0))).toBeLessThan(40);
		// All of it in the first screen (#15 §1), down to its last entry and its hint, in either
		// language (the French labels are longer).
		for (const lang of ['en', 'fr']) {
			await page.goto(`${app.url}/network?lang=${lang}`);
			const whole = page.locator('.legend').first();
			const last = await whole.locator('li').last().boundingBox();
			expect(await whole.locator('li').last().textContent(), lang).toMatch(/group|groupe/);
			expect((last?.y ?? 1000) + (last?.height ?? 0), lang).toBeLessThanOrEqual(900);
			const box = await whole.boundingBox();
			expect((box?.y ?? 1000) + (box?.height ?? 0), lang).toBeLessThanOrEqual(900);
		}
		await page.setViewportSize({ width: 390, height: 844 });
		const phoneSvg = await page.locator('[data-testid="network-svg"]').boundingBox();
		const phoneLegend = await page.locator('.legend').first().boundingBox();
		expect(phoneLegend?.y ?? 0).toBeGreaterThanOrEqual(
			(phoneSvg?.y ?? 0) + (phoneSvg?.height ?? 0)
		);
		expect((phoneLegend?.y ?? 0) - ((phoneSvg?.y ?? 0) + (phoneSvg?.height ?? 0))).toBeLessThan(40);
		await page.setViewportSize({ width: 1280, height: 900 });
	});
});
