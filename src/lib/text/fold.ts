// Length-preserving fold: a match found at [start, end) in the folded text is the same
// span of the original, so evidence offsets never drift.

const cache = new Map<number, string>();

function foldChar(ch: string): string {
	const code = ch.charCodeAt(0);
	if (code < 128) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
	const hit = cache.get(code);
	if (hit !== undefined) return hit;
	let folded = ch;
	// Curly apostrophes and primes become ', non-breaking and thin spaces become spaces.
	if (ch === '\u2019' || ch === '\u2018' || ch === '\u02bc' || ch === '\u2032') folded = "'";
	else if (ch === '\u00a0' || ch === '\u202f' || ch === '\u2009' || ch === '\u2007') folded = ' ';
	else if (ch === '\u2010' || ch === '\u2011') folded = '-';
	else {
		// Strip accents only when the base letter alone remains (é → e); œ and ß keep their
		// form because expanding them would shift every later offset.
		const lower = ch.toLowerCase();
		const base = lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
		if (base.length === 1) folded = base;
		else if (lower.length === 1) folded = lower;
	}
	cache.set(code, folded);
	return folded;
}

/** Lower-case, strip accents, unify apostrophes and spaces; output has the input's length. */
export function foldText(text: string): string {
	let out = '';
	let runStart = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code < 128 && !(code >= 65 && code <= 90)) continue;
		// Surrogate halves (emoji, rare scripts) are kept as they are.
		if (code >= 0xd800 && code <= 0xdfff) continue;
		out += text.slice(runStart, i) + foldChar(text[i] as string);
		runStart = i + 1;
	}
	return out + text.slice(runStart);
}

const LETTER = /[\p{L}\p{N}]/u;

/** True when the character at `index` is a letter or digit (out of range counts as none). */
export function isWordChar(text: string, index: number): boolean {
	if (index < 0 || index >= text.length) return false;
	const code = text.charCodeAt(index);
	if (code < 128)
		return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
	return LETTER.test(text[index] as string);
}
