// Rendered embeds kept in memory: an embed is the same bytes for the same URL until the data
// set changes, and reports may load it thousands of times. Keyed by the data set object (a new
// one is read when the file changes, and the old cache goes with it) and the URL.
import type { Dataset } from '../dataset/schema';

interface Stored {
	body: ArrayBuffer;
	status: number;
	headers: [string, string][];
}

const MAX_ENTRIES = 500;
const caches = new WeakMap<Dataset, Map<string, Stored>>();

export async function cachedResponse(
	dataset: Dataset,
	key: string,
	render: () => Promise<Response>
): Promise<Response> {
	let cache = caches.get(dataset);
	if (!cache) caches.set(dataset, (cache = new Map()));
	const hit = cache.get(key);
	if (hit) return new Response(hit.body, { status: hit.status, headers: hit.headers });
	const response = await render();
	if (response.status !== 200) return response;
	const stored: Stored = {
		body: await response.arrayBuffer(),
		status: response.status,
		headers: [...response.headers]
	};
	// Oldest first out: a Map iterates in insertion order.
	if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
	cache.set(key, stored);
	return new Response(stored.body, { status: stored.status, headers: stored.headers });
}
