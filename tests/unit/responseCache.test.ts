// Pages, embeds and chart PNGs rendered once per URL and data set, even when asked for at once.
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/lib/dataset/schema';
import { preparePage, sendPage } from '../../src/lib/server/compressPage';
import { cachedPage } from '../../src/lib/server/responseCache';

const dataset = () => ({}) as Dataset;

/** As the server's hook uses the cache: a response rendered, prepared, kept, and sent. */
async function cachedResponse(
	data: Dataset,
	key: string,
	render: () => Promise<Response>
): Promise<Response> {
	const request = new Request(`http://entente.test${key}`);
	return sendPage(
		request,
		await cachedPage(data, key, async () => preparePage(request, await render()))
	);
}

describe('response cache', () => {
	it('renders a URL once and serves the same bytes and headers after', async () => {
		const data = dataset();
		let renders = 0;
		const render = async () => {
			renders++;
			return new Response(`<p>${renders}</p>`, { headers: { 'x-test': 'kept' } });
		};
		const first = await cachedResponse(data, '/embed/meetings', render);
		const second = await cachedResponse(data, '/embed/meetings', render);
		expect(await first.text()).toBe('<p>1</p>');
		expect(await second.text()).toBe('<p>1</p>');
		expect(second.headers.get('x-test')).toBe('kept');
		expect(renders).toBe(1);
		await cachedResponse(data, '/embed/meetings?country=CHN', render);
		expect(renders).toBe(2);
	});

	it('renders again for a new data set, and never keeps a failure', async () => {
		let renders = 0;
		const ok = async () => new Response(String(++renders));
		await cachedResponse(dataset(), '/embed/timeline', ok);
		await cachedResponse(dataset(), '/embed/timeline', ok);
		expect(renders).toBe(2);
		const data = dataset();
		let failures = 0;
		const failing = async () => new Response('no', { status: 404 + 0 * ++failures });
		await cachedResponse(data, '/embed/nope', failing);
		await cachedResponse(data, '/embed/nope', failing);
		expect(failures).toBe(2);
	});

	it('renders once for requests that arrive while the URL is being rendered', async () => {
		const data = dataset();
		let renders = 0;
		let finish: () => void = () => undefined;
		const slow = async () => {
			renders++;
			await new Promise<void>((r) => (finish = r));
			return new Response(new Uint8Array([137, 80, 78, 71]), {
				headers: { 'content-type': 'image/png' }
			});
		};
		const waiting = Array.from({ length: 20 }, () =>
			cachedResponse(data, '/api/charts/meetings.png', slow)
		);
		await new Promise((r) => setTimeout(r, 10));
		finish();
		const bodies = await Promise.all(
			(await Promise.all(waiting)).map(async (r) => [...new Uint8Array(await r.arrayBuffer())])
		);
		expect(renders).toBe(1);
		for (const body of bodies) expect(body).toEqual([137, 80, 78, 71]);
	});

	it('lets each waiting request render its own when the first was a refusal', async () => {
		const data = dataset();
		let renders = 0;
		const refusing = async () => {
			renders++;
			await new Promise((r) => setTimeout(r, 5));
			return new Response('bad filter', { status: 400 });
		};
		const answers = await Promise.all(
			Array.from({ length: 3 }, () => cachedResponse(data, '/api/charts/x.png?y=z', refusing))
		);
		expect(answers.map((a) => a.status)).toEqual([400, 400, 400]);
		expect(renders).toBe(3);
	});

	it('forgets the oldest responses past 64 MB', async () => {
		const data = dataset();
		let renders = 0;
		const big = async () => (renders++, new Response(new Uint8Array(33 * 1024 * 1024)));
		await cachedResponse(data, '/a', big);
		await cachedResponse(data, '/b', big);
		await cachedResponse(data, '/b', big);
		expect(renders).toBe(2);
		await cachedResponse(data, '/a', big);
		expect(renders).toBe(3);
	});

	it('keeps no response that sets a cookie', async () => {
		const data = dataset();
		let renders = 0;
		const withCookie = async () =>
			new Response(String(++renders), { headers: { 'set-cookie': 'a=b' } });
		await cachedResponse(data, '/ingest', withCookie);
		await cachedResponse(data, '/ingest', withCookie);
		expect(renders).toBe(2);
	});

	it('keeps a page gzipped with its ETag, and answers 304 from memory', async () => {
		const data = dataset();
		let renders = 0;
		const html = `<p>${'Xi Jinping rencontre Vladimir Poutine. '.repeat(100)}</p>`;
		const render = async () => (
			renders++,
			new Response(html, { headers: { 'content-type': 'text/html' } })
		);
		const send = async (headers: Record<string, string>) =>
			sendPage(
				new Request('http://entente.test/', { headers }),
				await cachedPage(data, '/', async () =>
					preparePage(new Request('http://entente.test/'), await render(), ['Accept-Language'])
				)
			);
		const zipped = await send({ 'accept-encoding': 'gzip' });
		expect(zipped.headers.get('content-encoding')).toBe('gzip');
		expect(zipped.headers.get('vary')).toBe('Accept-Encoding, Accept-Language');
		const plain = await send({});
		expect(await plain.text()).toBe(html);
		const again = await send({ 'if-none-match': zipped.headers.get('etag') ?? '' });
		expect(again.status).toBe(304);
		expect(renders).toBe(1);
	});
});
