// Scores the extraction on every gold-labelled article, rules alone and with curation.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { extractWithCuration } from '../dataset/buildDataset';
import { extractArticle } from '../extract/extractArticle';
import { goldSchema, mergeScores, scoreExtraction, type Score } from '../eval/score';
import { InputError } from '../errors';
import type { Relation } from '../types';
import { readYaml, validateYaml } from '../yamlSource';
import { loadArticles, loadCurations } from './loadCorpus';
import { loadLexicon } from './loadLexicon';
import { readTextFile } from './readText';

export interface Evaluation {
	articles: string[];
	rules: Score;
	curated: Score;
}

/** Set (a); `judged` hears of each relation the rules alone extract whether it matched gold. */
export async function evaluateGold(
	dataDir: string,
	goldDir: string,
	judged?: (relation: Relation, right: boolean) => void
): Promise<Evaluation> {
	const lexicon = await loadLexicon(dataDir);
	const articles = await loadArticles(path.join(dataDir, 'articles'));
	const curations = await loadCurations(path.join(dataDir, 'curated'), articles, lexicon);
	const files = (await readdir(goldDir)).filter((f) => f.endsWith('.yaml')).sort();
	const rules: Score[] = [];
	const curated: Score[] = [];
	const ids: string[] = [];
	for (const name of files) {
		const file = path.join(goldDir, name);
		const gold = validateYaml(readYaml(file, await readTextFile(file)), goldSchema);
		const article = articles.find((a) => a.id === gold.article);
		if (!article) throw new InputError(file, `unknown article ${gold.article}`);
		const typeOf = (id: string) => lexicon.entities.get(id)?.type ?? 'person';
		rules.push(
			scoreExtraction(
				extractArticle(article, lexicon),
				gold,
				typeOf,
				judged && ((r, right) => judged(r as Relation, right))
			)
		);
		curated.push(scoreExtraction(extractWithCuration(article, lexicon, curations), gold, typeOf));
		ids.push(article.id);
	}
	return { articles: ids, rules: mergeScores(rules), curated: mergeScores(curated) };
}
