// Downloads go out with a strong ETag named from the data set and the URL, as 304 to a client
// that has them, and gzipped when accepted, except formats compressed already.
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
	downloadTag,
	isDownload,
	notModified,
	sendDownload
} from '../../src/lib/server/sendDownload';
import { downloadResponse, refuse } from '../../src/lib/server/downloadResponse';

const CSV = `id,name\n${'CHN,Chine\nRUS,Russie\n'.repeat(200)}`;
const URL_CSV = new URL('http://entente.test/api/graph.nodes.csv?country=CHN');
const csv = () =>
	downloadResponse(
		{ body: CSV, type: 'text/csv; charset=utf-8', filename: 'entente-network.nodes.csv' },
		true
	);
const get = (headers: Record<string, string> = {}) => new Request(URL_CSV, { headers });
const TAG = downloadTag('build-1', 'v1', URL_CSV);

describe('a download', () => {
	it('has a strong ETag that changes with the data set, the URL and the build', () => {
		expect(TAG).toMatch(/^"[\w-]+"$/);
		expect(downloadTag('build-1', 'v1', new URL(URL_CSV))).toBe(TAG);
		const others = [
			downloadTag('build-1', 'v2', URL_CSV),
			downloadTag('build-2', 'v1', URL_CSV),
			downloadTag('build-1', 'v1', new URL('http://entente.test/api/graph.nodes.csv?excel=1')),
			downloadTag('build-1', 'v1', new URL('http://evil.test/api/graph.nodes.csv?country=CHN'))
		];
		expect(new Set([TAG, ...others]).size).toBe(5);
	});

	it('is gzipped when the client accepts it, under its own tag, with Vary', async () => {
		const response = await sendDownload(
			get({ 'accept-encoding': 'gzip, deflate, br' }),
			csv(),
			TAG
		);
		expect(response.headers.get('content-encoding')).toBe('gzip');
		expect(response.headers.get('vary')).toBe('Accept-Encoding');
		expect(response.headers.get('etag')).toBe(`${TAG.slice(0, -1)}-gzip"`);
		expect(response.headers.get('content-disposition')).toContain('attachment');
		const bytes = new Uint8Array(await response.arrayBuffer());
		expect(bytes.length).toBeLessThan(CSV.length / 10);
		expect(gunzipSync(bytes).toString('utf8')).toBe(CSV);
	});

	it('is sent as it is, with its tag, to a client that does not accept gzip', async () => {
		const response = await sendDownload(get(), csv(), TAG);
		expect(response.headers.get('content-encoding')).toBeNull();
		expect(response.headers.get('etag')).toBe(TAG);
		expect(response.headers.get('vary')).toBe('Accept-Encoding');
		expect(await response.text()).toBe(CSV);
	});

	it('is never gzipped when it is a ZIP or a PNG, but has its tag', async () => {
		for (const type of ['application/zip', 'image/png']) {
			const body = new Uint8Array(4096).fill(7);
			const response = await sendDownload(
				get({ 'accept-encoding': 'gzip' }),
				downloadResponse({ body, type, filename: 'x' }, true),
				TAG
			);
			expect(response.headers.get('content-encoding'), type).toBeNull();
			expect(response.headers.get('etag'), type).toBe(TAG);
			expect(new Uint8Array(await response.arrayBuffer())).toEqual(body);
		}
	});

	it('answers 304 without a body when If-None-Match names either tag', () => {
		const gzipped = `${TAG.slice(0, -1)}-gzip"`;
		for (const given of [TAG, gzipped, `W/${TAG}`, `"other", ${gzipped}`]) {
			const response = notModified(get({ 'if-none-match': given }), TAG);
			expect(response?.status, given).toBe(304);
			expect(response?.body).toBeNull();
			expect(response?.headers.get('vary')).toBe('Accept-Encoding');
			expect(response?.headers.get('cache-control')).toBe('public, max-age=300');
		}
		for (const given of ['"other"', '*', downloadTag('build-1', 'v2', URL_CSV)])
			expect(notModified(get({ 'if-none-match': given }), TAG), given).toBeUndefined();
		expect(notModified(get(), TAG)).toBeUndefined();
	});

	it('leaves a refusal untouched: no tag a client could keep', async () => {
		const response = await sendDownload(get({ 'accept-encoding': 'gzip' }), refuse(400, 'no'), TAG);
		expect(response.status).toBe(400);
		expect(response.headers.get('etag')).toBeNull();
	});

	it('is every file under /api/ but the evidence pages', () => {
		for (const path of [
			'/api/charts/meetings.csv',
			'/api/charts/meetings.png',
			'/api/graph.gexf',
			'/api/graph.edges.csv',
			'/api/data/datapackage.json',
			'/api/data/events.csv',
			'/api/data.zip',
			'/api/dataset.json',
			'/api/dataset.schema.json'
		])
			expect(isDownload(path), path).toBe(true);
		for (const path of ['/api/evidence', '/', '/charts/meetings', '/embed/meetings'])
			expect(isDownload(path), path).toBe(false);
	});
});
