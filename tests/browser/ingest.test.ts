// Adding an article from the browser: off unless the server has an editing token; with it,
// preview the extraction, save, and see the article in the data set without a restart. Each
// refusal writes nothing; a post from another site is refused (CSRF).
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type TestApp } from './server';

const TOKEN = 'correct horse battery staple';
let app: TestApp;
let readOnly: TestApp;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
	app = await startApp([], { ENTENTE_EDIT_TOKEN: TOKEN });
	page = await app.browser.newPage();
	page.on('pageerror', (e) => errors.push(e.message));
});
afterAll(async () => {
	await app?.stop();
	await readOnly?.stop();
});

const articleFiles = async () => (await readdir(path.join(app.dataDir, 'articles'))).sort();

async function fill(p: Page, fields: Record<string, string>) {
	for (const [name, value] of Object.entries(fields))
		await p.locator(`[name="${name}"]`).first().fill(value);
}

const MODI = {
	text: 'Indian Prime Minister Narendra Modi met Russian President Vladimir Putin in Moscow on Tuesday. The two leaders signed an agreement on energy. Indian Foreign Secretary Vinay Kwatra attended the talks.',
	title: 'Modi meets Putin in Moscow',
	date: '2024-07-09',
	source: 'Example Times'
};

describe('add an article in the browser', () => {
	it('asks for the editing token, then previews what the extraction finds', async () => {
		await page.goto(`${app.url}/ingest`);
		await page.locator('[name="token"]').fill('wrong');
		await page.locator('button', { hasText: 'Unlock editing' }).click();
		await expect
			.poll(() => page.locator('[data-testid="ingest-problems"]').textContent())
			.toContain('not the editing token');
		await page.locator('[name="token"]').fill(TOKEN);
		await page.locator('button', { hasText: 'Unlock editing' }).click();
		await page.locator('[data-testid="ingest-form"]').waitFor();
		// The cookie keeps a signed session, not the token.
		const cookie = (await page.context().cookies()).find((c) => c.name === 'entente_edit');
		expect(cookie?.httpOnly).toBe(true);
		expect(cookie?.value).toMatch(/^[\w-]+\.\d+\.[\w-]+$/);
		expect(cookie?.value).not.toContain('horse');
		await fill(page, MODI);
		await page.locator('button', { hasText: 'Preview the extraction' }).click();
		const preview = page.locator('[data-testid="ingest-preview"]');
		await preview.waitFor();
		expect(
			await preview
				.locator('[data-testid="article-text"] mark[data-entity="vladimir-putin"]')
				.allTextContents()
		).toContain('Vladimir Putin');
		const entities = await page.locator('[data-testid="preview-entities"]').textContent();
		expect(entities).toContain('Narendra Modi');
		expect(
			await page
				.locator('[data-testid="preview-entities"] li', { hasText: 'Vinay Kwatra' })
				.textContent()
		).toContain('unknown to the gazetteer');
		const relations = await page.locator('[data-testid="preview-relations"]').textContent();
		expect(relations).toContain('meeting');
		expect(relations).toContain('2024-07-09');
		expect(await articleFiles()).toHaveLength(2);
	});

	it('saves it, rebuilds the data set and shows it without a restart', async () => {
		// Asked for before the save: the page kept in memory gives way to the new data set.
		const before = await (await fetch(`${app.url}/network?country=IND`)).text();
		expect(before).not.toContain('narendra-modi');
		await page.locator('[data-testid="save-form"] button').click();
		await page.waitForURL(/\/articles\/2024-07-09-modi-meets-putin-in-moscow$/);
		expect(await page.locator('h1').textContent()).toBe(MODI.title);
		expect(await articleFiles()).toContain('2024-07-09-modi-meets-putin-in-moscow.md');
		await page.goto(`${app.url}/network?country=IND`);
		expect(
			await page.locator('[data-testid="network-svg"] [data-node="narendra-modi"]').count()
		).toBe(1);
		expect(errors).toEqual([]);
	});

	it('refuses a duplicate, an empty text and a future date, writing nothing', async () => {
		const before = await articleFiles();
		await page.goto(`${app.url}/ingest`);
		await fill(page, {
			...MODI,
			title: 'Same text, other title',
			text: `  ${MODI.text.replace(/ /g, '  ')}\n`
		});
		await page.locator('button', { hasText: 'Save without preview' }).click();
		await expect
			.poll(() => page.locator('[data-testid="ingest-problems"]').textContent())
			.toContain('already holds this text');
		await fill(page, { ...MODI, text: '   ' });
		await page.locator('button', { hasText: 'Save without preview' }).click();
		await expect
			.poll(() => page.locator('[data-testid="ingest-problems"]').textContent())
			.toContain('Paste the article’s text');
		await fill(page, { ...MODI, text: 'A new text about a summit.', date: '2099-01-01' });
		await page.locator('button', { hasText: 'Save without preview' }).click();
		await expect
			.poll(() => page.locator('[data-testid="ingest-problems"]').textContent())
			.toContain('in the future');
		expect(await articleFiles()).toEqual(before);
	});

	it('refuses a binary upload', async () => {
		await page.goto(`${app.url}/ingest`);
		await fill(page, { title: 'Binary', date: '2024-01-01', source: 'x', text: '' });
		await page.locator('[name="file"]').setInputFiles({
			name: 'x.md',
			mimeType: 'text/markdown',
			buffer: Buffer.from([0x50, 0x4b, 0x00, 0x03])
		});
		await page.locator('button', { hasText: 'Preview the extraction' }).click();
		await expect
			.poll(() => page.locator('[data-testid="ingest-problems"]').textContent())
			.toContain('binary');
	});

	it('refuses a form posted from another site (CSRF) and posts without the token', async () => {
		const body = new URLSearchParams({ ...MODI, text: 'Forged text.' });
		const forged = await fetch(`${app.url}/ingest?/save`, {
			method: 'POST',
			body,
			headers: {
				origin: 'https://evil.example',
				'content-type': 'application/x-www-form-urlencoded'
			}
		});
		expect(forged.status).toBe(403);
		const anonymous = await fetch(`${app.url}/ingest?/save`, {
			method: 'POST',
			body,
			headers: {
				origin: app.url,
				'content-type': 'application/x-www-form-urlencoded',
				accept: 'application/json'
			}
		});
		expect(await anonymous.text()).toContain('Give the editing token first');
		expect((await articleFiles()).some((f) => f.includes('forged'))).toBe(false);
	});
});

