// Clauses of a sentence: where each one starts, so that modality words are read in the
// trigger's own clause (« …, mais … », "…, which …").
import { allMatches } from '../text/matches';
import type { Sentence } from './sentence';

const CLAUSE_BREAK = /[;:]|,\s(?:qui|que|laquelle|lequel|mais|tandis|alors|while|but|which|who)\s/g;

/** Where each clause break of the sentence ends (article offsets), in text order. */
export function clauseBreakEnds(sentence: string, offset: number): number[] {
	const ends: number[] = [];
	for (const m of allMatches(CLAUSE_BREAK, sentence)) ends.push(offset + m.index + m[0].length);
	return ends;
}

/** The start of the clause that `position` is in: after the last break that ends before it. */
export function clauseStart(s: Sentence, breakEnds: number[], position: number): number {
	let start = s.start;
	for (const end of breakEnds) {
		if (end > position) break;
		start = end;
	}
	return start;
}
