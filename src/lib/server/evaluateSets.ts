// Scores the extraction on evaluation sets (b) and (c): the PLOVER gold-standard records and
// the blind-written news texts. Set (a), the founding gold, is evaluateGold.ts.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { InputError } from '../errors';
import { emptyNewsScore, newsGoldSchema, scoreNewsArticle, type NewsScore } from '../eval/news';
import {
	countryOfEntity,
	emptyPloverScore,
	ploverRecordSchema,
	scorePloverRecord,
	type PloverScore
} from '../eval/plover';
import { extractArticle } from '../extract/extractArticle';
import type { Lexicon } from '../gazetteer/lexicon';
import type { Entity, Relation } from '../types';
import { readYaml, validateYaml } from '../yamlSource';
import { articleFromFile } from './articleFromFile';
import { readTextFile } from './readText';

/** Set (b): every record of the PLOVER file as a one-sentence English article. */
export async function evaluatePlover(
	lexicon: Lexicon,
	file: string,
	judged?: (relation: Relation, right: boolean) => void
): Promise<PloverScore> {
	let records;
	try {
		records = z.array(ploverRecordSchema).parse(JSON.parse(await readFile(file, 'utf8')));
	} catch (error) {
		throw new InputError(
			file,
			`not a list of PLOVER records: ${(error as Error).message.split('\n')[0]}`
		);
	}
	const score = emptyPloverScore();
	for (const record of records) {
		const x = extractArticle(
			{
				id: record.id,
				title: record.id,
				date: record.date,
				lang: 'en',
				source: 'PLOVER',
				text: record.text
			},
			lexicon
		);
		const entities = new Map<string, Entity>(x.entities.map((e) => [e.id, e]));
		scorePloverRecord(
			record,
			x.relations,
			(id) => countryOfEntity(entities.get(id) ?? lexicon.entities.get(id)),
			score,
			judged && ((r, right) => judged(r as Relation, right))
		);
	}
	return score;
}

export interface NewsEvaluation {
	articles: string[];
	score: NewsScore;
}

/**
 * Sets (c) and (d): each `<id>.md` of the folder against its `<id>.gold.yaml`; with `only`,
 * just the articles whose id it lists (a batch of set (d), tests/eval/heldout/batches.yaml);
 * `judged` hears of each extracted relation whether it matched gold.
 */
export async function evaluateNews(
	lexicon: Lexicon,
	dir: string,
	only?: ReadonlySet<string>,
	judged?: (relation: Relation, right: boolean) => void
): Promise<NewsEvaluation> {
	const names = (await readdir(dir))
		.filter((f) => f.endsWith('.gold.yaml') && (!only || only.has(f.replace(/\.gold\.yaml$/, ''))))
		.sort();
	const score = emptyNewsScore();
	const articles: string[] = [];
	for (const name of names) {
		const goldFile = path.join(dir, name);
		const gold = validateYaml(readYaml(goldFile, await readTextFile(goldFile)), newsGoldSchema);
		const article = await articleFromFile(path.join(dir, name.replace(/\.gold\.yaml$/, '.md')));
		if (article.id !== gold.article)
			throw new InputError(
				goldFile,
				`labels article ${gold.article}, but the text is ${article.id}`
			);
		scoreNewsArticle(
			gold,
			article.text,
			extractArticle(article, lexicon),
			lexicon.triggers.cameo,
			score,
			judged
		);
		articles.push(article.id);
	}
	return { articles, score };
}

const batchesSchema = z.record(z.string().regex(/^\d+$/), z.array(z.string().min(1)));

/**
 * The batches of set (d) (`tests/eval/heldout/batches.yaml`): batch number → article ids, in
 * the order they were written. Errors: InputError naming the file (and line) when it is not
 * a map of numbers to lists of ids.
 */
export async function heldoutBatches(
	file = path.resolve('tests/eval/heldout/batches.yaml')
): Promise<Record<string, string[]>> {
	return validateYaml(readYaml(file, await readTextFile(file)), batchesSchema);
}
