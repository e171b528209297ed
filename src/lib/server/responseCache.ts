// Rendered responses kept in memory: a page, an embed or a chart's PNG is the same bytes for the
// same URL (and language) until the data set changes, and reports may load one thousands of
// times. Keyed by the data set object (a new one is read when the file changes, and the old
// cache goes with it) and the caller's key. Requests for a key being rendered wait for that
// rendering instead of starting their own.
import type { Dataset } from '../dataset/schema';
import type { PreparedPage } from './compressPage';

interface Cache {
	entries: Map<string, { value: unknown; bytes: number }>;
	bytes: number;
	/** Renderings under way: what a request for the same key waits for (undefined: not kept). */
	pending: Map<string, Promise<unknown>>;
}

/** At most this many values per data set… */
const MAX_ENTRIES = 500;
/** …and this many bytes of them (`/` is some 250 KB of HTML and 25 KB gzipped). */
const MAX_BYTES = 64 * 1024 * 1024;

const caches = new WeakMap<Dataset, Cache>();

/**
 * The value for `key` under `dataset`: the one rendered before, else `render()`'s, kept when
 * `size(value)` gives its size in bytes (oldest first out past 500 values or 64 MB) and not when
 * it gives undefined (a refusal, an error page). A request that arrives while the key is being
 * rendered gets that rendering's value when it is kept, else renders its own.
 */
export async function renderedOnce<T>(
	dataset: Dataset,
	key: string,
	render: () => Promise<T>,
	size: (value: T) => number | undefined
): Promise<T> {
	let cache = caches.get(dataset);
	if (!cache) caches.set(dataset, (cache = { entries: new Map(), bytes: 0, pending: new Map() }));
	const hit = cache.entries.get(key);
	if (hit) return hit.value as T;
	const underWay = cache.pending.get(key);
	if (underWay) return ((await underWay) as T | undefined) ?? render();
	let settle: (value: T | undefined) => void = () => undefined;
	cache.pending.set(key, new Promise((resolve) => (settle = resolve)));
	try {
		const value = await render();
		const bytes = size(value);
		if (bytes !== undefined) keep(cache, key, value, bytes);
		settle(bytes === undefined ? undefined : value);
		return value;
	} catch (failure) {
		settle(undefined);
		throw failure;
	} finally {
		cache.pending.delete(key);
	}
}

function keep(cache: Cache, key: string, value: unknown, bytes: number): void {
	if (bytes > MAX_BYTES) return;
	cache.bytes -= cache.entries.get(key)?.bytes ?? 0;
	cache.entries.set(key, { value, bytes });
	cache.bytes += bytes;
	// Oldest first out: a Map iterates in insertion order.
	for (const [oldest, entry] of cache.entries) {
		if (cache.entries.size <= MAX_ENTRIES && cache.bytes <= MAX_BYTES) break;
		cache.entries.delete(oldest);
		cache.bytes -= entry.bytes;
	}
}

/**
 * A prepared response ({@link PreparedPage}) rendered once per `key` and data set: only a 200
 * that sets no cookie is kept.
 */
export function cachedPage(
	dataset: Dataset,
	key: string,
	render: () => Promise<PreparedPage>
): Promise<PreparedPage> {
	return renderedOnce(dataset, key, render, (page) =>
		page.status === 200 && !page.headers.some(([name]) => name.toLowerCase() === 'set-cookie')
			? page.body.byteLength + (page.gzip?.byteLength ?? 0)
			: undefined
	);
}
