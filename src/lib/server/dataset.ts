// The compiled data set, read once and re-read when the file changes (so `npm run data`
// shows up without a restart). Never parsed per request. The database written with it, when
// there is one, is where it is read from, and finds the relations of filtered views
// (src/lib/server/store/storeFinder.ts); without one, the JSON is read.
import { statSync, readFileSync } from 'node:fs';
import { error } from '@sveltejs/kit';
import type { Dataset } from '../dataset/schema';
import { DATASET_FILE } from './paths';
import { loadStore } from './store/loadStore';
import type { DatasetStore } from './store/store';
import { attachStore } from './store/storeFinder';

let cached: { mtimeMs: number; dataset: Dataset } | undefined;

/** Which file each data set was read from, as {@link datasetVersion} names it. */
const versions = new WeakMap<Dataset, string>();

/**
 * The version of a data set {@link loadDataset} gave: the file's modification time, size and
 * inode, which every rebuild changes (the file is written whole and renamed). Empty for a data
 * set read otherwise (tests).
 */
export const datasetVersion = (dataset: Dataset): string => versions.get(dataset) ?? '';

const readJson = () => JSON.parse(readFileSync(DATASET_FILE, 'utf8')) as Dataset;

/** The data set from the database written with its JSON: read faster, held in less memory
 * (src/lib/server/store/readDataset.ts); undefined, said on the console, when it cannot be. */
function fromStore(store: DatasetStore): Dataset | undefined {
	try {
		return store.dataset();
	} catch (failure) {
		console.error(
			`The data set could not be read from ${store.file} (${failure instanceof Error ? failure.message : String(failure)}): reading its JSON.`
		);
		return undefined;
	}
}

/**
 * The data set the server answers from: read from the database when one was written with the
 * current JSON (`npm run data`), else from the JSON; read again when the JSON file changes.
 * @throws {HttpError} 503 when the data set has not been built
 */
export function loadDataset(): Dataset {
	let mtimeMs: number;
	let version: string;
	try {
		const stat = statSync(DATASET_FILE);
		mtimeMs = stat.mtimeMs;
		version = `${stat.mtimeMs}:${stat.size}:${stat.ino}`;
	} catch {
		error(503, 'The data set has not been built yet: run `npm run data`.');
	}
	if (cached?.mtimeMs !== mtimeMs) {
		const store = loadStore();
		const dataset = (store && fromStore(store)) ?? readJson();
		// Filtered views find their relations through the database written with this data set.
		attachStore(dataset, store, () => loadStore());
		versions.set(dataset, version);
		cached = { mtimeMs, dataset };
	}
	return cached.dataset;
}
