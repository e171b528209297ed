// The build extracts an article once: a rebuild reuses what it kept, adding one article
// extracts that one, and a cached build gives the very same data set as a fresh one.
import { cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/lib/dataset/buildDataset';
import { compileDataset, serializeDataset } from '../../src/lib/server/compileDataset';
import { extractionCache } from '../../src/lib/server/extractionCache';
import { loadArticles, loadCurations } from '../../src/lib/server/loadCorpus';
import { loadLexicon } from '../../src/lib/server/loadLexicon';
import { DATA, FIXTURES } from '../helpers/corpus';

async function corpus(): Promise<string> {
	const dir = await mkdtemp(path.join(tmpdir(), 'entente-cache-'));
	await cp(DATA, path.join(dir, 'data'), { recursive: true });
	for (const name of ['en-modi-moscow.md', 'fr-lula-paris.md'])
		await cp(path.join(FIXTURES, 'articles', name), path.join(dir, 'data/articles', name));
	return dir;
}

describe('the extraction cache', () => {
	it('gives the same data set, byte for byte, cold, warm and without it', async () => {
		const dir = await corpus();
		const data = path.join(dir, 'data');
		const cache = path.join(dir, 'extractions');
		const fresh = serializeDataset(await compileDataset(data));
		expect(serializeDataset(await compileDataset(data, cache))).toBe(fresh);
		expect((await readdir(cache)).length).toBe(4);
		expect(serializeDataset(await compileDataset(data, cache))).toBe(fresh);
	}, 60_000);

	it('extracts only the article added, and forgets the one removed', async () => {
		const dir = await corpus();
		const data = path.join(dir, 'data');
		const lexicon = await loadLexicon(data);
		let extracted = 0;
		const build = async () => {
			const articles = await loadArticles(path.join(data, 'articles'));
			const curations = await loadCurations(path.join(data, 'curated'), articles, lexicon);
			const cache = await extractionCache(path.join(dir, 'extractions'), 'v1');
			buildDataset(articles, lexicon, curations, (a, key, extract) =>
				cache.extraction(a, key, () => (extracted++, extract()))
			);
			return cache.flush();
		};
		expect(await build()).toEqual({ reused: 0, extracted: 4 });
		expect(await build()).toEqual({ reused: 4, extracted: 0 });
		await writeFile(
			path.join(data, 'articles', 'new.md'),
			'---\nid: new\ntitle: New\ndate: 2024-07-10\nlang: en\nsource: test\n---\nIndian Prime Minister Narendra Modi met Russian President Vladimir Putin in Moscow.\n'
		);
		extracted = 0;
		expect(await build()).toEqual({ reused: 4, extracted: 1 });
		expect(extracted).toBe(1);
		expect((await readdir(path.join(dir, 'extractions'))).length).toBe(5);
		await rm(path.join(data, 'articles', 'new.md'));
		expect(await build()).toEqual({ reused: 4, extracted: 0 });
		expect((await readdir(path.join(dir, 'extractions'))).length).toBe(4);
	}, 60_000);
});
