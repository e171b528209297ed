// Filters reach everything (#14 §2): countries are chosen in a search field with removable
// chips that takes any name, seat or code in either language; the article is searched, not
// listed; the actor search finds aliases and suggests near matches on a miss.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, watchErrors, type TestApp } from './server';

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

const countryBox = () => page.locator('[data-testid="country-search"]');
const countryField = () => countryBox().getByRole('combobox');
const chips = () => countryBox().locator('.chip .chip-label');
const relations = () =>
	page
		.locator('[data-testid="headlines"] .figure')
		.filter({
			has: page.locator('dt', { hasText: /^(Relations \(events\)|Relations \(événements\))$/ })
		})
		.locator('.value');

/** Opens a page and waits for its scripts: the search fields replace the plain lists. */
async function open(path: string): Promise<void> {
	await page.goto(`${app.url}${path}`);
	await countryField().waitFor();
}

async function apply(): Promise<URL> {
	const before = page.url();
	await page.locator('[data-testid="filters"] button[type="submit"]').click();
	await page.waitForURL((url) => url.href !== before);
	await page.waitForLoadState('networkidle');
	await countryField().waitFor();
	return new URL(page.url());
}

const visibleOptions = (box: Locator) => box.locator('[role="option"]:visible');

describe('the country search', () => {
	it('finds China by its French seat without accents, picked by keyboard, and filters by it', async () => {
		await open('/');
		const all = Number(await relations().textContent());
		await countryField().fill('pek');
		const listbox = countryBox().getByRole('listbox');
		await listbox.waitFor();
		expect(await countryField().getAttribute('aria-expanded')).toBe('true');
		expect(await visibleOptions(countryBox()).allInnerTexts()).toEqual(['China · Pékin']);
		// The lit option is the field's active descendant.
		const active = await countryField().getAttribute('aria-activedescendant');
		expect(await countryBox().locator(`[id="${active}"]`).innerText()).toBe('China · Pékin');
		await countryField().press('Enter');
		expect(await chips().allInnerTexts()).toEqual(['China']);
		expect(await countryField().inputValue()).toBe('');
		expect(await countryField().getAttribute('aria-expanded')).toBe('false');
		const url = await apply();
		expect(url.searchParams.getAll('country')).toEqual(['CHN']);
		const narrowed = Number(await relations().textContent());
		expect(narrowed).toBeGreaterThan(0);
		expect(narrowed).toBeLessThan(all);
		// The chip is drawn again from the address.
		expect(await chips().allInnerTexts()).toEqual(['China']);
		expect(errors).toEqual([]);
	});

	it('takes a code, a name in the other language, moves with the arrows and closes on Escape', async () => {
		await open('/');
		await countryField().fill('rus');
		await countryBox().getByRole('listbox').waitFor();
		// Equal to its code: the code is said beside the name.
		expect(await visibleOptions(countryBox()).first().innerText()).toBe('Russia · RUS');
		await countryField().press('Escape');
		expect(await countryField().getAttribute('aria-expanded')).toBe('false');
		expect(await visibleOptions(countryBox()).count()).toBe(0);
		// Emptied, the field lists every country; closed, ArrowDown opens it on the first.
		await countryField().fill('');
		const options = await visibleOptions(countryBox()).allInnerTexts();
		expect(options.length).toBeGreaterThan(2);
		await countryField().press('Escape');
		expect(await countryField().getAttribute('aria-expanded')).toBe('false');
		const lit = async () =>
			countryBox()
				.locator(`[id="${await countryField().getAttribute('aria-activedescendant')}"]`)
				.innerText();
		await countryField().press('ArrowDown');
		expect(await countryField().getAttribute('aria-expanded')).toBe('true');
		expect(await lit()).toBe(options[0]);
		await countryField().press('ArrowDown');
		await countryField().press('ArrowDown');
		await countryField().press('ArrowUp');
		expect(await lit()).toBe(options[1]);
		await countryField().press('Enter');
		expect(await chips().allInnerTexts()).toEqual([options[1]]);
		await countryField().fill('Hongrie');
		await countryField().press('Enter');
		await countryField().fill('usa');
		await countryField().press('Enter');
		expect(await chips().allInnerTexts()).toEqual([options[1], 'Hungary', 'United States']);
		const url = await apply();
		expect(url.searchParams.getAll('country').slice(1)).toEqual(['HUN', 'USA']);
		expect(errors).toEqual([]);
	});

	it('removes a chip by its button or by Backspace', async () => {
		await open('/?country=CHN&country=RUS&country=SRB');
		expect(await chips().allInnerTexts()).toEqual(['China', 'Russia', 'Serbia']);
		await countryBox().getByRole('button', { name: 'Remove Russia' }).click();
		expect(await chips().allInnerTexts()).toEqual(['China', 'Serbia']);
		// Focus goes back to the field, where Backspace removes the last chip.
		await page.keyboard.press('Backspace');
		expect(await chips().allInnerTexts()).toEqual(['China']);
		const url = await apply();
		expect(url.searchParams.getAll('country')).toEqual(['CHN']);
		await countryBox().getByRole('button', { name: 'Remove China' }).click();
		const unfiltered = await apply();
		expect(unfiltered.searchParams.getAll('country')).toEqual([]);
		expect(await chips().count()).toBe(0);
		expect(errors).toEqual([]);
	});

	it('is cleared by Reset, even of chips not applied', async () => {
		await open('/?country=CHN&country=RUS');
		await page.locator('[data-testid="filters"] a', { hasText: 'Reset' }).click();
		await page.waitForURL((url) => url.search === '');
		await page.waitForLoadState('networkidle');
		expect(await chips().count()).toBe(0);
		// Chosen on the unfiltered page, not applied, then Reset: the same address.
		await countryField().fill('serbie');
		await countryField().press('Enter');
		expect(await chips().allInnerTexts()).toEqual(['Serbia']);
		await page.locator('[data-testid="filters"] a', { hasText: 'Reset' }).click();
		await page.waitForLoadState('networkidle');
		expect(await chips().count()).toBe(0);
		// Apply then sends no parameter at all (#15 §5): the address stays the bare page's.
		await page.locator('[data-testid="filters"] button[type="submit"]').click();
		await page.waitForLoadState('networkidle');
		expect(new URL(page.url()).search).toBe('');
		expect(await chips().count()).toBe(0);
		expect(errors).toEqual([]);
	});

	it('speaks French, and suggests a near match on a miss', async () => {
		await open('/?lang=fr');
		expect(await countryBox().locator('label').innerText()).toBe('Pays');
		expect(await countryField().getAttribute('placeholder')).toBe('Nom, capitale ou code…');
		await countryField().fill('Chnie');
		await countryBox().getByRole('listbox').waitFor();
		expect(await countryBox().locator('.hint').innerText()).toBe('Vouliez-vous dire…');
		expect(await visibleOptions(countryBox()).allInnerTexts()).toEqual(['Chine']);
		await countryField().press('Enter');
		expect(await chips().allInnerTexts()).toEqual(['Chine']);
		expect(await countryBox().getByRole('button', { name: 'Retirer Chine' }).count()).toBe(1);
		await countryField().fill('Atlantide');
		expect(await countryBox().getByRole('status').innerText()).toBe('Aucun résultat');
		expect(await countryBox().locator('.hint').innerText()).toBe('Aucun résultat');
		const url = await apply();
		expect(url.searchParams.getAll('country')).toEqual(['CHN']);
		expect(url.searchParams.get('lang')).toBe('fr');
		expect(await countryBox().locator('label').innerText()).toBe('Pays');
		expect(errors).toEqual([]);
	});

	it('fits a phone’s width with two chips', async () => {
		const phone = await app.browser.newPage({ viewport: { width: 390, height: 844 } });
		const phoneErrors = watchErrors(phone);
		await phone.goto(`${app.url}/?country=CHN&country=RUS`);
		// On a phone the form is folded behind "Edit filters" (#15 §4).
		await phone.getByRole('button', { name: 'Edit filters' }).click();
		const box = phone.locator('[data-testid="country-search"]');
		await box.getByRole('combobox').waitFor();
		expect(await box.locator('.chip-label').allInnerTexts()).toEqual(['China', 'Russia']);
		const bounds = await box.boundingBox();
		expect((bounds?.x ?? 0) + (bounds?.width ?? 0)).toBeLessThanOrEqual(390);
		await box.getByRole('combobox').fill('ser');
		const option = box.locator('[role="option"]:visible').first();
		const optionBounds = await option.boundingBox();
		expect((optionBounds?.x ?? 0) + (optionBounds?.width ?? 0)).toBeLessThanOrEqual(390);
		await option.tap().catch(() => option.click());
		expect(await box.locator('.chip-label').allInnerTexts()).toEqual(['China', 'Russia', 'Serbia']);
		expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			390
		);
		await phone.close();
		expect(phoneErrors).toEqual([]);
	});

	it('keeps working without JavaScript, with the same address', async () => {
		const context = await app.browser.newContext({ javaScriptEnabled: false });
		const plain = await context.newPage();
		await plain.goto(`${app.url}/`);
		const select = plain.locator('[data-testid="filters"] select[name="country"]');
		await select.selectOption(['CHN', 'RUS']);
		await Promise.all([
			plain.waitForURL((url) => url.search.includes('country')),
			plain.locator('[data-testid="filters"] button[type="submit"]').click()
		]);
		expect(new URL(plain.url()).searchParams.getAll('country')).toEqual(['CHN', 'RUS']);
		await context.close();
	});
});

