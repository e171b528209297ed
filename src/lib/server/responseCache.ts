// Rendered responses kept in memory: an embed or a chart's PNG is the same bytes for the same URL
// until the data set changes, and reports may load it thousands of times. Keyed by the data set
// object (a new one is read when the file changes, and the old cache goes with it) and the URL.
// Requests for a URL being rendered wait for that rendering instead of starting their own.
import type { Dataset } from '../dataset/schema';

interface Stored {
	body: ArrayBuffer;
	status: number;
	headers: [string, string][];
}

interface Cache {
	entries: Map<string, Stored>;
	bytes: number;
	/** Renderings under way: what a request for the same key waits for (undefined: not kept). */
	pending: Map<string, Promise<Stored | undefined>>;
}

/** At most this many responses per data set… */
const MAX_ENTRIES = 500;
/** …and this many bytes of bodies (a 2× PNG is some 100 KB). */
const MAX_BYTES = 64 * 1024 * 1024;

const caches = new WeakMap<Dataset, Cache>();

const replay = (stored: Stored) =>
	new Response(stored.body, { status: stored.status, headers: stored.headers });

/**
 * The response for `key` under `dataset`: from memory when a 200 was rendered before, else from
 * `render()`; a 200 is kept (oldest first out past 500 entries or 64 MB), anything else is
 * returned as it is and never kept.
 */
export async function cachedResponse(
	dataset: Dataset,
	key: string,
	render: () => Promise<Response>
): Promise<Response> {
	let cache = caches.get(dataset);
	if (!cache) caches.set(dataset, (cache = { entries: new Map(), bytes: 0, pending: new Map() }));
	const hit = cache.entries.get(key);
	if (hit) return replay(hit);
	const underWay = cache.pending.get(key);
	if (underWay) {
		const stored = await underWay;
		// The rendering this request waited for was not kept (a refusal): render its own.
		return stored ? replay(stored) : render();
	}
	let settle: (stored: Stored | undefined) => void = () => undefined;
	cache.pending.set(key, new Promise((resolve) => (settle = resolve)));
	try {
		const response = await render();
		if (response.status !== 200) {
			settle(undefined);
			return response;
		}
		const stored: Stored = {
			body: await response.arrayBuffer(),
			status: response.status,
			headers: [...response.headers]
		};
		keep(cache, key, stored);
		settle(stored);
		return replay(stored);
	} catch (failure) {
		settle(undefined);
		throw failure;
	} finally {
		cache.pending.delete(key);
	}
}

function keep(cache: Cache, key: string, stored: Stored): void {
	if (stored.body.byteLength > MAX_BYTES) return;
	cache.bytes -= cache.entries.get(key)?.body.byteLength ?? 0;
	cache.entries.set(key, stored);
	cache.bytes += stored.body.byteLength;
	// Oldest first out: a Map iterates in insertion order.
	for (const [oldest, entry] of cache.entries) {
		if (cache.entries.size <= MAX_ENTRIES && cache.bytes <= MAX_BYTES) break;
		cache.entries.delete(oldest);
		cache.bytes -= entry.body.byteLength;
	}
}
