// Saves under crashes and contention: one lock for data/ that a crashed process cannot keep,
// a save that waits says so and never fails for it, the data set written whole however many
// rebuilds overlap, and a data set older than its inputs rebuilt at start.
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rename, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addArticle } from '../../src/lib/server/corpusWriter';
import { DataLockBusy, withDataLock } from '../../src/lib/server/dataLock';
import {
	datasetIsStale,
	rebuildDataset,
	rebuildIfStale
} from '../../src/lib/server/rebuildDataset';
import { storeFileFor } from '../../src/lib/server/paths';
import { loadStore } from '../../src/lib/server/store/loadStore';
import type { Dataset } from '../../src/lib/dataset/schema';
import type { Article } from '../../src/lib/types';
import { realLexicon } from '../helpers/corpus';

let data: string;
let articles: string;
/** Where the data set goes: beside data/, as generated/ is. */
let file: string;
beforeAll(() => realLexicon(), 60_000);
beforeEach(async () => {
	data = await mkdtemp(path.join(tmpdir(), 'entente-lock-'));
	await cp(path.resolve('data'), data, { recursive: true });
	articles = path.join(data, 'articles');
	file = path.join(await mkdtemp(path.join(tmpdir(), 'entente-generated-')), 'dataset.json');
});

const article = (over: Partial<Article> = {}): Article => ({
	id: 'modi-moscow',
	title: 'Modi meets Putin',
	date: '2024-07-09',
	lang: 'en',
	source: 'Example Times',
	text: 'Indian Prime Minister Narendra Modi met Russian President Vladimir Putin in Moscow.\n',
	...over
});

describe('a save while another holds the data lock', () => {
	it('says it is waiting, then gets in once the lock is free', async () => {
		let release!: () => void;
		const holding = withDataLock(data, () => new Promise<void>((r) => (release = r)));
		const told: string[] = [];
		const saving = addArticle(articles, article(), { lock: { onWait: (m) => told.push(m) } });
		await new Promise((r) => setTimeout(r, 300));
		expect(told).toEqual(['another save is in progress, retrying']);
		release();
		await holding;
		expect(await saving).toMatchObject({ status: 'added', id: 'modi-moscow' });
	});

	it('gives up with DataLockBusy, not an internal error, when the holder outlasts its wait', async () => {
		let release!: () => void;
		const holding = withDataLock(data, () => new Promise<void>((r) => (release = r)));
		const saving = addArticle(articles, article(), { lock: { waitMs: 400 } });
		await expect(saving).rejects.toBeInstanceOf(DataLockBusy);
		await expect(saving).rejects.toThrow('another save is in progress');
		release();
		await holding;
		expect(await readdir(articles)).not.toContain('modi-moscow.md');
	});

	it('takes over a lock left by a process killed with SIGKILL once it is stale', async () => {
		const holder = spawn(
			process.execPath,
			[
				'-e',
				`require('proper-lockfile').lock(${JSON.stringify(data)}, { lockfilePath: ${JSON.stringify(path.join(data, '.lock'))}, stale: 5000, update: 1000 }).then(() => { console.log('locked'); setInterval(() => {}, 1000); });`
			],
			{ stdio: ['ignore', 'pipe', 'inherit'] }
		);
		await new Promise<void>((resolve) => holder.stdout.once('data', () => resolve()));
		holder.kill('SIGKILL');
		const told: string[] = [];
		const started = Date.now();
		const outcome = await addArticle(articles, article(), {
			lock: { staleMs: 5000, onWait: (m) => told.push(m) }
		});
		expect(outcome).toMatchObject({ status: 'added', id: 'modi-moscow' });
		expect(told).toEqual(['another save is in progress, retrying']);
		expect(Date.now() - started).toBeLessThan(12_000);
	}, 30_000);
});

