// The whole pipeline from data/ to a validated Dataset, shared by `npm run data` and tests.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { buildDataset } from '../dataset/buildDataset';
import { datasetSchema, type Dataset } from '../dataset/schema';
import { loadArticles, loadCurations } from './loadCorpus';
import { extractionCache, extractorVersion } from './extractionCache';
import { loadLexicon } from './loadLexicon';

export async function compileDataset(
	dataDir: string,
	/** Where extractions are kept between builds (none: every article is extracted). */
	cacheDir?: string
): Promise<Dataset> {
	const lexicon = await loadLexicon(dataDir);
	const articles = await loadArticles(path.join(dataDir, 'articles'));
	const curations = await loadCurations(path.join(dataDir, 'curated'), articles, lexicon);
	// Everything extraction reads from data/ besides the articles and their curation.
	const inputs = (await readdir(dataDir, { withFileTypes: true }))
		.filter((e) => e.isDirectory() && e.name !== 'articles' && e.name !== 'curated')
		.map((e) => path.join(dataDir, e.name));
	const version = cacheDir ? await extractorVersion(inputs) : undefined;
	const cache = cacheDir && version ? await extractionCache(cacheDir, version) : undefined;
	const dataset = buildDataset(articles, lexicon, curations, cache?.extraction);
	await cache?.flush();
	// Validation on write: a data set that does not match its schema is never served.
	return datasetSchema.parse(dataset);
}

/** Stable serialisation: same inputs, byte-identical file. */
export function serializeDataset(dataset: Dataset): string {
	return JSON.stringify(dataset) + '\n';
}
