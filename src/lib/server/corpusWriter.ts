// Adds articles to data/articles without ever losing or half-writing one. A save writes a
// temporary file and links it to its final name, which fails rather than overwrite (two saves
// never clobber each other, a crash leaves the corpus as it was); the duplicate check, the
// write and the rebuild run under the data lock, so two saves of the same text cannot both get in.
import { randomBytes } from 'node:crypto';
import { link, readdir, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import type { Article } from '../types';
import { withDataLock, type DataLockOptions } from './dataLock';
import { loadArticles } from './loadCorpus';

/** Larger files are refused: 2 MB is some 300,000 words, far beyond any news article. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

export type IngestStatus = 'added' | 'duplicate' | 'refused';

export interface IngestOutcome {
	file: string;
	status: IngestStatus;
	/** The id it was saved under (added), or the article it repeats (duplicate). */
	id?: string;
	reason?: string;
}

/** The text as compared for duplicates: runs of white space (line breaks, NBSP) as one space. */
export const normalisedText = (text: string) => text.replace(/\s+/gu, ' ').trim();

/** The article file: its front-matter, then its text exactly as given. */
export function articleFile(article: Article): string {
	const { text, ...meta } = article;
	const ordered = Object.fromEntries(
		(['id', 'title', 'date', 'lang', 'source', 'url', 'note'] as const)
			.filter((k) => meta[k] !== undefined)
			.map((k) => [k, meta[k]])
	);
	return `---\n${stringify(ordered, { lineWidth: 0 })}---\n${text}`;
}

/** Today's date where the server is, as YYYY-MM-DD. */
const todayIso = () => new Date().toISOString().slice(0, 10);

/**
 * Saves `article` into `dir` (a `data/articles` folder) as `<id>.md`, or `<id>-2.md`… when the
 * id is taken, holding the lock on the data folder that holds `dir`; then, still holding it,
 * runs `options.rebuild` when the article was added. Refusals (a future date, over 2 MB) and
 * duplicates come back as outcomes, never as errors.
 * @throws {DataLockBusy} when another save kept the lock past `options.lock.waitMs`
 */
export async function addArticle(
	dir: string,
	article: Article,
	options: {
		file?: string;
		today?: string;
		rebuild?: () => Promise<unknown>;
		lock?: DataLockOptions;
	} = {}
): Promise<IngestOutcome> {
	const file = options.file ?? article.id;
	if (article.date > (options.today ?? todayIso()))
		return { file, status: 'refused', reason: `the date ${article.date} is in the future` };
	const bytes = Buffer.byteLength(article.text);
	if (bytes > MAX_ARTICLE_BYTES)
		return {
			file,
			status: 'refused',
			reason: `the text is ${(bytes / 1048576).toFixed(1)} MB, over the ${MAX_ARTICLE_BYTES / 1048576} MB limit`
		};
	return withDataLock(
		path.dirname(dir),
		async () => {
			const result = await save(dir, article, file);
			if (result.status === 'added') await options.rebuild?.();
			return result;
		},
		options.lock
	);
}

/** The duplicate check and the write; the caller holds the data lock. */
async function save(dir: string, article: Article, file: string): Promise<IngestOutcome> {
	const existing = await loadArticles(dir);
	const text = normalisedText(article.text);
	const same = existing.find((a) => normalisedText(a.text) === text);
	if (same) return { file, status: 'duplicate', id: same.id, reason: `same text as ${same.id}` };
	const taken = new Set([
		...existing.map((a) => a.id),
		...(await readdir(dir)).map((n) => n.replace(/\.md$/, ''))
	]);
	const tmp = path.join(dir, `.${article.id}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
	for (let n = 1; ; n++) {
		const id = n === 1 ? article.id : `${article.id}-${n}`;
		if (taken.has(id)) continue;
		await writeFile(tmp, articleFile({ ...article, id }), { flag: 'wx' });
		try {
			// Links fail if the name exists: never an overwrite, whoever else is writing.
			await link(tmp, path.join(dir, `${id}.md`));
			return { file, status: 'added', id } as IngestOutcome;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			taken.add(id);
		} finally {
			await unlink(tmp).catch(() => undefined);
		}
	}
}
