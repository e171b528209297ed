// Sentence spans with offsets into the original text, by Intl.Segmenter. Its cost grows
// faster than the text it is given (one multi-megabyte string takes minutes on Node 20,
// shared/research/extraction.md), and each call has a fixed cost of its own: it runs on
// chunks of whole lines of about CHUNK_CHARS, where both stay small (V8 copies the whole
// input for every sentence it returns). Unicode's sentence rules always break after a line
// break and never look across one (UAX #29, SB4), so a chunk of lines splits exactly as its
// lines one by one (tested).
import { isSpace } from './fold';

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

/**
 * Measured on 4 MB of the corpus (French) and of the English test articles: line by line
 * 200 and 350 ms, by about 1,000 characters 80 and 100 ms; beyond 2,000 the copies win.
 */
const CHUNK_CHARS = 1000;

/** Whether the sentence ending at `end` ends on an abbreviation (« M. », "Mr.", "U.S."). */
function endsOnAbbreviation(text: string, start: number, end: number): boolean {
	// Only a full stop can end an abbreviation; the longest with its lead-in fits in 12 characters.
	if (text.charCodeAt(end - 1) !== 46) return false;
	return ABBREVIATION_BEFORE_END.test(text.slice(Math.max(start, end - 12), end));
}

// » and ”: they close a quotation.
const CLOSING_QUOTE = new Set([0xbb, 0x201d]);

/** A quotation is read whole up to this many characters ("“… a month. This is about …,” Mr Biden told reporters"). */
const QUOTATION_CHARS = 600;

/**
 * Whether the text from `start` to `end` leaves a quotation open (« without », “ without ”,
 * an odd number of "), and is short enough to be continued: the sentences of one quotation
 * make one span, so that its speaker, named after it, is the speaker of all of it.
 */
function insideQuotation(text: string, start: number, end: number): boolean {
	if (end - start > QUOTATION_CHARS) return false;
	let open = 0;
	let straight = 0;
	for (let i = start; i < end; i++) {
		const c = text.charCodeAt(i);
		if (c === 0xab || c === 0x201c) open++;
		else if (c === 0xbb || c === 0x201d) open--;
		else if (c === 34) straight++;
	}
	return open > 0 || straight % 2 === 1;
}

/**
 * Sentence spans (trimmed), in text order, never crossing a line break. `chunkChars` is how
 * much text the segmenter reads at a time (whole lines; 0: line by line): it changes the
 * speed, never the result.
 */
export function sentenceSpans(
	text: string,
	lang = 'fr',
	{ chunkChars = CHUNK_CHARS }: { chunkChars?: number } = {}
): Span[] {
	const spans: Span[] = [];
	const segmenter = segmenterFor(lang);
	// A span ends a sentence unless it ends on an abbreviation or leaves a quotation open.
	const complete = (span: Span) =>
		!endsOnAbbreviation(text, span.start, span.end) && !insideQuotation(text, span.start, span.end);
	for (let chunkStart = 0; chunkStart < text.length;) {
		const newline = text.indexOf('\n', chunkStart + chunkChars);
		const chunkEnd = newline < 0 ? text.length : newline + 1;
		let pending: Span | undefined;
		for (const { segment, index } of segmenter.segment(text.slice(chunkStart, chunkEnd))) {
			let start = chunkStart + index;
			let end = start + segment.length;
			while (start < end && isSpace(text.charCodeAt(start))) start++;
			while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
			// « … en position de force. » Le précédent …: the segmenter ends the sentence before a
			// closing guillemet or quotation mark; it belongs to the sentence before.
			const previous = pending ?? spans[spans.length - 1];
			if (
				start < end &&
				CLOSING_QUOTE.has(text.charCodeAt(start)) &&
				previous &&
				previous.end <= start &&
				!text.slice(previous.end, start).includes('\n')
			) {
				previous.end = start + 1;
				start++;
				while (start < end && isSpace(text.charCodeAt(start))) start++;
				if (pending && complete(pending)) {
					spans.push(pending);
					pending = undefined;
				}
			}
			if (end > start) {
				if (pending) pending.end = end;
				else pending = { start, end };
				if (complete(pending)) {
					spans.push(pending);
					pending = undefined;
				}
			}
			// A line break ends the sentence, even one ending on an abbreviation (a heading).
			if (pending && segment.includes('\n')) {
				spans.push(pending);
				pending = undefined;
			}
		}
		if (pending) spans.push(pending);
		chunkStart = chunkEnd;
	}
	return spans;
}
