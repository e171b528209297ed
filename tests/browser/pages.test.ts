// The article reader and the actor profile in Chromium, and their 404s.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, watchErrors, type TestApp } from './server';

let app: TestApp;
let page: Page;
let errors: string[] = [];

beforeAll(async () => {
	app = await startApp([path.resolve('tests/fixtures/hostile/hostile-article.md')]);
	page = await app.browser.newPage();
	errors = watchErrors(page, (message) => message.includes('404'));
});
afterAll(async () => {
	await app?.stop();
});

describe('article and actor pages', () => {
	it('shows the article text with mentions that lead to their actor', async () => {
		await page.goto(`${app.url}/articles/004_3a0463082a3d97f4`);
		const text = page.locator('[data-testid="article-text"]');
		expect(await text.textContent()).toContain(
			'Il s’agit de la 43e rencontre entre Xi et Poutine.'
		);
		// A meeting is a pair, not an arrow from one leader to the other.
		expect(await page.locator('.relations li', { hasText: 'meeting' }).first().innerText()).toMatch(
			/(Vladimir Putin — Xi Jinping|Xi Jinping — Vladimir Putin)/
		);
		// Editing is off on this server: its navigation has no review queue to lead to.
		expect(await page.locator('.site-header nav a[href="/review"]').count()).toBe(0);
		await page.waitForLoadState('networkidle');
		await text.locator('a[data-entity="power-of-siberia-2"]').first().click();
		await page.waitForURL(/\/entities\/power-of-siberia-2$/);
		await expect.poll(() => page.locator('h2').first().textContent()).toBe('Power of Siberia 2');
	});

	it('shows a country profile with its people, figures and timeline', async () => {
		await page.goto(`${app.url}/entities/CHN`);
		expect(await page.locator('h2').first().textContent()).toBe('China');
		expect(await page.locator('[data-testid="entity-indicators"]').textContent()).toContain(
			'machines-outils importées'
		);
		expect(await page.locator('.timeline li').count()).toBeGreaterThan(5);
		expect(errors).toEqual([]);
	});

	// Found by a new user (#14): the profile's "Profile" link led to the page itself.
	it('marks the profile as the current page rather than link to itself; the network links to it', async () => {
		for (const query of ['', '?country=RUS']) {
			await page.goto(`${app.url}/entities/xi-jinping${query}`);
			const panel = page.locator('[data-testid="node-panel"]');
			const selfLinks = await panel
				.locator('a')
				.evaluateAll(
					(links) =>
						links.filter(
							(a) => new URL((a as HTMLAnchorElement).href).pathname === location.pathname
						).length
				);
			// Its pager's pages aside (none here: one page), nothing in the panel leads here.
			expect(selfLinks, query).toBe(0);
			expect(await panel.locator('[aria-current="page"]').innerText(), query).toBe('Profile');
		}
		await page.goto(`${app.url}/network?select=xi-jinping`);
		const link = page.locator('[data-testid="node-panel"] a', { hasText: 'Profile' });
		expect(await link.getAttribute('href')).toMatch(/\/entities\/xi-jinping$/);
		expect(await page.locator('[data-testid="node-panel"] [aria-current]').count()).toBe(0);
		expect(errors).toEqual([]);
	});

	it('says where an actor comes from: gazetteer files and lines', async () => {
		await page.goto(`${app.url}/entities/vladimir-putin`);
		const origin = await page.locator('[data-testid="entity-origin"]').textContent();
		expect(origin).toContain('hand-curated by Entente’s editors: data/gazetteer/people.yaml:');
		expect(origin).toContain('CIA World Factbook (2026): data/gazetteer/factbook/people.yaml:');
		expect(origin).toContain('PETRARCH2 Phoenix dictionaries (to 2014)');
		expect(errors).toEqual([]);
	});

	it('shows a hostile article as text on its page and in profiles', async () => {
		await page.goto(`${app.url}/articles/hostile-article`);
		expect(await page.locator('h1').textContent()).toContain('<script>window.__pwned = 1</script>');
		expect(await page.locator('[data-testid="article-text"]').textContent()).toContain(
			'<img src=x onerror="window.__pwned = 4">'
		);
		await page.goto(`${app.url}/entities/joe-biden`);
		expect(await page.locator('blockquote').first().textContent()).toContain('<script>');
		expect(
			await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)
		).toBeUndefined();
		expect(await page.locator('img[src="x"]').count()).toBe(0);
	});

	it('answers 404 for an unknown article or actor', async () => {
		expect((await page.goto(`${app.url}/articles/%3Cscript%3E`))?.status()).toBe(404);
		expect(
			await page
				.locator('script:not([src])')
				.evaluateAll((s) => s.some((x) => x.textContent?.includes('<script>')))
		).toBe(false);
		expect((await page.goto(`${app.url}/entities/nobody`))?.status()).toBe(404);
	});
});

describe('pages in French', () => {
	it('follow Accept-Language: interface words, relation labels and actor names', async () => {
		const context = await app.browser.newContext({
			locale: 'fr-FR',
			extraHTTPHeaders: { 'accept-language': 'fr-FR,fr;q=0.9' }
		});
		const fr = await context.newPage();
		await fr.goto(`${app.url}/network?select=vladimir-putin`);
		expect(await fr.locator('html').getAttribute('lang')).toBe('fr');
		expect(await fr.locator('nav[aria-label]').first().textContent()).toContain('Tableau de bord');
		expect(await fr.locator('h1').textContent()).toBe('Réseau');
		expect(await fr.locator('[data-testid="node-panel"] h2').textContent()).toBe(
			'Vladimir Poutine'
		);
		expect(await fr.locator('[data-testid="node-panel"]').textContent()).toContain('rencontre');
		expect(
			await fr.locator('[data-testid="network-nodes"] tr[data-id="CHN"]').textContent()
		).toContain('Chine');
		await fr.goto(`${app.url}/entities/CHN`);
		expect(await fr.locator('h2').first().textContent()).toBe('Chine');
		expect(await fr.locator('main').textContent()).toContain('Voir dans le réseau');
		await fr.goto(`${app.url}/?lang=en`);
		expect(await fr.locator('html').getAttribute('lang')).toBe('en');
		expect(await fr.locator('[data-testid="headlines"]').textContent()).toContain('Most-met pair');
		await context.close();
	});
});

describe('pages on a phone', () => {
	it('never scroll sideways: header, filters, charts and tables fit 390 px', async () => {
		const context = await app.browser.newContext({ viewport: { width: 390, height: 844 } });
		const phone = await context.newPage();
		for (const url of ['/', '/network', '/charts/meetings', '/charts/timeline', '/entities/CHN']) {
			await phone.goto(`${app.url}${url}`);
			await phone.waitForLoadState('networkidle');
			const width = await phone.evaluate(() => document.documentElement.scrollWidth);
			expect(width, url).toBeLessThanOrEqual(390);
		}
		await context.close();
	});
});
