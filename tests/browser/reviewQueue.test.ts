// The corpus-wide review queue (#13 §4): editors only; the least certain relations first; one
// keystroke accepts or rejects the marked one, written to the article's curation file.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, watchErrors, type TestApp } from './server';

const TOKEN = 'correct horse battery staple';
let app: TestApp;
let page: Page;
let errors: string[] = [];

beforeAll(async () => {
	app = await startApp([], { ENTENTE_EDIT_TOKEN: TOKEN });
	page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
	errors = watchErrors(page);
});
afterAll(async () => {
	await app?.stop();
});

const confidences = async () =>
	(await page.locator('[data-testid="review-queue"] .confidence').allTextContents()).map((t) =>
		Number(t.replace(/^confidence /, ''))
	);

describe('the review queue', () => {
	it('shows nothing found to a visitor without the token', async () => {
		// Editing is on: the navigation leads there from every page, before the token is given.
		await page.goto(`${app.url}/network`);
		await page.locator('.site-header nav a', { hasText: 'Review queue' }).click();
		await page.waitForURL(/\/review$/);
		expect(await page.locator('[data-testid="review-locked"]').count()).toBe(1);
		expect(await page.locator('[data-testid="review-queue"]').count()).toBe(0);
		const refused = await fetch(`${app.url}/review?page=x`);
		expect(refused.status).toBe(400);
	});

	it('lists the least certain first; j moves, a accepts the marked relation in one keystroke', async () => {
		await page.goto(`${app.url}/ingest`);
		await page.locator('[name="token"]').fill(TOKEN);
		await page.locator('button', { hasText: 'Unlock editing' }).click();
		await page.locator('[data-testid="ingest-form"]').waitFor();
		await page.goto(`${app.url}/review`);
		await page.waitForLoadState('networkidle');
		const shown = await confidences();
		expect(shown.length).toBeGreaterThan(1);
		expect(shown).toEqual([...shown].sort((a, b) => a - b));
		const lede = async () =>
			Number(/^(\d+) relations?/.exec(await page.locator('main p.muted').first().innerText())?.[1]);
		const before = await lede();
		const curation = async () =>
			(
				await Promise.all(
					['000_9aa84c4f3abaae7f', '004_3a0463082a3d97f4'].map((id) =>
						readFile(path.join(app.dataDir, 'curated', `${id}.yaml`), 'utf8')
					)
				)
			).join('\n');
		const adds = async () => (await curation()).split('action: add').length;
		const addsBefore = await adds();
		const items = page.locator('[data-testid="review-queue"] li');
		// Events in the data set: accepting one (mutual or not) adds no second copy of it.
		const events = async () =>
			(await (await fetch(`${app.url}/api/data/events.csv`)).text()).trim().split('\n').length;
		const eventsBefore = await events();
		await page.keyboard.press('j');
		expect(await items.nth(1).getAttribute('aria-current')).toBe('true');
		const second = (await items.nth(1).getAttribute('data-relation')) as string;
		const label = (await items.nth(1).locator('strong').textContent()) as string;
		await page.keyboard.press('a');
		await expect
			.poll(() => page.locator('[data-testid="review-done"]').textContent())
			.toContain(`Accepted: ${label}.`);
		// Decided: out of the queue, and written to its article's curation file.
		expect(await lede()).toBe(before - 1);
		expect(await page.locator(`[data-relation="${second}"]`).count()).toBe(0);
		const [type] = second.split(':');
		expect(await adds()).toBe(addsBefore + 1);
		expect(await curation()).toContain(`action: add\n    type: ${type}`);
		await expect.poll(events).toBe(eventsBefore);
		// The marker stays where it was, on the relation that moved up into its place.
		expect(await items.nth(1).getAttribute('aria-current')).toBe('true');
		expect(await items.nth(0).getAttribute('aria-current')).toBeNull();
		// A decision that is neither accept nor reject is refused and said so, never taken as one.
		const odd = await page.request.post(`${app.url}/review?/decide`, {
			headers: { origin: app.url, accept: 'text/html' },
			form: { relation: second, article: 'x', decision: 'maybe' }
		});
		expect(odd.status()).toBe(400);
		expect(await odd.text()).toContain('The decision must be “accept” or “reject”');
		// A negation says what accepting it means (the text says it did not happen); no other does.
		let negations = 0;
		for (const n of [1, 2]) {
			await page.goto(`${app.url}/review?page=${n}`);
			for (const item of await items.all()) {
				const negated = (await item.getAttribute('data-modality')) === 'negated';
				negations += negated ? 1 : 0;
				expect(await item.locator('[data-testid="negated-accept"]').count()).toBe(negated ? 1 : 0);
				if (negated)
					expect(await item.locator('[data-testid="negated-accept"]').innerText()).toContain(
						'the text says this did not happen'
					);
			}
		}
		expect(negations).toBeGreaterThan(0);
		if (process.env.REVIEW_SHOT) await page.screenshot({ path: process.env.REVIEW_SHOT });
		expect(errors).toEqual([]);
	});
});
