// Per-client limits over HTTP, on a server started with small ones: the request past the limit
// on a PNG, a ZIP or a graph download answers 429 with Retry-After and a sentence; pages, embeds
// and cheap downloads are never limited; wrong editing tokens are refused after a few, even
// when the next one is right, and a 429 carries the framing headers every response has.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type TestApp } from './server';

const TOKEN = 'correct horse battery staple';
let app: TestApp;
beforeAll(async () => {
	app = await startApp([], {
		ENTENTE_EDIT_TOKEN: TOKEN,
		ENTENTE_LIMIT_PNG: '2/60',
		ENTENTE_LIMIT_DOWNLOAD: '2/60',
		ENTENTE_LIMIT_TOKEN: '2/300'
	});
});
afterAll(async () => {
	await app?.stop();
});

describe('the expensive routes', () => {
	it('answer 429 with Retry-After to the request past the limit', async () => {
		for (const pathname of ['/api/charts/meetings.png', '/api/data.zip', '/api/graph.gexf']) {
			const allowed = pathname === '/api/charts/meetings.png' ? 2 : 0;
			for (let i = 0; i < allowed; i++)
				expect((await fetch(`${app.url}${pathname}`)).status, pathname).toBe(200);
		}
		// ZIP and GEXF share the download allowance: two went through, the third is refused.
		expect((await fetch(`${app.url}/api/data.zip`)).status).toBe(200);
		expect((await fetch(`${app.url}/api/graph.gexf`)).status).toBe(200);
		for (const pathname of ['/api/charts/meetings.png', '/api/graph.graphml']) {
			const refused = await fetch(`${app.url}${pathname}`);
			expect(refused.status, pathname).toBe(429);
			expect(Number(refused.headers.get('retry-after')), pathname).toBeGreaterThanOrEqual(1);
			expect(refused.headers.get('content-type')).toBe('text/plain; charset=utf-8');
			expect(refused.headers.get('x-content-type-options')).toBe('nosniff');
			expect(await refused.text()).toMatch(/^Too many .* from your address: 2 a minute at most/);
		}
		const json = await fetch(`${app.url}/api/charts/meetings.png`, {
			headers: { accept: 'application/json' }
		});
		expect(json.status).toBe(429);
		expect((await json.json()) as unknown).toMatchObject({ retryAfter: expect.any(Number) });
	});

	it('leave pages, embeds and cheap downloads unlimited', async () => {
		for (const pathname of [
			'/',
			'/network',
			'/embed/meetings',
			'/api/charts/meetings.svg',
			'/api/graph.json'
		])
			for (let i = 0; i < 8; i++)
				expect((await fetch(`${app.url}${pathname}`)).status, pathname).toBe(200);
	});
});

describe('editing tokens', () => {
	const unlock = (token: string) =>
		fetch(`${app.url}/ingest?/unlock`, {
			method: 'POST',
			body: new URLSearchParams({ token }),
			headers: {
				origin: app.url,
				'content-type': 'application/x-www-form-urlencoded',
				accept: 'text/html'
			},
			redirect: 'manual'
		});

	it('are no longer compared after the allowed wrong ones, and the refusal says when', async () => {
		for (let i = 0; i < 2; i++) {
			const wrong = await unlock('wrong');
			expect(wrong.status).toBe(403);
			expect(await wrong.text()).toContain('not the editing token');
		}
		const refused = await unlock(TOKEN);
		expect(refused.status).toBe(429);
		expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(200);
		expect(await refused.text()).toContain('Too many wrong editing tokens from your address');
	});
});