describe('the article search', () => {
	it('asks the server for titles matching the words typed, and filters by the one picked', async () => {
		await open('/');
		const box = page.locator('[data-testid="article-search"]');
		const field = box.getByRole('combobox');
		const answer = page.waitForResponse((r) => r.url().includes('/api/articles?q='));
		await field.fill('visite d’etat');
		expect((await answer).ok()).toBe(true);
		await box.getByRole('listbox').waitFor();
		expect(await visibleOptions(box).allInnerTexts()).toEqual([
			'2024-05-16 — Visite d’État de Vladimir Poutine en Chine'
		]);
		await field.press('Enter');
		const url = await apply();
		expect(url.searchParams.get('article')).toBe('004_3a0463082a3d97f4');
		expect(
			await page.locator('[data-testid="article-search"] .chip-label').allInnerTexts()
		).toEqual(['2024-05-16 — Visite d’État de Vladimir Poutine en Chine']);
		expect(errors).toEqual([]);
	});

	it('answers the articles a query names, as JSON', async () => {
		const response = await fetch(`${app.url}/api/articles?q=poutine`);
		expect(response.headers.get('content-type')).toContain('application/json');
		const body = (await response.json()) as { articles: { id: string }[] };
		// A title starting with the word first, then one with the word inside.
		expect(body.articles.map((a) => a.id)).toEqual([
			'000_9aa84c4f3abaae7f',
			'004_3a0463082a3d97f4'
		]);
	});
});

