// Where inputs and the compiled data set live; overridable for tests and deployments.
import path from 'node:path';

export const DATA_DIR = process.env.ENTENTE_DATA_DIR ?? path.resolve('data');
export const DATASET_FILE = process.env.ENTENTE_DATASET ?? path.resolve('generated/dataset.json');
/** Derived files that speed up a new process (the checked gazetteer); safe to delete. */
export const CACHE_DIR =
	process.env.ENTENTE_CACHE_DIR ?? path.join(path.dirname(DATASET_FILE), 'cache');

/** The embedded database beside a data set file: `generated/dataset.json` → `generated/dataset.sqlite`. */
export function storeFileFor(datasetFile: string): string {
	const parsed = path.parse(datasetFile);
	return path.join(parsed.dir, `${parsed.name}.sqlite`);
}

/**
 * What a data set file was built from (each input's path, size and modification time), beside
 * it: `generated/dataset.json` → `generated/dataset.inputs.json` (src/lib/server/rebuildDataset.ts).
 */
export function inputsFileFor(datasetFile: string): string {
	const parsed = path.parse(datasetFile);
	return path.join(parsed.dir, `${parsed.name}.inputs.json`);
}

/** The embedded database the server queries, built with the data set (`npm run data`). */
export const STORE_FILE = storeFileFor(DATASET_FILE);

/**
 * The editing sessions ended by logging out before their expiry (sessionRevocations.ts), beside
 * the data set; ENTENTE_ENDED_SESSIONS elsewhere (read by editing.ts).
 */
export const ENDED_SESSIONS_FILE = path.join(path.dirname(DATASET_FILE), 'ended-sessions');
