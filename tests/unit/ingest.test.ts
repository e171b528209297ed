// Adding articles: nothing lost, nothing broken. Each refusal, duplicates after normalising
// white space, saves at once (in one process and in two), a crash mid-save, and the command.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/lib/dataset/parseArticle';
import { compileDataset } from '../../src/lib/server/compileDataset';
import { addArticle, MAX_ARTICLE_BYTES } from '../../src/lib/server/corpusWriter';
import { loadArticles } from '../../src/lib/server/loadCorpus';
import type { Article } from '../../src/lib/types';
import { realLexicon } from '../helpers/corpus';

const run = promisify(execFile);
const TSX = path.resolve('node_modules/.bin/tsx');

let data: string;
let articles: string;
// The gazetteer compiled once for the file (copies of data/ share it): the tests time saving
// articles, not loading 18,000 actors.
beforeAll(() => realLexicon(), 60_000);
beforeEach(async () => {
	data = await mkdtemp(path.join(tmpdir(), 'entente-ingest-'));
	await cp(path.resolve('data'), data, { recursive: true });
	articles = path.join(data, 'articles');
});

const article = (over: Partial<Article> = {}): Article => ({
	id: 'modi-moscow',
	title: 'Modi meets Putin',
	date: '2024-07-09',
	lang: 'en',
	source: 'Example Times',
	text: '  Indian Prime Minister Narendra Modi met Russian President Vladimir Putin in Moscow.\u00a070\u00a0%\n\nSecond paragraph.\n',
	...over
});
const files = async () => (await readdir(articles)).sort();

describe('saving an article', () => {
	it('writes a file that reads back as the same article, text verbatim', async () => {
		const outcome = await addArticle(articles, article({ url: 'https://example.com/a' }));
		expect(outcome).toMatchObject({ status: 'added', id: 'modi-moscow' });
		const file = path.join(articles, 'modi-moscow.md');
		expect(parseArticle(file, await readFile(file, 'utf8'))).toEqual(
			article({ url: 'https://example.com/a' })
		);
		expect(await files()).toEqual([
			'000_9aa84c4f3abaae7f.md',
			'004_3a0463082a3d97f4.md',
			'modi-moscow.md'
		]);
	});

	it('skips a duplicate of an article in the corpus, however its white space differs', async () => {
		await addArticle(articles, article());
		const respaced = article({
			id: 'other-id',
			text: 'Indian Prime Minister Narendra Modi   met Russian President\nVladimir Putin in Moscow. 70 % Second paragraph.'
		});
		expect(await addArticle(articles, respaced)).toMatchObject({
			status: 'duplicate',
			id: 'modi-moscow'
		});
		const founding = (await loadArticles(articles))[0] as Article;
		expect(
			await addArticle(articles, { ...founding, id: 'copy', text: `\n${founding.text}  \n` })
		).toMatchObject({ status: 'duplicate', id: founding.id });
		expect((await files()).length).toBe(3);
	});

	it('refuses a date in the future and a text over the size limit, writing nothing', async () => {
		expect(
			await addArticle(articles, article({ date: '2024-07-10' }), { today: '2024-07-09' })
		).toMatchObject({
			status: 'refused',
			reason: 'the date 2024-07-10 is in the future'
		});
		const huge = article({ text: 'x'.repeat(MAX_ARTICLE_BYTES + 1) });
		expect((await addArticle(articles, huge)).reason).toMatch(/over the 2 MB limit/);
		expect((await files()).length).toBe(2);
	});

	it('gives another id to a different article with a taken id, never overwriting', async () => {
		await addArticle(articles, article());
		const other = article({ text: 'Another text altogether.' });
		expect(await addArticle(articles, other)).toMatchObject({
			status: 'added',
			id: 'modi-moscow-2'
		});
		expect(await readFile(path.join(articles, 'modi-moscow.md'), 'utf8')).toContain(
			'Narendra Modi'
		);
	});
});