describe('the actor search', () => {
	it('finds an actor by any alias in either language', async () => {
		await page.goto(`${app.url}/network?find=Beijing`);
		expect(new URL(page.url()).searchParams.get('find')).toBe('Beijing');
		expect(await page.locator('[data-testid="node-panel"] h2').innerText()).toContain('China');
		await page.goto(`${app.url}/network?find=Poutine`);
		expect(await page.locator('[data-testid="node-panel"] h2').innerText()).toContain(
			'Vladimir Putin'
		);
		expect(errors).toEqual([]);
	});

	it('suggests a near match on a miss', async () => {
		await page.goto(`${app.url}/network?find=Puttin`);
		const near = page.locator('[data-testid="did-you-mean"]');
		expect(await near.innerText()).toBe('Did you mean Vladimir Putin?');
		await near.getByRole('link', { name: 'Vladimir Putin' }).click();
		await page.waitForURL((url) => url.searchParams.get('select') === 'vladimir-putin');
		expect(await page.locator('[data-testid="node-panel"] h2').innerText()).toContain(
			'Vladimir Putin'
		);
		await page.goto(`${app.url}/network?find=Poutinne&lang=fr`);
		expect(await near.innerText()).toBe('Vouliez-vous dire Vladimir Poutine\u202f?');
		expect(errors).toEqual([]);
	});
});
