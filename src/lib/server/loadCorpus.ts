// Reads data/articles/*.md and data/curated/*.yaml, validated; errors name file and line.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { checkCuration, curationSchema } from '../dataset/curation';
import type { CurationInput } from '../dataset/buildDataset';
import { parseArticle } from '../dataset/parseArticle';
import { InputError } from '../errors';
import { extractArticle } from '../extract/extractArticle';
import type { Lexicon } from '../gazetteer/lexicon';
import type { Article } from '../types';
import { readYaml, validateYaml } from '../yamlSource';
import { readTextFile } from './readText';

async function listFiles(dir: string, extensions: string[]): Promise<string[]> {
	try {
		const names = await readdir(dir);
		return names
			.filter((n) => extensions.some((e) => n.endsWith(e)))
			.sort()
			.map((n) => path.join(dir, n));
	} catch {
		return [];
	}
}

export async function loadArticles(dir: string): Promise<Article[]> {
	const articles: Article[] = [];
	const seen = new Map<string, string>();
	for (const file of await listFiles(dir, ['.md'])) {
		const article = parseArticle(file, await readTextFile(file));
		const other = seen.get(article.id);
		if (other)
			throw new InputError(file, `duplicate article id ${article.id} (also in ${other})`, 2);
		seen.set(article.id, file);
		articles.push(article);
	}
	return articles;
}

export async function loadCurations(
	dir: string,
	articles: Article[],
	lexicon: Lexicon
): Promise<CurationInput[]> {
	const byId = new Map(articles.map((a) => [a.id, a]));
	const discovered = new Map<string, Set<string>>();
	const knownEntity = (id: string, article: string) => {
		if (lexicon.entities.has(id)) return true;
		if (!discovered.has(article)) {
			const found = extractArticle(byId.get(article) as Article, lexicon).entities.map((e) => e.id);
			discovered.set(article, new Set(found));
		}
		return discovered.get(article)?.has(id) ?? false;
	};
	const inputs: CurationInput[] = [];
	for (const file of await listFiles(dir, ['.yaml', '.yml'])) {
		const source = readYaml(file, await readTextFile(file));
		const curation = validateYaml(source, curationSchema);
		const [problem] = checkCuration(curation, byId, knownEntity);
		if (problem) throw new InputError(file, problem.message, source.lineOf(problem.path));
		const relative = path.relative(process.cwd(), file);
		inputs.push({ curation, origin: (i) => `${relative}:${source.lineOf(['relations', i]) ?? 1}` });
	}
	return inputs;
}
