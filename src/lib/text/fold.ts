// Length-preserving fold: a match found at [start, end) in the folded text is the same
// span of the original, so evidence offsets never drift.

// The folded code unit of every code unit met so far (0: not yet computed).
const foldedCodes = new Uint16Array(0x10000);

function computeFold(code: number): number {
	if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code;
	// Surrogate halves (emoji, rare scripts) are kept as they are.
	if (code >= 0xd800 && code <= 0xdfff) return code;
	const ch = String.fromCharCode(code);
	// Curly apostrophes and primes become ', non-breaking and thin spaces become spaces.
	if (ch === '\u2019' || ch === '\u2018' || ch === '\u02bc' || ch === '\u2032') return 39;
	if (ch === '\u00a0' || ch === '\u202f' || ch === '\u2009' || ch === '\u2007') return 32;
	if (ch === '\u2010' || ch === '\u2011') return 45;
	// Strip accents only when the base letter alone remains (é → e); œ and ß keep their
	// form because expanding them would shift every later offset.
	const lower = ch.toLowerCase();
	const base = lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
	if (base.length === 1) return base.charCodeAt(0);
	if (lower.length === 1) return lower.charCodeAt(0);
	return code;
}

/** The folded form of a code unit met for the first time, remembered for the next. */
function foldCode(code: number): number {
	const folded = computeFold(code);
	foldedCodes[code] = folded;
	return folded;
}

const ASCII_ONLY = /^\p{ASCII}*$/u;

// ignoreBOM keeps a leading U+FEFF (dropping it would shift every offset by one).
const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true });

/** Lower-case, strip accents, unify apostrophes and spaces; output has the input's length. */
export function foldText(text: string): string {
	// Plain ASCII (most English text) folds by lower-casing alone, natively.
	if (ASCII_ONLY.test(text)) return text.toLowerCase();
	// Into a buffer, then one string: appending piece by piece built a rope of hundreds of
	// thousands of parts on long texts, and the collector spent more time on it than the fold.
	const codes = new Uint16Array(text.length);
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		codes[i] = (foldedCodes[code] as number) || foldCode(code);
	}
	return utf16.decode(codes);
}

/** What /\s/ (and String#trim) counts as white space, by code unit, without a regex for ASCII. */
export const isSpace = (code: number) =>
	code === 32 || (code >= 9 && code <= 13) || (code > 127 && /\s/.test(String.fromCharCode(code)));

const LETTER = /[\p{L}\p{N}]/u;

/** True when the character at `index` is a letter or digit (out of range counts as none). */
export function isWordChar(text: string, index: number): boolean {
	if (index < 0 || index >= text.length) return false;
	const code = text.charCodeAt(index);
	if (code < 128)
		return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
	return LETTER.test(text[index] as string);
}
