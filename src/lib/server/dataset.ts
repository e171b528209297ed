// The compiled data set, read once and re-read when the file changes (so `npm run data`
// shows up without a restart). Never parsed per request. The database written with it, when
// there is one, finds the relations of filtered views (src/lib/server/store/storeFinder.ts).
import { statSync, readFileSync } from 'node:fs';
import { error } from '@sveltejs/kit';
import type { Dataset } from '../dataset/schema';
import { DATASET_FILE } from './paths';
import { loadStore } from './store/loadStore';
import { attachStore } from './store/storeFinder';

let cached: { mtimeMs: number; dataset: Dataset } | undefined;

export function loadDataset(): Dataset {
	let mtimeMs: number;
	try {
		mtimeMs = statSync(DATASET_FILE).mtimeMs;
	} catch {
		error(503, 'The data set has not been built yet: run `npm run data`.');
	}
	if (cached?.mtimeMs !== mtimeMs) {
		const dataset = JSON.parse(readFileSync(DATASET_FILE, 'utf8')) as Dataset;
		// Filtered views find their relations through the database written with this data set.
		attachStore(dataset, loadStore(), () => loadStore());
		cached = { mtimeMs, dataset };
	}
	return cached.dataset;
}
