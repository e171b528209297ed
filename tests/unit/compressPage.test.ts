// Pages go out with an ETag, as 304 to a reader who has them, gzip-compressed when accepted,
// and Vary naming what they depend on; everything else passes untouched.
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compressPage } from '../../src/lib/server/compressPage';

const HTML = `<!doctype html><html><body>${'<p>Xi Jinping et Vladimir Poutine</p>'.repeat(200)}</body></html>`;
const page = () =>
	new Response(HTML, {
		headers: { 'content-type': 'text/html; charset=utf-8', 'x-frame-options': 'SAMEORIGIN' }
	});
const get = (headers: Record<string, string> = {}) =>
	new Request('http://entente.test/', { headers });

describe('an HTML page', () => {
	it('is gzip-compressed when the browser accepts it, with an ETag and Vary', async () => {
		const response = await compressPage(get({ 'accept-encoding': 'gzip, br' }), page(), [
			'Accept-Language'
		]);
		expect(response.headers.get('content-encoding')).toBe('gzip');
		expect(response.headers.get('vary')).toBe('Accept-Encoding, Accept-Language');
		expect(response.headers.get('etag')).toMatch(/^W\/"[\w-]+"$/);
		expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
		const bytes = new Uint8Array(await response.arrayBuffer());
		expect(bytes.length).toBeLessThan(HTML.length / 10);
		expect(gunzipSync(bytes).toString('utf8')).toBe(HTML);
	});

	it('is sent as it is to a client that does not accept gzip', async () => {
		const response = await compressPage(get(), page());
		expect(response.headers.get('content-encoding')).toBeNull();
		expect(await response.text()).toBe(HTML);
	});

	it('answers 304 without a body when If-None-Match names its ETag', async () => {
		const etag = (await compressPage(get(), page())).headers.get('etag') ?? '';
		for (const given of [etag, `"other", ${etag}`, etag.replace(/^W\//, ''), '*']) {
			const response = await compressPage(get({ 'if-none-match': given }), page());
			expect(response.status, given).toBe(304);
			expect(response.body).toBeNull();
			expect(response.headers.get('etag')).toBe(etag);
		}
		expect((await compressPage(get({ 'if-none-match': '"other"' }), page())).status).toBe(200);
	});

	it('keeps its ETag across CSP nonces, and its 304 leaves the reader’s CSP in place', async () => {
		const withNonce = (nonce: string) =>
			new Response(`<script nonce="${nonce}">start()</script>${HTML}`, {
				headers: {
					'content-type': 'text/html',
					'content-security-policy': `script-src 'self' 'nonce-${nonce}'`
				}
			});
		const first = await compressPage(get(), withNonce('aaa'));
		const etag = first.headers.get('etag') ?? '';
		expect((await compressPage(get(), withNonce('bbb'))).headers.get('etag')).toBe(etag);
		const revalidated = await compressPage(get({ 'if-none-match': etag }), withNonce('ccc'));
		expect(revalidated.status).toBe(304);
		expect(revalidated.headers.get('content-security-policy')).toBeNull();
		expect(first.headers.get('content-security-policy')).toContain('nonce-aaa');
	});

	it('changes its ETag when its bytes change', async () => {
		const other = new Response(`${HTML}!`, { headers: { 'content-type': 'text/html' } });
		expect((await compressPage(get(), other)).headers.get('etag')).not.toBe(
			(await compressPage(get(), page())).headers.get('etag')
		);
	});
});

describe('a page’s data, as the browser fetches it on navigation', () => {
	const data = () =>
		new Response(JSON.stringify({ type: 'data', nodes: Array(300).fill({ id: 'CHN' }) }), {
			headers: { 'content-type': 'application/json', 'cache-control': 'private, no-store' }
		});

	it('is gzip-compressed with an ETag and Vary, like its page', async () => {
		const request = new Request('http://entente.test/network/__data.json?country=CHN', {
			headers: { 'accept-encoding': 'gzip' }
		});
		const original = await data().text();
		const response = await compressPage(request, data(), ['Accept-Language']);
		expect(response.headers.get('content-encoding')).toBe('gzip');
		expect(response.headers.get('vary')).toBe('Accept-Encoding, Accept-Language');
		expect(response.headers.get('etag')).toMatch(/^W\/"[\w-]+"$/);
		expect(response.headers.get('cache-control')).toBe('private, no-store');
		const bytes = new Uint8Array(await response.arrayBuffer());
		expect(bytes.length).toBeLessThan(original.length / 10);
		expect(gunzipSync(bytes).toString('utf8')).toBe(original);
	});

	it('is the only JSON so treated: a JSON download passes untouched', async () => {
		const download = data();
		const request = new Request('http://entente.test/api/graph.json', {
			headers: { 'accept-encoding': 'gzip' }
		});
		expect(await compressPage(request, download)).toBe(download);
	});
});

describe('anything else', () => {
	it('passes untouched: a download, an error page, a form post', async () => {
		const csv = new Response('a,b\r\n', { headers: { 'content-type': 'text/csv' } });
		expect(await compressPage(get({ 'accept-encoding': 'gzip' }), csv)).toBe(csv);
		const missing = new Response(HTML, { status: 404, headers: { 'content-type': 'text/html' } });
		expect(await compressPage(get({ 'accept-encoding': 'gzip' }), missing)).toBe(missing);
		const posted = page();
		const post = new Request('http://entente.test/', {
			method: 'POST',
			headers: { 'accept-encoding': 'gzip' }
		});
		expect(await compressPage(post, posted)).toBe(posted);
	});
});
