// A file put under data/ while the server runs (by hand, or `npm run ingest` from another shell)
// shows without a save or a restart: the server notices, rebuilds in its worker thread, and
// answers from the previous data set meanwhile.
import { copyFile } from 'node:fs/promises';
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
