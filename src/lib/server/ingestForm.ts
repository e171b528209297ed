// The ingest form → an article, or what is wrong with it in words an editor can act on:
// pasted text or an uploaded .txt/.md (its front-matter filling what the form leaves empty),
// title, publication date, language (detected unless chosen) and source.
import { EARLIEST_DATE, LATEST_DATE } from '../dataset/articleRules';
import { isRealDate } from '../dataset/dates';
import { articleMetaSchema, parseArticle } from '../dataset/parseArticle';
import { InputError } from '../errors';
import { detectLanguage } from '../extract/detectLanguage';
import { slugify } from '../extract/persons';
import type { Article } from '../types';
import { MAX_ARTICLE_BYTES } from './corpusWriter';
import { decodeText } from './readText';

export interface IngestValues {
	text: string;
	title: string;
	date: string;
	lang: string;
	source: string;
	url: string;
}

const field = (form: FormData, name: string) => {
	const value = form.get(name);
	return typeof value === 'string' ? value : '';
};

export async function articleFromForm(
	form: FormData
): Promise<{ article?: Article; values: IngestValues; problems: string[] }> {
	const values: IngestValues = {
		text: field(form, 'text'),
		title: field(form, 'title').trim(),
		date: field(form, 'date').trim(),
		lang: field(form, 'lang') || 'auto',
		source: field(form, 'source').trim(),
		url: field(form, 'url').trim()
	};
	const problems: string[] = [];
	let fromFile: Partial<Article> = {};
	const upload = form.get('file');
	if (upload instanceof File && upload.size > 0) {
		if (!/\.(txt|md)$/i.test(upload.name))
			problems.push(`${upload.name}: only .txt and .md files can be added.`);
		else if (upload.size > MAX_ARTICLE_BYTES)
			problems.push(
				`${upload.name}: the file is over the ${MAX_ARTICLE_BYTES / 1048576} MB limit.`
			);
		else {
			try {
				const content = decodeText(upload.name, new Uint8Array(await upload.arrayBuffer()));
				if (/^---\r?\n/.test(content)) {
					// Front-matter may be partial: the form's fields fill the rest.
					const filled = parseArticle(upload.name, content, {
						id: 'upload',
						title: values.title || upload.name,
						date: values.date || '1970-01-01',
						lang:
							values.lang === 'fr' || values.lang === 'en' ? values.lang : detectLanguage(content),
						source: values.source || upload.name
					});
					fromFile = filled;
				} else fromFile = { text: content };
			} catch (error) {
				problems.push(error instanceof InputError ? error.message : String(error));
			}
		}
	}
	const text = fromFile.text ?? values.text;
	if (!text.trim() && !problems.length) problems.push('Paste the article’s text or choose a file.');
	if (Buffer.byteLength(text) > MAX_ARTICLE_BYTES)
		problems.push(`The text is over the ${MAX_ARTICLE_BYTES / 1048576} MB limit.`);
	if (text.includes('\u0000')) problems.push('The text contains NUL bytes: it is not text.');
	if (problems.length) return { values, problems };
	values.text = text;
	const title = values.title || fromFile.title || '';
	const date = values.date || (fromFile.date !== '1970-01-01' ? fromFile.date : '') || '';
	const lang =
		values.lang === 'fr' || values.lang === 'en'
			? values.lang
			: (fromFile.lang ?? detectLanguage(text));
	const meta = {
		id:
			fromFile.id && fromFile.id !== 'upload'
				? fromFile.id
				: `${date}-${slugify(title).slice(0, 60)}`.replace(/-+$/, ''),
		title,
		date,
		lang,
		source: values.source || fromFile.source || '',
		...(values.url || fromFile.url ? { url: values.url || fromFile.url } : {})
	};
	const checked = articleMetaSchema.safeParse(meta);
	if (!checked.success) {
		for (const issue of checked.error.issues) {
			const name = String(issue.path[0] ?? 'form');
			problems.push(
				name === 'date'
					? isRealDate(date)
						? `Date: the publication date must fall between ${EARLIEST_DATE} and ${LATEST_DATE}, not ${date}.`
						: `Date: give the publication date as a real date YYYY-MM-DD${date ? `, not “${date}”` : ''}.`
					: name === 'title'
						? 'Title: give the article’s title.'
						: name === 'source'
							? 'Source: name the outlet (or the file it came from).'
							: name === 'url'
								? 'URL: give a web address starting with http:// or https:// or leave it empty.'
								: `${name}: ${issue.message}`
			);
		}
		return { values: { ...values, lang }, problems: [...new Set(problems)] };
	}
	return { article: { ...checked.data, text }, values: { ...values, title, date, lang }, problems };
}
