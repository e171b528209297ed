// Sentence spans with offsets into the original text. Intl.Segmenter runs per paragraph:
// over one multi-megabyte string it takes minutes on Node 20, per paragraph a fraction of a
// second (shared/research/extraction.md).

export interface Span {
	start: number;
	end: number;
}

// Abbreviations after which Intl.Segmenter wrongly ends a sentence ("M. Macron", "Mr. Wang").
const ABBREVIATION_BEFORE_END =
	/(?:^|[\s(«"])(?:M|MM|Mme|Mmes|Mlle|Dr|Pr|Me|Mgr|St|Ste|Mr|Mrs|Ms|Prof|Gen|Gén|Sen|Rep|Gov|Lt|Col|Sgt|Jr|Sr|av|apr|J\.-C|U\.S|U\.K|etc|cf|No|n°|p|vol|art)\.\s*$/;

const segmenters = new Map<string, Intl.Segmenter>();
function segmenterFor(lang: string): Intl.Segmenter {
	let segmenter = segmenters.get(lang);
	if (!segmenter) {
		segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
		segmenters.set(lang, segmenter);
	}
	return segmenter;
}

// What String#trim removes: ASCII white space, then the Unicode spaces (/\s/) beyond it.
const isSpace = (code: number) =>
	code === 32 || (code >= 9 && code <= 13) || (code > 127 && /\s/.test(String.fromCharCode(code)));

/** Leading and trailing white space of text[start, end), without copying it (long texts). */
function trimmed(text: string, start: number, end: number): Span {
	while (start < end && isSpace(text.charCodeAt(start))) start++;
	while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
	return { start, end };
}

/** Paragraph spans: runs of text between blank lines (or single newlines: bullets, headings). */
export function paragraphSpans(text: string): Span[] {
	const spans: Span[] = [];
	const re = /[^\n]+/g;
	for (let m = re.exec(text); m; m = re.exec(text)) {
		const { start, end } = trimmed(text, m.index, m.index + m[0].length);
		if (end > start) spans.push({ start, end });
	}
	return spans;
}

/** Sentence spans (trimmed), in text order, never crossing a line break. */
export function sentenceSpans(text: string, lang = 'fr'): Span[] {
	const spans: Span[] = [];
	const segmenter = segmenterFor(lang);
	for (const paragraph of paragraphSpans(text)) {
		const body = text.slice(paragraph.start, paragraph.end);
		let pending: Span | undefined;
		for (const { segment, index } of segmenter.segment(body)) {
			const from = paragraph.start + index;
			const { start, end } = trimmed(text, from, from + segment.length);
			if (end <= start) continue;
			if (pending) {
				pending.end = end;
			} else {
				pending = { start, end };
			}
			// The longest abbreviation with its lead-in fits in the last 12 characters.
			const tail = text.slice(Math.max(pending.start, pending.end - 12), pending.end);
			if (!ABBREVIATION_BEFORE_END.test(tail)) {
				spans.push(pending);
				pending = undefined;
			}
		}
		if (pending) spans.push(pending);
	}
	return spans;
}
