// A file put under data/ while the server runs (by hand, or `npm run ingest` from another shell)
// shows without a save or a restart: the server notices, rebuilds in its worker thread, and
// answers from the previous data set meanwhile.
import { copyFile, readFile, rename, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type TestApp } from './server';

let app: TestApp;
beforeAll(async () => {
	app = await startApp();
});
afterAll(async () => {
	await app?.stop();
});

describe('an article copied into data/ while the server runs', () => {
	it('is served once the rebuild is done, and pages keep answering meanwhile', async () => {
		const page = `${app.url}/articles/en-erdogan-istanbul`;
		expect((await fetch(page)).status).toBe(404);
		await copyFile(
			path.resolve('tests/fixtures/articles/en-erdogan-istanbul.md'),
			path.join(app.dataDir, 'articles', 'en-erdogan-istanbul.md')
		);
		const statuses = new Set<number>();
		let slowest = 0;
		const deadline = Date.now() + 45_000;
		let status = 404;
		while (status !== 200 && Date.now() < deadline) {
			const started = performance.now();
			statuses.add((await fetch(`${app.url}/network`)).status);
			slowest = Math.max(slowest, performance.now() - started);
			status = (await fetch(page)).status;
			await new Promise((r) => setTimeout(r, 100));
		}
		expect(status).toBe(200);
		expect([...statuses]).toEqual([200]);
		// Never held up by the rebuild (seconds of extraction): a page takes tens of milliseconds.
		expect(slowest).toBeLessThan(1500);
	});
});

// Found by a new user (#14): a curation file put back by hand (an older copy moved in) kept its
// decisions until the server restarted, as no file under data/ was newer than the data set.
describe('a curation file reverted by hand while the server runs', () => {
	it('drops its decisions without a restart', async () => {
		const curated = path.join(app.dataDir, 'curated', '000_9aa84c4f3abaae7f.yaml');
		const before = await readFile(curated, 'utf8');
		await writeFile(`${curated}.bak`, before);
		const old = new Date(Date.now() - 3_600_000);
		await utimes(`${curated}.bak`, old, old);
		const talksOn = async (date: string) => {
			const dataset = (await (await fetch(`${app.url}/api/dataset.json`)).json()) as {
				relations: { type: string; source: string; date?: string }[];
			};
			return dataset.relations.some(
				(r) => r.type === 'talks' && r.source === 'vladimir-putin' && r.date === date
			);
		};
		const until = async (condition: () => Promise<boolean>) => {
			const deadline = Date.now() + 45_000;
			while (!(await condition()) && Date.now() < deadline)
				await new Promise((r) => setTimeout(r, 200));
			return condition();
		};
		expect(await talksOn('2023-10-18')).toBe(true);
		await writeFile(curated, before.replace('date: 2023-10-18', 'date: 2023-10-19'));
		expect(await until(() => talksOn('2023-10-19'))).toBe(true);
		await rename(`${curated}.bak`, curated);
		expect(await until(() => talksOn('2023-10-18'))).toBe(true);
		expect(await talksOn('2023-10-19')).toBe(false);
	}, 120_000);
});
