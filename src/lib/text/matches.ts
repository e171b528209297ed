// String#matchAll copies its regex on every call: in the per-sentence and per-window loops of
// the extraction that copy cost more than the matching. This runs the regex itself.

/**
 * Every match of a global regex in `text`, as String#matchAll gives them (from the start,
 * empty matches stepping one character). The regex is left with lastIndex 0.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
	if (!re.global) throw new TypeError(`allMatches needs a global regex: ${re}`);
	const found: RegExpExecArray[] = [];
	re.lastIndex = 0;
	for (let m = re.exec(text); m; m = re.exec(text)) {
		found.push(m);
		if (m[0] === '') re.lastIndex = stepPast(text, re.lastIndex, re.unicode || re.unicodeSets);
	}
	re.lastIndex = 0;
	return found;
}

/** The index after the one at `index`: a whole surrogate pair in unicode mode. */
function stepPast(text: string, index: number, unicode: boolean): number {
	if (!unicode || index + 1 >= text.length) return index + 1;
	const code = text.charCodeAt(index);
	const next = text.charCodeAt(index + 1);
	return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff
		? index + 2
		: index + 1;
}
