// npm run ingest -- FILES... [--lang fr|en] [--date YYYY-MM-DD]
// Adds articles to data/articles (front-matter, or --date and --lang for plain text files),
// with a progress bar and a summary: added, skipped as duplicate, refused with the reason.
// Exit 1 when any file was refused; the data set is rebuilt when anything was added.
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../src/lib/errors';
import { articleFromFile } from '../src/lib/server/articleFromFile';
import { addArticle, MAX_ARTICLE_BYTES, type IngestOutcome } from '../src/lib/server/corpusWriter';
import { DATA_DIR, DATASET_FILE } from '../src/lib/server/paths';
import { rebuildDatasetLocked } from '../src/lib/server/rebuildDataset';
import { DataLockBusy } from '../src/lib/server/dataLock';
import type { Language } from '../src/lib/types';
import { articleArgs, runCli } from './cli';

const USAGE = 'usage: ingest FILES... [--lang fr|en] [--date YYYY-MM-DD]';

function progress(done: number, total: number, label: string): void {
	if (!process.stderr.isTTY) return;
	const width = 24;
	const filled = Math.round((done / total) * width);
	const name = label.length > 40 ? `…${label.slice(-39)}` : label;
	process.stderr.write(
		`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${name}`.padEnd(90)
	);
	if (done === total) process.stderr.write('\n');
}

/** Another process (a server, another ingest) is saving: say so on stderr, once per wait. */
const onWait = (message: string) => console.error(`ingest: ${message}`);

async function ingestOne(
	file: string,
	dir: string,
	overrides: { lang?: Language; date?: string }
): Promise<IngestOutcome> {
	try {
		const size = (await stat(file)).size;
		if (size > MAX_ARTICLE_BYTES)
			return {
				file,
				status: 'refused',
				reason: `the file is ${(size / 1048576).toFixed(1)} MB, over the ${MAX_ARTICLE_BYTES / 1048576} MB limit`
			};
	} catch {
		// articleFromFile names what is wrong (missing, a directory…).
	}
	try {
		const article = await articleFromFile(file, overrides);
		return await addArticle(dir, article, { file, lock: { onWait } });
	} catch (error) {
		if (error instanceof DataLockBusy) return { file, status: 'refused', reason: error.message };
		if (error instanceof InputError)
			return {
				file,
				status: 'refused',
				reason: error.problem + (error.line ? ` (line ${error.line})` : '')
			};
		throw error;
	}
}

await runCli(async () => {
	const { files, overrides } = articleArgs('ingest', USAGE);
	if (!files.length) throw new InputError('ingest', `give at least one file (${USAGE})`);
	const dir = path.join(DATA_DIR, 'articles');
	await mkdir(dir, { recursive: true });
	const outcomes: IngestOutcome[] = [];
	for (const [i, file] of files.entries()) {
		progress(i, files.length, file);
		const outcome = await ingestOne(file, dir, overrides);
		outcomes.push(outcome);
		if (!process.stderr.isTTY)
			console.error(
				`${outcome.status}: ${file}${outcome.id ? ` → ${outcome.id}` : ''}${outcome.reason && outcome.status !== 'added' ? ` (${outcome.reason})` : ''}`
			);
	}
	progress(files.length, files.length, 'done');
	const count = (s: IngestOutcome['status']) => outcomes.filter((o) => o.status === s);
	const refused = count('refused');
	console.log(
		`added ${count('added').length}, skipped as duplicate ${count('duplicate').length}, refused ${refused.length}`
	);
	for (const o of count('added')) console.log(`  added     ${o.file} → data/articles/${o.id}.md`);
	for (const o of count('duplicate')) console.log(`  duplicate ${o.file}: ${o.reason}`);
	for (const o of refused) console.log(`  refused   ${o.file}: ${o.reason}`);
	if (count('added').length) {
		const dataset = await rebuildDatasetLocked(DATA_DIR, DATASET_FILE, { onWait });
		console.log(
			`data set rebuilt: ${dataset.articles.length} articles → ${path.relative(process.cwd(), DATASET_FILE)}`
		);
	}
	if (refused.length) process.exitCode = 1;
});
