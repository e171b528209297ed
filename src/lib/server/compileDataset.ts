// The whole pipeline from data/ to a validated Dataset, shared by `npm run data` and tests.
import path from 'node:path';
import { buildDataset } from '../dataset/buildDataset';
import { datasetSchema, type Dataset } from '../dataset/schema';
import { loadArticles, loadCurations } from './loadCorpus';
import { loadLexicon } from './loadGazetteer';

export async function compileDataset(dataDir: string): Promise<Dataset> {
	const lexicon = await loadLexicon(path.join(dataDir, 'gazetteer'));
	const articles = await loadArticles(path.join(dataDir, 'articles'));
	const curations = await loadCurations(path.join(dataDir, 'curated'), articles, lexicon);
	// Validation on write: a data set that does not match its schema is never served.
	return datasetSchema.parse(buildDataset(articles, lexicon, curations));
}

/** Stable serialisation: same inputs, byte-identical file. */
export function serializeDataset(dataset: Dataset): string {
	return JSON.stringify(dataset) + '\n';
}
