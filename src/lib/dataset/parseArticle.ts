// An article file: YAML front-matter between --- lines, then the text, verbatim. Offsets in
// the data set count UTF-16 units from the first character after the closing ---.
import { z } from 'zod';
import { InputError } from '../errors';
import { LANGUAGES, type Article } from '../types';
import { readYaml, validateYaml } from '../yamlSource';
import { ARTICLE_ID, EARLIEST_DATE, LATEST_DATE, isDateInRange, isWebUrl } from './articleRules';
import { isRealDate } from './dates';

export const articleMetaSchema = z
	.object({
		id: z
			.string()
			.regex(
				ARTICLE_ID,
				'id may use letters, digits, _ and - with single dots between them (no leading dot, no ..), up to 120 characters'
			),
		title: z.string().min(1),
		date: z
			.string()
			.refine(isRealDate, 'date must be a real calendar date YYYY-MM-DD')
			.refine(isDateInRange, `date must fall between ${EARLIEST_DATE} and ${LATEST_DATE}`),
		lang: z.enum(LANGUAGES),
		source: z.string().min(1),
		url: z
			.string()
			.refine(isWebUrl, 'url must be an http: or https: address (https://…)')
			.optional(),
		note: z.string().optional()
	})
	.strict();

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export function parseArticle(
	file: string,
	content: string,
	defaults: Partial<Article> = {}
): Article {
	const m = FRONT_MATTER.exec(content);
	if (!m && !defaults.date)
		throw new InputError(
			file,
			'missing front-matter (a --- block with id, title, date, lang, source)'
		);
	const source = m ? readYaml(file, m[1] as string, 1) : undefined;
	const given = (source?.value ?? {}) as Record<string, unknown>;
	if (source && (typeof given !== 'object' || Array.isArray(given)))
		throw new InputError(file, 'front-matter must be a YAML mapping', 2);
	// YAML reads 2023-10-17 as a Date: keep the written form.
	const date = given.date instanceof Date ? given.date.toISOString().slice(0, 10) : given.date;
	const merged = { ...defaults, ...given, ...(date !== undefined ? { date } : {}) };
	delete (merged as { text?: string }).text;
	const meta = validateYaml(
		{ file, value: merged, lineOf: source?.lineOf ?? (() => undefined) },
		articleMetaSchema
	);
	const text = m ? content.slice(m[0].length) : content;
	if (!text.trim()) throw new InputError(file, 'the article has no text after its front-matter');
	return { ...meta, text };
}
