// Headers over every kind of response the server makes — static files, pages, embeds, downloads,
// oEmbed, refusals, SvelteKit's own 404 and cross-site 403 — and the embed cache under a forged
// Host, on a server started without ORIGIN (as `node build` is when the operator forgets it).
import { request } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type TestApp } from './server';

let app: TestApp;
beforeAll(async () => {
	app = await startApp([], { ORIGIN: undefined });
});
afterAll(async () => {
	await app?.stop();
});

/** A GET with a Host header of one's choosing (fetch would send the real one). */
function getWithHost(pathname: string, host: string): Promise<string> {
	const { hostname, port } = new URL(app.url);
	return new Promise((resolve, reject) => {
		request({ hostname, port, path: pathname, headers: { host } }, (res) => {
			let body = '';
			res.setEncoding('utf8');
			res.on('data', (chunk: string) => (body += chunk));
			res.on('end', () => resolve(body));
		})
			.on('error', reject)
			.end();
	});
}

async function immutableAsset(): Promise<string> {
	const html = await (await fetch(`${app.url}/`)).text();
	const asset = /(?:src|href)="([^"]*_app\/immutable\/[^"]+\.(?:js|css))"/.exec(html)?.[1];
	expect(asset).toBeDefined();
	return new URL(asset as string, `${app.url}/`).pathname;
}

describe('every response', () => {
	it('carries nosniff, a referrer policy and the framing policy, whatever made it', async () => {
		const onlyEntente: [string, RequestInit?][] = [
			['/'],
			['/charts/meetings'],
			['/favicon.svg'],
			[await immutableAsset()],
			['/no-such-page'],
			['/articles/no-such-article'],
			// SvelteKit refuses a cross-site form post itself, before any hook.
			[
				'/ingest?/preview',
				{
					method: 'POST',
					headers: {
						origin: 'https://evil.example',
						'content-type': 'application/x-www-form-urlencoded'
					},
					body: 'text=x'
				}
			]
		];
		const openToAll: [string, RequestInit?][] = [
			['/embed/meetings'],
			['/embed/no-such-chart'],
			['/embed.js'],
			['/embed/frame.js'],
			['/api/charts/meetings.svg'],
			['/api/charts/meetings.csv'],
			['/api/graph.gexf'],
			['/api/graph.nope'],
			['/api/evidence?chart=meetings&page=0'],
			['/oembed?url=x']
		];
		const statuses = new Set<number>();
		for (const [kind, list] of [
			['self', onlyEntente],
			['any', openToAll]
		] as const) {
			for (const [pathname, init] of list) {
				const response = await fetch(`${app.url}${pathname}`, { redirect: 'manual', ...init });
				statuses.add(response.status);
				const where = `${init?.method ?? 'GET'} ${pathname} (${response.status})`;
				expect(response.headers.get('x-content-type-options'), where).toBe('nosniff');
				expect(response.headers.get('referrer-policy'), where).toBe(
					'strict-origin-when-cross-origin'
				);
				const csp = response.headers.get('content-security-policy') ?? '';
				if (kind === 'self') {
					expect(csp, where).toMatch(/(?:^|; )frame-ancestors 'self'$/);
					expect(response.headers.get('x-frame-options'), where).toBe('SAMEORIGIN');
				} else {
					expect(csp, where).toMatch(/(?:^|; )frame-ancestors \*$/);
					expect(response.headers.get('x-frame-options'), where).toBeNull();
				}
			}
		}
		// The list reaches successes, refusals, missing pages and SvelteKit's own 403.
		expect([...statuses].sort()).toEqual(expect.arrayContaining([200, 400, 403, 404]));
	});

	it('carries them too when Node itself refuses the request, or SvelteKit names no type', async () => {
		const { hostname, port } = new URL(app.url);
		/** The raw answer to `head` (a request as bytes: no client would send these). */
		const raw = (head: string) =>
			new Promise<string>((resolve, reject) => {
				let answer = '';
				const socket = connect(Number(port), hostname, () => socket.write(head));
				socket.setEncoding('utf8');
				socket.on('data', (chunk: string) => (answer += chunk));
				socket.on('end', () => resolve(answer));
				socket.on('error', reject);
			});
		const refused = [
			// A method Node does not know, and headers past Node's 16 KB: refused before the app.
			[`FOO / HTTP/1.1\r\nHost: ${hostname}\r\n\r\n`, 400],
			[`GET /?q=${'A'.repeat(20_000)} HTTP/1.1\r\nHost: ${hostname}\r\n\r\n`, 431],
			// SvelteKit's 405 names no content type.
			[`PUT / HTTP/1.1\r\nHost: ${hostname}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`, 405]
		] as const;
		for (const [head, status] of refused) {
			const answer = (await raw(head)).toLowerCase();
			const where = `${head.slice(0, 12)}… (${status})`;
			expect(answer, where).toMatch(new RegExp(`^http/1\\.1 ${status} `));
			expect(answer, where).toContain('\r\nx-content-type-options: nosniff\r\n');
			expect(answer, where).toContain("\r\ncontent-security-policy: frame-ancestors 'self'\r\n");
			expect(answer, where).toContain('\r\nx-frame-options: sameorigin\r\n');
			expect(answer, where).toContain('\r\ncontent-type: text/plain; charset=utf-8\r\n');
		}
	});

	it('an SVG download may load and run nothing but its own styles', async () => {
		const svg = await fetch(`${app.url}/api/charts/meetings.svg`);
		expect(svg.headers.get('content-security-policy')).toBe(
			"default-src 'none'; style-src 'unsafe-inline'; frame-ancestors *"
		);
	});

	it('a 404 is never cached as public', async () => {
		for (const pathname of ['/embed/no-such-chart', '/api/graph.nope', '/no-such-page']) {
			const response = await fetch(`${app.url}${pathname}`);
			expect(response.status, pathname).toBeGreaterThanOrEqual(400);
			expect(response.headers.get('cache-control') ?? '', pathname).not.toMatch(/public/);
		}
		expect((await fetch(`${app.url}/embed/meetings`)).headers.get('cache-control')).toBe(
			'public, max-age=300'
		);
	});
});

