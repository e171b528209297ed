// Results computed from a data set and a view's parameters, kept until the data set changes (a
// new one is read when the file changes, and its results start afresh): the same chart, network
// or figure for the same filters is computed once, not per request. Oldest out past a bound.
import type { Dataset } from './schema';

const MAX_ENTRIES = 300;
const memos = new WeakMap<Dataset, Map<string, Map<string, unknown>>>();

export function memo<T>(dataset: Dataset, kind: string, key: unknown, compute: () => T): T {
	let kinds = memos.get(dataset);
	if (!kinds) memos.set(dataset, (kinds = new Map()));
	let cache = kinds.get(kind);
	if (!cache) kinds.set(kind, (cache = new Map()));
	const id = typeof key === 'string' ? key : JSON.stringify(key);
	if (cache.has(id)) {
		const hit = cache.get(id) as T;
		// Most recently used last: a Map iterates in insertion order.
		cache.delete(id);
		cache.set(id, hit);
		return hit;
	}
	const value = compute();
	if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
	cache.set(id, value);
	return value;
}

/** The result {@link memo} kept for these parameters, if any, without computing it: a view that
 * can derive its own from another's reads it when that one was computed already. */
export function memoed<T>(dataset: Dataset, kind: string, key: unknown): T | undefined {
	const id = typeof key === 'string' ? key : JSON.stringify(key);
	return memos.get(dataset)?.get(kind)?.get(id) as T | undefined;
}