describe('the data set file', () => {
	it('is whole after overlapping rebuilds, with no temporary file left', async () => {
		await Promise.all([rebuildDataset(data, file), rebuildDataset(data, file)]);
		const dataset = JSON.parse(await readFile(file, 'utf8')) as Dataset;
		expect(dataset.articles.length).toBe(2);
		// With the record of the inputs it was built from (rebuildDataset.ts).
		expect((await readdir(path.dirname(file))).filter((f) => f !== 'extractions').sort()).toEqual([
			'dataset.inputs.json',
			'dataset.json',
			'dataset.sqlite'
		]);
		// The database too: whole, and paired with the JSON written last.
		const store = loadStore(storeFileFor(file), file);
		expect(store?.article(dataset.articles[0]!.id)).toEqual(dataset.articles[0]);
		store?.close();
		// The extraction cache too: each entry whole, none half-written.
		const cache = path.join(path.dirname(file), 'extractions');
		if (existsSync(cache))
			for (const entry of await readdir(cache)) {
				expect(entry).toMatch(/^[0-9a-f]{40}\.json$/);
				JSON.parse(await readFile(path.join(cache, entry), 'utf8'));
			}
	}, 60_000);

	it('older than an article saved by a process killed before its rebuild, is rebuilt at start', async () => {
		await rebuildDataset(data, file);
		expect(await datasetIsStale(data, file)).toBe(false);
		expect(await rebuildIfStale(data, file)).toBe(false);
		// The save landed, the rebuild never ran.
		const earlier = new Date(Date.now() - 60_000);
		await utimes(file, earlier, earlier);
		await addArticle(articles, article());
		expect(await datasetIsStale(data, file)).toBe(true);
		expect(await rebuildIfStale(data, file)).toBe(true);
		const dataset = JSON.parse(await readFile(file, 'utf8')) as Dataset;
		expect(dataset.articles.map((a) => a.id)).toContain('modi-moscow');
		expect(await datasetIsStale(data, file)).toBe(false);
	}, 60_000);

	// Found by a new user (#14): a curation file put back by hand (an older copy moved in, or a
	// new one deleted) kept its decisions in the data set, as no input was newer than it.
	it('is stale once a curation file is reverted by hand, though no input is newer', async () => {
		const curated = path.join(data, 'curated', '000_9aa84c4f3abaae7f.yaml');
		const before = await readFile(curated, 'utf8');
		const talksDates = (dataset: Dataset) =>
			dataset.relations
				.filter((r) => r.type === 'talks' && r.source === 'vladimir-putin')
				.map((r) => r.date);
		await writeFile(`${curated}.bak`, before);
		const old = new Date(Date.now() - 3_600_000);
		await utimes(`${curated}.bak`, old, old);
		// A decision taken: the talks a curator added are dated a day later.
		expect(before).toContain('date: 2023-10-18');
		await writeFile(curated, before.replace('date: 2023-10-18', 'date: 2023-10-19'));
		const withDecision = await rebuildDataset(data, file);
		expect(await datasetIsStale(data, file)).toBe(false);
		// Reverted by moving the old copy back: its date is older than the data set.
		await rename(`${curated}.bak`, curated);
		expect(await datasetIsStale(data, file)).toBe(true);
		expect(await rebuildIfStale(data, file)).toBe(true);
		const reverted = JSON.parse(await readFile(file, 'utf8')) as Dataset;
		expect(talksDates(withDecision)).toContain('2023-10-19');
		expect(talksDates(reverted)).not.toContain('2023-10-19');
		expect(talksDates(reverted)).toContain('2023-10-18');
		expect(await datasetIsStale(data, file)).toBe(false);
		// A curation file deleted: nothing under data/ is newer either.
		await rm(curated);
		expect(await datasetIsStale(data, file)).toBe(true);
	}, 120_000);

	it('a lock or a temporary file under data/ does not count as an input', async () => {
		await rebuildDataset(data, file);
		await writeFile(path.join(articles, '.x.1.tmp'), 'half');
		await withDataLock(data, async () => {
			expect(await datasetIsStale(data, file)).toBe(false);
		});
	}, 60_000);
});
