// Shared test fixtures: the real gazetteer and corpus, compiled once per test file.
import path from 'node:path';
import type { Dataset } from '../../src/lib/dataset/schema';
import type { Lexicon } from '../../src/lib/gazetteer/lexicon';
import { articleFromFile } from '../../src/lib/server/articleFromFile';
import { compileDataset } from '../../src/lib/server/compileDataset';
import { loadLexicon } from '../../src/lib/server/loadLexicon';
import type { Article, Language } from '../../src/lib/types';

export const DATA = path.resolve('data');
export const FIXTURES = path.resolve('tests/fixtures');

let lexicon: Promise<Lexicon> | undefined;
export function realLexicon(): Promise<Lexicon> {
	lexicon ??= loadLexicon(DATA);
	return lexicon;
}

let dataset: Promise<Dataset> | undefined;
export function foundingDataset(): Promise<Dataset> {
	dataset ??= compileDataset(DATA);
	return dataset;
}

export function fixtureArticle(name: string): Promise<Article> {
	return articleFromFile(path.join(FIXTURES, 'articles', name));
}

export function article(text: string, date = '2024-05-16', lang: Language = 'fr'): Article {
	return { id: 'test', title: 'test', date, lang, source: 'test', text };
}
