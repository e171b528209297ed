// An article from any text file: front-matter when present, else what the command line gives
// (--date required, language detected, id and title from the file).
import path from 'node:path';
import { EARLIEST_DATE, LATEST_DATE, isDateInRange } from '../dataset/articleRules';
import { isRealDate } from '../dataset/dates';
import { parseArticle } from '../dataset/parseArticle';
import { InputError } from '../errors';
import { detectLanguage } from '../extract/detectLanguage';
import type { Article, Language } from '../types';
import { readTextFile } from './readText';

export interface ArticleOverrides {
	lang?: Language;
	date?: string;
}

const FRONT_MATTER_START = /^---\r?\n/;

export async function articleFromFile(
	file: string,
	overrides: ArticleOverrides = {}
): Promise<Article> {
	if (overrides.date !== undefined && !isRealDate(overrides.date))
		throw new InputError(file, `--date ${overrides.date} is not a real calendar date YYYY-MM-DD`);
	if (overrides.date !== undefined && !isDateInRange(overrides.date))
		throw new InputError(
			file,
			`--date ${overrides.date} must fall between ${EARLIEST_DATE} and ${LATEST_DATE}`
		);
	const content = await readTextFile(file);
	const name = path.basename(file).replace(/\.[^.]+$/, '');
	// Front-matter without an id takes it from the file name, as the browser's ingest page does.
	// A file name becomes an id the slug pattern accepts: `.hidden` → `hidden`, `a..b` → `a.b`.
	const fileId =
		name
			.replace(/[^\w.-]+/g, '-')
			.replace(/\.{2,}/g, '.')
			.slice(0, 120)
			.replace(/^\.+|\.+$/g, '') || 'article';
	if (FRONT_MATTER_START.test(content)) {
		const article = parseArticle(file, content, { id: fileId });
		return { ...article, ...overrides };
	}
	if (!overrides.date)
		throw new InputError(file, 'no front-matter: give the publication date with --date YYYY-MM-DD');
	const firstLine = content.trim().split('\n')[0]?.trim() ?? name;
	const defaults: Partial<Article> = {
		id: fileId,
		title: firstLine.length > 120 ? `${firstLine.slice(0, 117)}…` : firstLine,
		date: overrides.date,
		lang: overrides.lang ?? detectLanguage(content),
		source: path.basename(file)
	};
	return parseArticle(file, content, defaults);
}
