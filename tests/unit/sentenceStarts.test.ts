// Each evidence record's sentence is found once, by the build, and kept in the database
// (evidence.sentence): the server reads it instead of splitting every article's text on its
// first count (3–4.6 s at 10,000 articles). What it reads must be what the text gives.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { countsOf } from '../../src/lib/counts';
import type { Dataset } from '../../src/lib/dataset/schema';
import { NO_FILTERS } from '../../src/lib/graph/filters';
import { sentenceKeyer } from '../../src/lib/sentenceIndex';
import { openSqliteStore, writeSqliteStore } from '../../src/lib/server/store/sqliteStore';
import { sentenceSpans } from '../../src/lib/text/sentences';
import { foundingDataset } from '../helpers/corpus';

let data: Dataset;
let file: string;

beforeAll(async () => {
	data = await foundingDataset();
	file = path.join(await mkdtemp(path.join(tmpdir(), 'entente-sentences-')), 'dataset.sqlite');
	writeSqliteStore(data, file);
}, 60_000);

type Row = { article: string; start: number; end: number; quote: string; sentence: number | null };
const storedRows = (db: Database.Database): Row[] =>
	db
		.prepare('SELECT article, start, "end", quote, sentence FROM evidence ORDER BY relation, seq')
		.all() as Row[];

describe('the sentence the build stores for each evidence record', () => {
	it('is where the sentence holding the record starts in its article', () => {
		const db = new Database(file, { readonly: true });
		const rows = storedRows(db);
		db.close();
		expect(rows.length).toBe(data.relations.reduce((n, r) => n + r.evidence.length, 0));
		const texts = new Map(data.articles.map((a) => [a.id, a]));
		for (const row of rows) {
			const article = texts.get(row.article);
			if (!article) continue;
			// Found here from the whole text's line, independently of the keyer's cache.
			const lineStart = article.text.lastIndexOf('\n', row.start - 1) + 1;
			const lineEnd = article.text.indexOf('\n', row.start);
			const line = article.text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
			const starts = sentenceSpans(line, article.lang).map((s) => lineStart + s.start);
			const holding = starts.filter((s) => s <= row.start).at(-1) ?? starts[0];
			expect(row.sentence, `${row.article} ${row.start}: ${row.quote}`).toBe(holding);
			expect(row.sentence).toBeLessThanOrEqual(row.start);
		}
		// A clause quoted inside a sentence (« celle de Xi en France ») is stored with the
		// sentence around it, not at its own start.
		const clause = rows.find(
			(r) => r.start > (r.sentence ?? r.start) && r.quote.includes('celle de Xi')
		);
		expect(clause).toBeDefined();
		const text = texts.get(clause!.article)!.text;
		expect(text.slice(clause!.sentence!)).toMatch(/^La visite de Poutine succède/);
	});

	it('is what the server reads back, without splitting the text again', () => {
		const store = openSqliteStore(file);
		const read = store.dataset();
		const keyOf = sentenceKeyer(read);
		const db = new Database(file, { readonly: true });
		const rows = storedRows(db);
		db.close();
		for (const row of rows) expect(keyOf(row)).toBe(row.sentence ?? `${row.start}:${row.end}`);
		// The same counts as the data set compiled in memory (26 sentences, see counts.test.ts).
		expect(countsOf(read, NO_FILTERS)).toEqual(countsOf(data, NO_FILTERS));
		store.close();
		// A stored start is what the server uses: moved in the file, the key read moves with it.
		const writable = new Database(file);
		const first = writable
			.prepare('SELECT relation, seq, article, start FROM evidence WHERE sentence > 0 LIMIT 1')
			.get() as { relation: number; seq: number; article: string; start: number };
		writable
			.prepare('UPDATE evidence SET sentence = sentence - 1 WHERE article = ? AND start = ?')
			.run(first.article, first.start);
		writable.close();
		const again = openSqliteStore(file);
		const moved = again.dataset();
		const record = moved.relations[first.relation]!.evidence[first.seq]!;
		const before = keyOf(read.relations[first.relation]!.evidence[first.seq]!) as number;
		expect(sentenceKeyer(moved)(record)).toBe(before - 1);
		again.close();
	});
});
