// The home page in a real browser: the corpus and its actors, no console error, user text
// shown as text, and a 404 page for an unknown address.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, watchErrors, type TestApp } from './server';

let app: TestApp;
let page: Page;
let consoleErrors: string[] = [];

beforeAll(async () => {
	app = await startApp([path.resolve('tests/fixtures/hostile/hostile-article.md')]);
	page = await app.browser.newPage();
	consoleErrors = watchErrors(page);
	page.on('dialog', (d) => {
		consoleErrors.push(`dialog: ${d.message()}`);
		void d.dismiss();
	});
});

afterAll(async () => {
	await app?.stop();
});

describe('home page', () => {
	it('lists the corpus articles with their dates and counts', async () => {
		await page.goto(app.url);
		const rows = page.locator('[data-testid="articles"] tbody tr');
		await expect.poll(() => rows.count()).toBe(3);
		const founding = page.locator('[data-testid="articles"] tr[data-id="004_3a0463082a3d97f4"]');
		expect(await founding.locator('time').textContent()).toBe('2024-05-16');
	});

	it('lists the actors found, most mentioned first', async () => {
		await page.goto(app.url);
		const first = page.locator('[data-testid="actors"] tbody tr').first();
		expect(await first.getAttribute('data-id')).toBe('CHN');
		const putin = page.locator('[data-testid="actors"] tr[data-id="vladimir-putin"]');
		expect(await putin.locator('td').first().textContent()).toBe('Vladimir Putin');
	});

	it('shows hostile article text as text and runs none of it', async () => {
		await page.goto(app.url);
		const row = page.locator('[data-testid="articles"] tr[data-id="hostile-article"]');
		expect(await row.locator('td').nth(1).textContent()).toContain(
			'<script>window.__pwned = 1</script>'
		);
		expect(
			await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)
		).toBeUndefined();
		expect(await page.locator('img[src="x"]').count()).toBe(0);
	});

	it('logs no console error', () => {
		expect(consoleErrors).toEqual([]);
	});

	it('answers an unknown address with a 404 page', async () => {
		const response = await page.goto(`${app.url}/no-such-page`);
		expect(response?.status()).toBe(404);
		expect(await page.locator('h1').textContent()).toBe('404');
	});
});
