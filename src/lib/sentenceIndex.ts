// What a sentence is, for every count Entente shows: the sentence of its article (as
// src/lib/text/sentences.ts splits it) that holds an evidence record's start. A record that
// quotes a clause (« celle de Xi en France », a place inside « La visite de Poutine succède à
// celle de Xi en France, en Serbie et en Hongrie. ») is in the sentence around it, not a
// sentence of its own. Every view, table, title, download and embed counts and lists sentences
// through `sentenceKeyer`; each sentence of a data set is also numbered once, so a selection's
// distinct sentences are counted by marking numbers (600,000 records under a broad filter at
// 10,000 articles). The build finds each record's sentence once and the database keeps it
// (src/lib/server/store/tables.ts, evidence.sentence): a data set read from it splits no text
// (splitting every line holding evidence took 3–4.6 s at 10,000 articles on a first count).
import { datasetIndex, relationPositions, type DatasetIndex } from './dataset/datasetIndex';
import type { Dataset } from './dataset/schema';
import { sentenceSpans } from './text/sentences';
import type { Evidence, Relation } from './types';

/** A sentence within its article: the offset where it starts (a number), or, for a record whose
 * article the data set does not hold (or whose start lies past its text), the record's own span
 * as a string. */
export type SentenceKey = number | string;

type Keyer = (e: Pick<Evidence, 'article' | 'start' | 'end'>) => SentenceKey;

/** Where a line's sentences start, by article and line start: found for the lines that hold
 * evidence only (a sentence never crosses a line break, so a line splits alone as in its text). */
const lineStarts = new WeakMap<Dataset, Map<string, Map<number, number[]>>>();
const keyers = new WeakMap<Dataset, Keyer>();
/** Sentence starts found when the data set was built: by article, by record start. */
const builtStarts = new WeakMap<Dataset, ReadonlyMap<string, ReadonlyMap<number, number>>>();

/**
 * Gives `dataset` the sentence starts its build found (by article, the start of the sentence
 * holding a record that starts there, as {@link sentenceKeyer} keys it): the keyer then reads
 * them instead of splitting the articles' text. A record not among them is keyed from the text.
 */
export function attachSentenceStarts(
	dataset: Dataset,
	starts: ReadonlyMap<string, ReadonlyMap<number, number>>
): void {
	builtStarts.set(dataset, starts);
	keyers.delete(dataset);
}

function startsOfLine(text: string, lang: string, lineStart: number, lineEnd: number): number[] {
	return sentenceSpans(text.slice(lineStart, lineEnd), lang).map((s) => lineStart + s.start);
}

/**
 * The key of the sentence holding a record's start, within its article (`article` + key names
 * one sentence of the data set). Sentences are split from the article's text on first use,
 * one line at a time, and kept with the data set.
 */
export function sentenceKeyer(dataset: Dataset): Keyer {
	const known = keyers.get(dataset);
	if (known) return known;
	let byArticle = lineStarts.get(dataset);
	if (!byArticle) lineStarts.set(dataset, (byArticle = new Map()));
	const lines = byArticle;
	const built = builtStarts.get(dataset);
	// The articles' index only for records the build did not key (none, read from the database).
	let index: DatasetIndex | undefined;
	const keyer: Keyer = (e) => {
		const stored = built?.get(e.article)?.get(e.start);
		if (stored !== undefined) return stored;
		const article = (index ??= datasetIndex(dataset)).article(e.article);
		const text = article?.text;
		if (!article || text === undefined || e.start >= text.length) return `${e.start}:${e.end}`;
		const lineStart = e.start === 0 ? 0 : text.lastIndexOf('\n', e.start - 1) + 1;
		let ofArticle = lines.get(e.article);
		if (!ofArticle) lines.set(e.article, (ofArticle = new Map()));
		let starts = ofArticle.get(lineStart);
		if (!starts) {
			const newline = text.indexOf('\n', e.start);
			const lineEnd = newline < 0 ? text.length : newline;
			ofArticle.set(lineStart, (starts = startsOfLine(text, article.lang, lineStart, lineEnd)));
		}
		// The last sentence starting at or before the record (a record starting in the blank
		// before a line's first sentence belongs to that sentence).
		let key = starts[0] ?? e.start;
		for (const s of starts) {
			if (s > e.start) break;
			key = s;
		}
		return key;
	};
	keyers.set(dataset, keyer);
	return keyer;
}

/**
 * The start of the sentence holding a record's start (what the database keeps for it), or null
 * when its key is its own span ({@link SentenceKey}: its article missing, or too short).
 */
export function sentenceStartOf(
	dataset: Dataset
): (e: Pick<Evidence, 'article' | 'start' | 'end'>) => number | null {
	const key = sentenceKeyer(dataset);
	return (e) => {
		const k = key(e);
		return typeof k === 'number' ? k : null;
	};
}

/** A record's sentence's identity across a data set: its article and {@link sentenceKeyer}'s key. */
export const sentenceId = (dataset: Dataset) => {
	const key = sentenceKeyer(dataset);
	return (e: Evidence): string => `${e.article}:${key(e)}`;
};

interface SentenceIndex {
	/** A relation's place in the data set. */
	position: ReadonlyMap<Relation, number>;
	/** The sentence numbers of relation i's records: `numbers[offsets[i] .. offsets[i + 1]]`. */
	offsets: Int32Array;
	numbers: Int32Array;
	/** How many distinct sentences the data set's relations hold. */
	total: number;
}

const indexes = new WeakMap<Dataset, SentenceIndex>();

function sentenceIndex(dataset: Dataset): SentenceIndex {
	const known = indexes.get(dataset);
	if (known) return known;
	const relations = dataset.relations;
	const keyOf = sentenceKeyer(dataset);
	const offsets = new Int32Array(relations.length + 1);
	for (let i = 0; i < relations.length; i++)
		offsets[i + 1] = (offsets[i] as number) + (relations[i] as Relation).evidence.length;
	const numbers = new Int32Array(offsets[relations.length] as number);
	const byArticle = new Map<string, Map<SentenceKey, number>>();
	const position = relationPositions(dataset);
	let total = 0;
	let k = 0;
	relations.forEach((r) => {
		for (const e of r.evidence) {
			let sentences = byArticle.get(e.article);
			if (!sentences) byArticle.set(e.article, (sentences = new Map()));
			const key = keyOf(e);
			let n = sentences.get(key);
			if (n === undefined) sentences.set(key, (n = total++));
			numbers[k++] = n;
		}
	});
	const index = { position, offsets, numbers, total };
	indexes.set(dataset, index);
	return index;
}

/**
 * How many distinct sentences tell some of the data set's relations (as src/lib/counts.ts's
 * sentenceCount counts their records), or undefined when one of them is not the data set's own.
 */
export function relationSentenceCount(
	dataset: Dataset,
	relations: readonly Relation[]
): number | undefined {
	const { position, offsets, numbers, total } = sentenceIndex(dataset);
	const seen = new Uint8Array(total);
	let count = 0;
	for (const r of relations) {
		const i = position.get(r);
		if (i === undefined) return undefined;
		for (let k = offsets[i] as number; k < (offsets[i + 1] as number); k++) {
			const n = numbers[k] as number;
			if (!seen[n]) {
				seen[n] = 1;
				count++;
			}
		}
	}
	return count;
}
