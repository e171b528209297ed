// Every download of the running server as an HTTP client sees it: gzipped when accepted (not a
// ZIP or PNG), a strong ETag, 304 to a client that has it, and a new tag once the data set
// changes. Raw node:http, so that nothing decodes the body on the way.
import { request } from 'node:http';
import { utimes } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type TestApp } from './server';

let app: TestApp;
beforeAll(async () => {
	app = await startApp();
});
afterAll(async () => {
	await app?.stop();
});

interface Raw {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	body: Buffer;
}

function get(pathname: string, headers: Record<string, string> = {}): Promise<Raw> {
	const { hostname, port } = new URL(app.url);
	return new Promise((resolve, reject) => {
		request({ hostname, port, path: pathname, headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (chunk: Buffer) => chunks.push(chunk));
			res.on('end', () =>
				resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) })
			);
		})
			.on('error', reject)
			.end();
	});
}

const TEXT = [
	'/api/charts/meetings.csv',
	'/api/charts/meetings.csv?excel=1',
	'/api/charts/meetings.json',
	'/api/charts/meetings.svg',
	'/api/graph.gexf',
	'/api/graph.graphml?lang=fr',
	'/api/graph.json',
	'/api/graph.nodes.csv',
	'/api/graph.edges.csv?excel=1',
	'/api/data/datapackage.json',
	'/api/data/events.csv',
	'/api/data/actors.csv?country=CHN',
	'/api/dataset.json',
	'/api/dataset.schema.json'
];
const COMPRESSED = ['/api/data.zip', '/api/charts/meetings.zip', '/api/charts/meetings.png'];
const GZIP = { 'accept-encoding': 'gzip, deflate, br' };

describe('a download', () => {
	it('is gzipped for a client that accepts it (over 1 KB), the same bytes once unzipped', async () => {
		let gzipped = 0;
		for (const pathname of TEXT) {
			const plain = await get(pathname);
			const zipped = await get(pathname, GZIP);
			expect(plain.status, pathname).toBe(200);
			expect(zipped.headers.vary, pathname).toBe('Accept-Encoding');
			expect(plain.headers.vary, pathname).toBe('Accept-Encoding');
			expect(plain.headers['content-encoding'], pathname).toBeUndefined();
			if (plain.body.length < 1024) {
				expect(zipped.body.equals(plain.body), pathname).toBe(true);
				continue;
			}
			gzipped++;
			expect(zipped.headers['content-encoding'], pathname).toBe('gzip');
			expect(zipped.body.length, pathname).toBeLessThan(plain.body.length);
			expect(gunzipSync(zipped.body).equals(plain.body), pathname).toBe(true);
			// The download keeps what it had: its type, its name, its security headers.
			expect(zipped.headers['content-type'], pathname).toBe(plain.headers['content-type']);
			expect(zipped.headers['x-content-type-options'], pathname).toBe('nosniff');
		}
		// On the founding corpus, all but the smallest tables.
		expect(gzipped).toBeGreaterThanOrEqual(TEXT.length - 3);
	});

	it('is not gzipped when it is a ZIP or a PNG', async () => {
		for (const pathname of COMPRESSED) {
			const response = await get(pathname, GZIP);
			expect(response.status, pathname).toBe(200);
			expect(response.headers['content-encoding'], pathname).toBeUndefined();
			expect(response.headers.etag, pathname).toMatch(/^"[\w-]+"$/);
		}
	});

	it('has a strong ETag per URL, and answers 304 without a body to a client that has it', async () => {
		const tags = new Set<string>();
		const representations = new Set<string>();
		for (const pathname of [...TEXT, ...COMPRESSED]) {
			for (const headers of [{}, GZIP]) {
				const first = await get(pathname, headers);
				const etag = String(first.headers.etag);
				expect(etag, pathname).toMatch(/^"[\w-]+"$/);
				representations.add(`${pathname} ${first.headers['content-encoding'] ?? 'identity'}`);
				tags.add(etag);
				const again = await get(pathname, { ...headers, 'if-none-match': etag });
				expect(again.status, pathname).toBe(304);
				expect(again.body.length, pathname).toBe(0);
				expect(again.headers.etag, pathname).toBe(etag);
				expect(again.headers['x-content-type-options'], pathname).toBe('nosniff');
			}
		}
		// Each URL and encoding its own tag (a body under 1 KB is sent as it is either way).
		expect(tags.size).toBe(representations.size);
		expect(tags.size).toBeGreaterThan(TEXT.length + COMPRESSED.length);
		// A tag from another URL is no reason for a 304.
		const other = String((await get('/api/graph.gexf')).headers.etag);
		expect((await get('/api/graph.graphml', { 'if-none-match': other })).status).toBe(200);
	});

	it('gets a new ETag when the data set changes, and no 304 for the old one', async () => {
		const before = String((await get('/api/graph.gexf', GZIP)).headers.etag);
		expect(before).toMatch(/^"[\w-]+"$/);
		expect((await get('/api/graph.gexf', { ...GZIP, 'if-none-match': before })).status).toBe(304);
		// As a rebuild leaves it: a newer file (its content is read again).
		const later = new Date(Date.now() + 5000);
		await utimes(path.join(path.dirname(app.dataDir), 'dataset.json'), later, later);
		const after = await get('/api/graph.gexf', { ...GZIP, 'if-none-match': before });
		expect(after.status).toBe(200);
		expect(after.headers.etag).not.toBe(before);
	});

	it('refused, carries no ETag', async () => {
		const refused = await get('/api/graph.gexf?country=%3Cscript%3E', GZIP);
		expect(refused.status).toBe(400);
		expect(refused.headers.etag).toBeUndefined();
	});
});
