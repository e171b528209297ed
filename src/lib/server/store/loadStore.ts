// The store the server queries, opened once and opened again when the build replaces the file
// (renamed over it: a new inode), as src/lib/server/dataset.ts re-reads the JSON.
import { statSync } from 'node:fs';
import { DATASET_FILE, STORE_FILE } from '../paths';
import { openSqliteStore, StoreUnavailable } from './sqliteStore';
import type { DatasetStore } from './store';

let cached: { ino: number; mtimeMs: number; store: DatasetStore } | undefined;
let told = '';

/**
 * The store at `file` (the built one by default), or undefined when there is none to read
 * (`ENTENTE_STORE=off` in the environment: every view answers from memory, as before the store;
 * not
 * built yet, of another version, or not built with the data set file `datasetFile` as it is
 * now: a rebuild between writing the two, a data set written by other means): callers then
 * answer from the in-memory data set. Said once on the server's console per reason.
 */
export function loadStore(file = STORE_FILE, datasetFile = DATASET_FILE): DatasetStore | undefined {
	if (process.env.ENTENTE_STORE === 'off') return undefined;
	const store = openStore(file);
	if (!store) return undefined;
	let bytes: number;
	try {
		bytes = statSync(datasetFile).size;
	} catch {
		return undefined;
	}
	return store.datasetBytes === bytes ? store : undefined;
}

function openStore(file: string): DatasetStore | undefined {
	let ino: number;
	let mtimeMs: number;
	try {
		({ ino, mtimeMs } = statSync(file));
	} catch {
		return undefined;
	}
	if (cached && cached.store.file === file && cached.ino === ino && cached.mtimeMs === mtimeMs)
		return cached.store;
	// Queries are synchronous: no request is inside the old store while this one replaces it.
	cached?.store.close();
	cached = undefined;
	try {
		cached = { ino, mtimeMs, store: openSqliteStore(file) };
		return cached.store;
	} catch (failure) {
		if (!(failure instanceof StoreUnavailable)) throw failure;
		if (told !== failure.message) console.error(failure.message);
		told = failure.message;
		return undefined;
	}
}
