// Which of a sentence's dates is an event's date. Dates are found by dates.ts; this decides
// which one a trigger takes (or none).
import type { DateMention } from './dates';
import type { TriggerHit } from './triggers';

/** What the choice needs of a sentence: its text, start, dates and trigger hits (article offsets). */
export interface DatedSentence {
	text: string;
	start: number;
	dates: DateMention[];
	hits: TriggerHit[];
}

function otherTriggerBetween(s: DatedSentence, hit: TriggerHit, from: number, to: number): boolean {
	return s.hits.some((h) => h !== hit && h.start >= from && h.end <= to);
}

/**
 * Dates attach like targets: the first date after the trigger with no other trigger in
 * between ("arrived on Tuesday and met … on Wednesday"), else the nearest one before it in
 * the same way, else a date opening the sentence (« En mars dernier, … »), which governs
 * every verb that follows.
 */
export function dateFor(s: DatedSentence, hit: TriggerHit): string | undefined {
	if (!s.dates.length) return undefined;
	const after = s.dates.find(
		(d) => d.start >= hit.end && !otherTriggerBetween(s, hit, hit.end, d.start)
	);
	if (after) return after.date;
	const before = s.dates.filter((d) => d.end <= hit.start);
	const attached = before.filter((d) => !otherTriggerBetween(s, hit, d.end, hit.start));
	const opening = before.find(
		(d) => d.start - s.start < 25 && /^\s*,/.test(s.text.slice(d.end, d.end + 3))
	);
	return (attached[attached.length - 1] ?? opening)?.date;
}
