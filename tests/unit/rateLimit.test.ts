// Per-client limits on the expensive routes: the request past the limit is refused with 429,
// Retry-After and a sentence saying why; other clients and cheap routes are not touched.
import { describe, expect, it } from 'vitest';
import {
	createRateLimits,
	limitKindOf,
	LimitSettingError,
	parseLimit,
	tooManyRequests
} from '../../src/lib/server/rateLimit';

describe('which requests are limited', () => {
	it('counts chart PNGs, ZIPs, GEXF and GraphML downloads', () => {
		expect(limitKindOf('GET', '/api/charts/meetings.png')).toBe('png');
		expect(limitKindOf('HEAD', '/api/charts/timeline.png')).toBe('png');
		expect(limitKindOf('GET', '/api/graph.png')).toBe('png');
		for (const pathname of [
			'/api/data.zip',
			'/api/charts/meetings.zip',
			'/api/graph.gexf',
			'/api/graph.graphml'
		])
			expect(limitKindOf('GET', pathname), pathname).toBe('download');
	});

	it('leaves pages, embeds and the cheap downloads alone', () => {
		for (const pathname of [
			'/',
			'/network',
			'/charts/meetings',
			'/embed/meetings',
			'/embed.js',
			'/favicon.svg',
			'/api/charts/meetings.svg',
			'/api/charts/meetings.csv',
			'/api/charts/meetings.json',
			'/api/graph.json',
			'/api/graph.nodes.csv',
			'/api/dataset.json',
			'/api/evidence',
			'/oembed',
			'/api/charts/meetings.png/extra'
		])
			expect(limitKindOf('GET', pathname), pathname).toBeUndefined();
		expect(limitKindOf('POST', '/api/charts/meetings.png')).toBeUndefined();
	});
});

describe('a limit setting', () => {
	it('reads <requests>/<seconds>, and off or 0 as no limit', () => {
		expect(parseLimit('X', '60/60')).toEqual({ requests: 60, seconds: 60 });
		expect(parseLimit('X', ' 5/300 ')).toEqual({ requests: 5, seconds: 300 });
		expect(parseLimit('X', 'off')).toBeUndefined();
		expect(parseLimit('X', 'OFF')).toBeUndefined();
		expect(parseLimit('X', '0')).toBeUndefined();
	});

	it('refuses anything else, naming the variable and the value', () => {
		for (const bad of ['', '60', '0/60', '60/0', '-1/60', '1.5/60', 'sixty/60', '60/60/60']) {
			expect(() => parseLimit('ENTENTE_LIMIT_PNG', bad), bad).toThrow(LimitSettingError);
			expect(() => parseLimit('ENTENTE_LIMIT_PNG', bad), bad).toThrow(
				`ENTENTE_LIMIT_PNG must be <requests>/<seconds>`
			);
		}
		expect(() => createRateLimits({ ENTENTE_LIMIT_DOWNLOAD: 'lots' })).toThrow(
			'ENTENTE_LIMIT_DOWNLOAD must be <requests>/<seconds> (whole numbers, e.g. 60/60) or off; it is "lots"'
		);
	});

	it('has defaults when the environment says nothing', () => {
		expect(createRateLimits({}).limits).toEqual({
			png: { requests: 60, seconds: 60 },
			download: { requests: 30, seconds: 60 },
			token: { requests: 5, seconds: 300 }
		});
	});
});

describe('counting', () => {
	it('refuses the request past the limit, for that client and kind only', async () => {
		const limits = createRateLimits({ ENTENTE_LIMIT_PNG: '3/60', ENTENTE_LIMIT_DOWNLOAD: '1/60' });
		for (let i = 0; i < 3; i++) expect(await limits.take('png', '10.0.0.1')).toBeUndefined();
		const refused = await limits.take('png', '10.0.0.1');
		expect(refused?.kind).toBe('png');
		expect(refused?.retryAfterSeconds).toBeGreaterThanOrEqual(1);
		expect(refused?.retryAfterSeconds).toBeLessThanOrEqual(60);
		expect(refused?.message).toMatch(
			/^Too many chart and network pictures \(PNG\) from your address: 3 a minute at most\. Try again in \d+ s\.$/
		);
		// Another client, and another kind for the same client, still have their own allowance.
		expect(await limits.take('png', '10.0.0.2')).toBeUndefined();
		expect(await limits.take('download', '10.0.0.1')).toBeUndefined();
		expect((await limits.take('download', '10.0.0.1'))?.message).toContain('1 a minute at most');
	});

	it('counts nothing for a kind that is off', async () => {
		const limits = createRateLimits({ ENTENTE_LIMIT_PNG: 'off' });
		for (let i = 0; i < 200; i++) expect(await limits.take('png', 'a')).toBeUndefined();
	});

	it('refuses token checks after the allowed wrong tokens, until the right one is given', async () => {
		const limits = createRateLimits({ ENTENTE_LIMIT_TOKEN: '2/300' });
		expect(await limits.tokenRefusal('a')).toBeUndefined();
		await limits.take('token', 'a');
		expect(await limits.tokenRefusal('a')).toBeUndefined();
		await limits.take('token', 'a');
		const refused = await limits.tokenRefusal('a');
		expect(refused?.retryAfterSeconds).toBeGreaterThan(250);
		expect(refused?.message).toMatch(
			/^Too many wrong editing tokens from your address: 2 per 300 s/
		);
		expect(await limits.tokenRefusal('b')).toBeUndefined();
		await limits.forgiveTokens('a');
		expect(await limits.tokenRefusal('a')).toBeUndefined();
	});
});

describe('the 429 answer', () => {
	const refused = { kind: 'png' as const, retryAfterSeconds: 12, message: 'Too many.' };

	it('is plain text with Retry-After, never cached', async () => {
		const response = tooManyRequests(new Request('http://x/api/charts/meetings.png'), refused);
		expect(response.status).toBe(429);
		expect(response.headers.get('retry-after')).toBe('12');
		expect(response.headers.get('cache-control')).toBe('no-store');
		expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
		expect(await response.text()).toBe('Too many.\n');
	});

	it('is JSON to a client asking for JSON', async () => {
		const request = new Request('http://x/api/data.zip', {
			headers: { accept: 'application/json' }
		});
		const response = tooManyRequests(request, refused);
		expect(response.status).toBe(429);
		expect(response.headers.get('retry-after')).toBe('12');
		expect(await response.json()).toEqual({ error: 'Too many.', retryAfter: 12 });
	});
});