describe('review an article', () => {
	it('rejects a relation, adds one from selected words, and writes both to the curation file', async () => {
		const id = '2024-07-09-modi-meets-putin-in-moscow';
		await page.goto(`${app.url}/articles/${id}`);
		await page.locator('a', { hasText: 'Review the extraction' }).click();
		await page.waitForURL(new RegExp(`/articles/${id}/review$`));
		const agreement = page.locator('[data-testid="review-relations"] li', { hasText: 'agreement' });
		expect(await agreement.count()).toBe(1);
		await agreement.locator('button', { hasText: 'Reject' }).click();
		await expect
			.poll(() => page.locator('[data-testid="review-done"]').textContent())
			.toContain('Rejected');
		expect(
			await page.locator('[data-testid="review-relations"] li', { hasText: 'agreement' }).count()
		).toBe(0);

		// Words selected in the text become the quote of a new relation.
		await page.waitForLoadState('networkidle');
		await page.locator('.source-text').evaluate((el) => {
			const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
			for (let n = walker.nextNode(); n; n = walker.nextNode()) {
				const at = n.textContent?.indexOf('signed an agreement on energy') ?? -1;
				if (at >= 0) {
					const range = document.createRange();
					range.setStart(n, at);
					range.setEnd(n, at + 'signed an agreement on energy'.length);
					getSelection()?.removeAllRanges();
					getSelection()?.addRange(range);
					el.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
					return;
				}
			}
		});
		const form = page.locator('[data-testid="review-add"]');
		expect(await form.locator('textarea[name="quote"]').inputValue()).toBe(
			'signed an agreement on energy'
		);
		await form.locator('select[name="type"]').selectOption('agreement');
		await form.locator('select[name="source"]').selectOption('narendra-modi');
		await form.locator('select[name="target"]').selectOption('vladimir-putin');
		await form.locator('button').click();
		await expect
			.poll(() => page.locator('[data-testid="review-done"]').textContent())
			.toContain('Relation added');
		const curation = await readFile(path.join(app.dataDir, 'curated', `${id}.yaml`), 'utf8');
		expect(curation).toContain('action: reject');
		expect(curation).toContain('quote: signed an agreement on energy');
		expect(
			await page
				.locator('[data-testid="review-relations"] li', { hasText: 'agreement' })
				.textContent()
		).toMatch(/(?:added|accepted) by an editor/);
	});

	it('refuses words that are not in the article', async () => {
		const form = page.locator('[data-testid="review-add"]');
		await form.locator('textarea[name="quote"]').fill('words nobody wrote');
		await form.locator('button').click();
		await expect
			.poll(() => page.locator('[data-testid="review-problem"]').textContent())
			.toContain('must appear in it exactly');
	});
});

