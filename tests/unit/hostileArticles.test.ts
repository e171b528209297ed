// Hostile front-matter and form values: a url that would run as script, an id that is not a
// plain file name, a date outside the documented range — each refused, naming file and line.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleViewOf } from '../../src/lib/articleView';
import { isArticleId, webUrl } from '../../src/lib/dataset/articleRules';
import { parseArticle } from '../../src/lib/dataset/parseArticle';
import { InputError } from '../../src/lib/errors';
import { articleFromFile } from '../../src/lib/server/articleFromFile';
import { articleFromForm } from '../../src/lib/server/ingestForm';
import type { Article } from '../../src/lib/types';

const article = (fields: Record<string, string>) =>
	[
		'---',
		...Object.entries({
			id: 'a-1',
			title: 'T',
			date: '2024-05-16',
			lang: 'en',
			source: 'S',
			...fields
		}).map(([k, v]) => `${k}: ${JSON.stringify(v)}`),
		'---',
		'Xi Jinping met Vladimir Putin in Beijing.'
	].join('\n');

/** The InputError parseArticle throws, or undefined when it accepts the file. */
function refusal(content: string): InputError | undefined {
	try {
		parseArticle('data/articles/x.md', content);
		return undefined;
	} catch (error) {
		if (error instanceof InputError) return error;
		throw error;
	}
}

const SCRIPT_URLS = [
	'javascript:alert(1)',
	'JaVaScRiPt:alert(1)',
	'java\tscript:alert(1)',
	' javascript:alert(1)',
	'data:text/html,<script>alert(1)</script>',
	'vbscript:msgbox(1)',
	'//evil.example/x',
	'ftp://example.org/a'
];

describe('an article url', () => {
	it.each(SCRIPT_URLS)('%j is refused in front-matter, at its line', (url) => {
		const error = refusal(article({ url }));
		expect(error?.message).toMatch(/^data\/articles\/x\.md:7: url must be an http: or https:/);
	});

	it('http and https addresses are kept as written', () => {
		for (const url of ['https://example.org/a?b=1#c', 'http://example.org/'])
			expect(parseArticle('x.md', article({ url })).url).toBe(url);
	});

	it.each(SCRIPT_URLS)('%j is refused by the ingest form, naming the field', async (url) => {
		const form = new FormData();
		for (const [k, v] of Object.entries({
			text: 'Xi Jinping met Vladimir Putin.',
			title: 'T',
			date: '2024-05-16',
			lang: 'en',
			source: 'S',
			url
		}))
			form.set(k, v);
		const { article: saved, problems } = await articleFromForm(form);
		expect(saved).toBeUndefined();
		expect(problems).toEqual([
			'URL: give a web address starting with http:// or https:// or leave it empty.'
		]);
	});

	it('is never drawn as a live link unless it is http(s), whatever the data set holds', () => {
		const base: Article = {
			id: 'a',
			title: 'T',
			date: '2024-05-16',
			lang: 'en',
			source: 'S',
			text: 'Text.'
		};
		for (const url of SCRIPT_URLS)
			expect(articleViewOf({ ...base, url }, new Map(), [], []).url).toBeUndefined();
		expect(articleViewOf({ ...base, url: 'https://example.org/a' }, new Map(), [], []).url).toBe(
			'https://example.org/a'
		);
		expect(webUrl('HTTPS://Example.org/a')).toBe('https://example.org/a');
	});
});

describe('an article id', () => {
	it.each(['..', '.', '.hidden', 'a..b', 'a.', 'a/b', '../etc', 'a b', '', 'x'.repeat(121)])(
		'%j is refused at its line',
		(id) => {
			expect(isArticleId(id)).toBe(false);
			expect(refusal(article({ id }))?.message).toMatch(/^data\/articles\/x\.md:2: id may use/);
		}
	);

	it.each(['2024-07-09-modi-moscow', '000_9aa84c4f3abaae7f', 'afp.2024.07', 'A_1'])(
		'%j is accepted',
		(id) => {
			expect(isArticleId(id)).toBe(true);
			expect(refusal(article({ id }))).toBeUndefined();
		}
	);
});

describe('an article date', () => {
	it.each(['0000-01-01', '1899-12-31', '2100-01-01'])('%j is refused at its line', (date) => {
		expect(refusal(article({ date }))?.message).toBe(
			`data/articles/x.md:4: date must fall between 1900-01-01 and 2099-12-31 (at date)`
		);
	});

	it('the first and last days of the range are accepted', () => {
		for (const date of ['1900-01-01', '2099-12-31'])
			expect(refusal(article({ date }))).toBeUndefined();
	});
});

describe('npm run ingest on a file', () => {
	it('takes a plain id from a hidden or dotted file name, and refuses a --date out of range', async () => {
		const dir = await mkdtemp(path.join(tmpdir(), 'entente-hostile-'));
		const hidden = path.join(dir, '.hidden..md');
		await writeFile(hidden, 'Xi Jinping met Vladimir Putin in Beijing.');
		expect((await articleFromFile(hidden, { date: '2024-05-16' })).id).toBe('hidden');
		await expect(articleFromFile(hidden, { date: '0000-01-01' })).rejects.toThrow(
			`${hidden}: --date 0000-01-01 must fall between 1900-01-01 and 2099-12-31`
		);
	});
});
