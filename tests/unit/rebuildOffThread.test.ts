// A save's rebuild runs in a worker thread: the data set is written as `npm run data` writes it,
// the request thread keeps answering meanwhile, and a failure comes back as an error naming the
// file, never as a crash.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/lib/dataset/schema';
import { RebuildFailed, rebuildOffThread } from '../../src/lib/server/rebuildOffThread';

let dir: string;
beforeAll(async () => {
	dir = await mkdtemp(path.join(tmpdir(), 'entente-worker-'));
	await cp(path.resolve('data'), path.join(dir, 'data'), { recursive: true });
});
afterAll(async () => {
	await rm(dir, { recursive: true, force: true });
});

describe('a rebuild off the request thread', () => {
	it('writes the data set while this thread keeps running', async () => {
		const file = path.join(dir, 'dataset.json');
		// The longest gap between two ticks of this thread's timer while the worker compiles.
		let last = performance.now();
		let longest = 0;
		const ticker = setInterval(() => {
			const now = performance.now();
			longest = Math.max(longest, now - last);
			last = now;
		}, 10);
		const started = performance.now();
		try {
			await rebuildOffThread(path.join(dir, 'data'), file);
		} finally {
			clearInterval(ticker);
		}
		const took = performance.now() - started;
		const dataset = JSON.parse(await readFile(file, 'utf8')) as Dataset;
		expect(dataset.articles.map((a) => a.id).sort()).toHaveLength(2);
		expect(dataset.relations.length).toBeGreaterThan(0);
		// The thread went on ticking: no pause near the length of the rebuild itself.
		expect(longest).toBeLessThan(Math.max(250, took / 2));
	});

	it('fails with the invalid file named, and leaves the previous data set in place', async () => {
		const file = path.join(dir, 'dataset.json');
		const before = await readFile(file, 'utf8');
		await writeFile(
			path.join(dir, 'data/articles/broken.md'),
			'---\nid: broken\ntitle: Broken\ndate: not a date\nlang: fr\nsource: test\n---\nTexte.\n'
		);
		const failure = await rebuildOffThread(path.join(dir, 'data'), file).catch((e: unknown) => e);
		expect(failure).toBeInstanceOf(RebuildFailed);
		expect((failure as RebuildFailed).message).toContain('broken.md');
		expect(await readFile(file, 'utf8')).toBe(before);
	});

	it('rebuilds again once the file is fixed, in the same worker', async () => {
		const file = path.join(dir, 'dataset.json');
		await rm(path.join(dir, 'data/articles/broken.md'));
		await writeFile(
			path.join(dir, 'data/articles/fixed.md'),
			'---\nid: fixed\ntitle: Fixed\ndate: 2024-05-16\nlang: fr\nsource: test\n---\nXi Jinping a rencontré Vladimir Poutine à Pékin.\n'
		);
		await rebuildOffThread(path.join(dir, 'data'), file);
		const dataset = JSON.parse(await readFile(file, 'utf8')) as Dataset;
		expect(dataset.articles.map((a) => a.id)).toContain('fixed');
	});
});
