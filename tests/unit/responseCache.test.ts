// Embeds rendered once per URL and data set.
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/lib/dataset/schema';
import { cachedResponse } from '../../src/lib/server/responseCache';

const dataset = () => ({}) as Dataset;

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
});
