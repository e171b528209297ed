// Word tokens of folded text with their offsets: runs of letters and digits. Apostrophes and
// hyphens separate words (« s'est » is "s" + "est", "Russia's" is "russia" + "s"), so a
// pattern tokenised the same way matches every elided and hyphenated form.

/** Tokens as parallel arrays: `words[i]` spans `[starts[i], ends[i])` of the text. */
export interface Tokens {
	words: string[];
	starts: number[];
	ends: number[];
}

// Folded text is lower-case without accents: an ASCII-range class plus the Latin, Greek and
// Cyrillic blocks the fold keeps is enough, and faster than \p{L}.
const WORD = /[a-z0-9\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u00df]+/g;

/** The word tokens of folded text (or of a folded pattern). */
export function wordTokens(folded: string, from = 0, to = folded.length): Tokens {
	const tokens: Tokens = { words: [], starts: [], ends: [] };
	WORD.lastIndex = from;
	for (let m = WORD.exec(folded); m && m.index < to; m = WORD.exec(folded)) {
		tokens.words.push(m[0]);
		tokens.starts.push(m.index);
		tokens.ends.push(m.index + m[0].length);
	}
	return tokens;
}

/** Only white space, hyphens and apostrophes between two offsets: the words are adjacent. */
export function adjacent(folded: string, end: number, start: number): boolean {
	for (let i = end; i < start; i++) {
		const c = folded.charCodeAt(i);
		if (c !== 32 && c !== 45 && c !== 39 && c !== 9) return false;
	}
	return true;
}