describe('logging out', () => {
	const id = '2024-07-09-modi-meets-putin-in-moscow';
	let french: Page;
	let copied = '';

	it('is a button on every editing page, in English and in French', async () => {
		for (const pathname of ['/ingest', `/articles/${id}/review`]) {
			await page.goto(`${app.url}${pathname}`);
			expect(await page.locator('[data-testid="logout"]').textContent(), pathname).toBe(
				'Log out of editing'
			);
		}
		// A French reader holding a copy of the same cookie (another browser, a stolen copy).
		const cookies = await page.context().cookies();
		copied = cookies.find((c) => c.name === 'entente_edit')?.value ?? '';
		expect(copied).not.toBe('');
		const context = await app.browser.newContext({ locale: 'fr-FR' });
		await context.addCookies(cookies);
		french = await context.newPage();
		await french.goto(`${app.url}/ingest`);
		expect(await french.locator('[data-testid="logout"]').textContent()).toBe(
			'Quitter la modification'
		);
		await french.goto(`${app.url}/articles/${id}/review`);
		expect(await french.locator('[data-testid="logout"]').textContent()).toBe(
			'Quitter la modification'
		);
	});

	it('clears the cookie and ends the session: its copy edits nothing either', async () => {
		await page.goto(`${app.url}/articles/${id}/review`);
		await page.locator('[data-testid="logout"]').click();
		await page.waitForURL(/\/ingest$/);
		await page.locator('[name="token"]').waitFor();
		expect(await page.locator('[data-testid="logout"]').count()).toBe(0);
		const left = await page.context().cookies();
		expect(left.find((c) => c.name === 'entente_edit')).toBeUndefined();
		// The copy still in the other browser is refused by the server.
		await french.reload();
		expect(await french.locator('[data-testid="review-locked"]').count()).toBe(1);
		expect(await french.locator('[data-testid="logout"]').count()).toBe(0);
		const before = await articleFiles();
		const post = await fetch(`${app.url}/ingest?/save`, {
			method: 'POST',
			body: new URLSearchParams({ ...MODI, title: 'Another title', text: `${MODI.text} Again.` }),
			headers: {
				origin: app.url,
				cookie: `entente_edit=${copied}`,
				'content-type': 'application/x-www-form-urlencoded',
				accept: 'application/json'
			}
		});
		expect(await post.text()).toContain('Give the editing token first');
		expect(await articleFiles()).toEqual(before);
		await french.context().close();
	});
});

describe('a server without an editing token', () => {
	it('says editing is off and accepts no write', async () => {
		readOnly = await startApp();
		const html = await (await fetch(`${readOnly.url}/ingest`)).text();
		expect(html).toContain('Editing is off on this server');
		const post = await fetch(`${readOnly.url}/ingest?/save`, {
			method: 'POST',
			body: new URLSearchParams(MODI),
			headers: {
				origin: readOnly.url,
				'content-type': 'application/x-www-form-urlencoded',
				accept: 'application/json'
			}
		});
		expect(await post.text()).toContain('Editing is off');
		expect((await readdir(path.join(readOnly.dataDir, 'articles'))).length).toBe(2);
	});
});