describe('the embed cache', () => {
	it('never hands a forged Host’s links to other readers', async () => {
		const real = new URL(app.url).host;
		const forged = await getWithHost('/embed/timeline?rows=7', 'evil.example');
		expect(forged).toContain('evil.example');
		const honest = await getWithHost('/embed/timeline?rows=7', real);
		expect(honest).not.toContain('evil.example');
		expect(honest).toContain(real);
	});
});

describe('oEmbed', () => {
	it('refuses sizes that are not positive whole numbers, and urls that are not http(s)', async () => {
		const chart = encodeURIComponent(`${app.url}/charts/meetings`);
		for (const size of ['0', '-5', 'abc', '1e3', '12.5', '', '999999'])
			for (const name of ['maxwidth', 'maxheight']) {
				const response = await fetch(`${app.url}/oembed?url=${chart}&${name}=${size}`);
				expect(response.status, `${name}=${size}`).toBe(400);
				expect(await response.text()).toBe(
					`The ${name} parameter must be a positive whole number of pixels (1–99999).\n`
				);
			}
		const sized = await fetch(`${app.url}/oembed?url=${chart}&maxwidth=320&maxheight=200`);
		expect(await sized.json()).toMatchObject({ width: 320, height: 200 });
		for (const url of ['javascript:alert(1)//charts/meetings', 'data:text/html,x'])
			expect(await (await fetch(`${app.url}/oembed?url=${encodeURIComponent(url)}`)).text()).toBe(
				'The url parameter must be an http: or https: address.\n'
			);
	});
});

describe('CSV downloads over HTTP', () => {
	it('are plain by default, for Excel with ?excel=1, and refuse another excel value', async () => {
		for (const pathname of ['/api/graph.edges.csv', '/api/charts/meetings.csv']) {
			const plain = new Uint8Array(await (await fetch(`${app.url}${pathname}`)).arrayBuffer());
			expect([...plain.slice(0, 3)], pathname).not.toEqual([0xef, 0xbb, 0xbf]);
			const excel = await fetch(`${app.url}${pathname}?excel=1`);
			const bytes = new Uint8Array(await excel.arrayBuffer());
			expect([...bytes.slice(0, 3)], pathname).toEqual([0xef, 0xbb, 0xbf]);
			expect(excel.headers.get('content-disposition')).toMatch(/-excel\.(?:edges\.)?csv"$/);
			const bad = await fetch(`${app.url}${pathname}?excel=yes`);
			expect(bad.status).toBe(400);
			expect(await bad.text()).toBe('The excel parameter must be 1 (the CSV for Excel) or 0.\n');
		}
		const edges = await (await fetch(`${app.url}/api/graph.edges.csv`)).text();
		expect(edges.split('\r\n')[0]).toMatch(/^Source,Target,Type,Weight,Label,Id,relation,/);
	});
});

describe('pages over HTTP', () => {
	it('are the same bytes for the same URL and language, their inline script allowed by hash', async () => {
		const [first, second] = [await fetch(`${app.url}/network`), await fetch(`${app.url}/network`)];
		expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
		const html = await first.text();
		expect(await second.text()).toBe(html);
		const csp = first.headers.get('content-security-policy') ?? '';
		expect(csp).toMatch(/script-src 'self' 'sha256-[\w+/]+=*'/);
		expect(csp).not.toContain('nonce-');
		expect(html).not.toMatch(/ nonce="/);
		const french = await fetch(`${app.url}/network`, { headers: { 'accept-language': 'fr' } });
		expect(french.headers.get('etag')).not.toBe(first.headers.get('etag'));
		expect(await french.text()).toContain('<html lang="fr"');
	});

	it('come gzip-compressed with an ETag, and as 304 to a reader who has them', async () => {
		const first = await fetch(`${app.url}/`, { headers: { 'accept-encoding': 'gzip' } });
		expect(first.headers.get('content-encoding')).toBe('gzip');
		expect(first.headers.get('vary')).toBe('Accept-Encoding, Accept-Language');
		expect(await first.text()).toContain('<html lang="en"');
		const etag = first.headers.get('etag') ?? '';
		expect(etag).toMatch(/^W\//);
		const again = await fetch(`${app.url}/`, { headers: { 'if-none-match': etag } });
		expect(again.status).toBe(304);
		expect(again.headers.get('x-content-type-options')).toBe('nosniff');
		expect(again.headers.get('x-frame-options')).toBe('SAMEORIGIN');
		// The reader's stored policy stays: it holds the nonce its copy's scripts carry.
		expect(again.headers.get('content-security-policy')).toBeNull();
	});
});