describe('saves at once', () => {
	it('never clobber each other, and let one copy of the same text in', async () => {
		const different = await Promise.all(
			Array.from({ length: 8 }, (_, i) =>
				addArticle(articles, article({ text: `Text number ${i}.` }))
			)
		);
		expect(new Set(different.map((o) => o.id)).size).toBe(8);
		const texts = await Promise.all(
			different.map(
				async (o) =>
					parseArticle('x', await readFile(path.join(articles, `${o.id}.md`), 'utf8')).text
			)
		);
		expect(texts.sort()).toEqual(Array.from({ length: 8 }, (_, i) => `Text number ${i}.`).sort());
		const same = await Promise.all(
			Array.from({ length: 5 }, () =>
				addArticle(articles, article({ id: 'same', text: 'One text.' }))
			)
		);
		expect(same.filter((o) => o.status === 'added').length).toBe(1);
		expect(same.filter((o) => o.status === 'duplicate').length).toBe(4);
	});

	it('from two processes, let one copy in and skip the other', async () => {
		const source = path.join(data, 'new.md');
		await writeFile(
			source,
			'---\nid: twice\ntitle: Twice\ndate: 2024-05-01\nlang: en\nsource: test\n---\nXi Jinping met Vladimir Putin in Beijing.\n'
		);
		const ingest = () =>
			run(TSX, ['scripts/ingest.ts', source], {
				env: { ...process.env, ENTENTE_DATA_DIR: data, ENTENTE_DATASET: path.join(data, 'ds.json') }
			});
		const outputs = await Promise.all([ingest(), ingest()]);
		const summaries = outputs.map((o) => o.stdout.split('\n')[0]).sort();
		expect(summaries).toEqual([
			'added 0, skipped as duplicate 1, refused 0',
			'added 1, skipped as duplicate 0, refused 0'
		]);
		expect((await files()).filter((f) => f.startsWith('twice'))).toEqual(['twice.md']);
		// Two processes, each loading the world gazetteer and rebuilding under the data lock one
		// after the other: ~6 s alone, past 20 s on two busy cores.
	}, 90_000);
});

describe('a crash mid-save', () => {
	it('leaves the corpus as it was: a half-written temporary file is never read as an article', async () => {
		await writeFile(
			path.join(articles, '.modi-moscow.123.abcd.tmp'),
			'---\nid: modi-moscow\ntitle: half'
		);
		const corpus = await loadArticles(articles);
		expect(corpus.map((a) => a.id)).toEqual(['000_9aa84c4f3abaae7f', '004_3a0463082a3d97f4']);
		expect((await compileDataset(data)).articles.length).toBe(2);
		expect(await addArticle(articles, article())).toMatchObject({
			status: 'added',
			id: 'modi-moscow'
		});
	});
});

describe('npm run ingest', () => {
	it('adds, skips and refuses with a summary, exits 1 when something was refused, and rebuilds the data set', async () => {
		await writeFile(path.join(data, 'empty.md'), '');
		const result = await run(
			TSX,
			[
				'scripts/ingest.ts',
				path.resolve('tests/fixtures/articles/en-kim-putin.md'),
				path.join(articles, '000_9aa84c4f3abaae7f.md'),
				path.join(data, 'empty.md')
			],
			{
				env: { ...process.env, ENTENTE_DATA_DIR: data, ENTENTE_DATASET: path.join(data, 'ds.json') }
			}
		).then(
			(o) => ({ code: 0, ...o }),
			(e: { code: number; stdout: string; stderr: string }) => e
		);
		expect(result.code).toBe(1);
		expect(result.stdout).toContain('added 1, skipped as duplicate 1, refused 1');
		expect(result.stdout).toContain(`refused   ${path.join(data, 'empty.md')}: the file is empty`);
		expect(result.stderr).not.toMatch(/\n\s+at /);
		const dataset = JSON.parse(await readFile(path.join(data, 'ds.json'), 'utf8'));
		expect(dataset.articles.map((a: { id: string }) => a.id)).toContain('en-kim-putin');
		// A process that loads the world gazetteer and rebuilds the data set (as above).
	}, 90_000);
});
