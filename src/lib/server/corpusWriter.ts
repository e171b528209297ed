// Adds articles to data/articles without ever losing or half-writing one. A save writes a
// temporary file and links it to its final name, which fails rather than overwrite (two saves
// never clobber each other, a crash leaves the corpus as it was); the duplicate check and the
// write run under a lock, so two saves of the same text cannot both get in.
import { randomBytes } from 'node:crypto';
import { link, open, readdir, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { InputError } from '../errors';
import type { Article } from '../types';
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

const LOCK = '.ingest.lock';
const STALE_LOCK_MS = 30_000;

/** One writer at a time across processes (a lock file) and within this one (a queue). */
let queue: Promise<unknown> = Promise.resolve();
export async function withLock<T>(dir: string, work: () => Promise<T>): Promise<T> {
	const run = queue.then(async () => {
		const lock = path.join(dir, LOCK);
		for (let attempt = 0; ; attempt++) {
			try {
				await (await open(lock, 'wx')).close();
				break;
			} catch (error) {
				if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
				const age = Date.now() - (await stat(lock).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs;
				if (age > STALE_LOCK_MS) await unlink(lock).catch(() => undefined);
				else if (attempt > 300) throw new InputError(dir, 'another save holds the corpus lock');
				else await new Promise((r) => setTimeout(r, 20));
			}
		}
		try {
			return await work();
		} finally {
			await unlink(lock).catch(() => undefined);
		}
	});
	queue = run.catch(() => undefined);
	return run;
}

/** Today's date where the server is, as YYYY-MM-DD. */
const todayIso = () => new Date().toISOString().slice(0, 10);

export async function addArticle(
	dir: string,
	article: Article,
	options: { file?: string; today?: string } = {}
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
	return withLock(dir, async () => {
		const existing = await loadArticles(dir);
		const text = normalisedText(article.text);
		const same = existing.find((a) => normalisedText(a.text) === text);
		if (same) return { file, status: 'duplicate', id: same.id, reason: `same text as ${same.id}` };
		const taken = new Set([
			...existing.map((a) => a.id),
			...(await readdir(dir)).map((n) => n.replace(/\.md$/, ''))
		]);
		const tmp = path.join(
			dir,
			`.${article.id}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
		);
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
	});
}
