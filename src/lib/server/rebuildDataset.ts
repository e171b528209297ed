// Recompiles data/ into the data set file, written whole under a temporary name and renamed,
// so the server (which re-reads the file when it changes) never reads half of it.
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Dataset } from '../dataset/schema';
import { compileDataset, serializeDataset } from './compileDataset';
import { DATA_DIR, DATASET_FILE } from './paths';

export async function rebuildDataset(dataDir = DATA_DIR, file = DATASET_FILE): Promise<Dataset> {
	// Extractions are kept beside the data set, so a rebuild extracts only new or changed articles.
	const dataset = await compileDataset(dataDir, path.join(path.dirname(file), 'extractions'));
	await mkdir(path.dirname(file), { recursive: true });
	const tmp = `${file}.${process.pid}.tmp`;
	await writeFile(tmp, serializeDataset(dataset));
	await rename(tmp, file);
	return dataset;
}
