// Which of a sentence's dates is an event's date. Dates are found by dates.ts, the date a
// sentence's context gives (dateline, live entry, narrative) by sentenceDates.ts; this
// decides which one a trigger takes, or none.
import type { DateMention } from './dates';
import type { TriggerHit } from './triggers';

/**
 * What the choice needs of a sentence: the article's text, the sentence's start (and end),
 * its dates and trigger hits, all in article offsets.
 */
export interface DatedSentence {
	text: string;
	start: number;
	end?: number;
	dates: DateMention[];
	hits: TriggerHit[];
}

/** Another event's trigger between (one of the same type is the same event told again). */
function otherTriggerBetween(s: DatedSentence, hit: TriggerHit, from: number, to: number): boolean {
	return s.hits.some(
		(h) => h !== hit && h.start >= from && h.end <= to && h.rule.type !== hit.rule.type
	);
}

// A relative or subordinate clause, or a new sentence part, between a trigger and a date
// after it: the date is that clause's ("met … at the Palace, which Trudeau will join on
// Tuesday"; « son aide, qui s'élevait à … l'an dernier »).
const CLAUSE_BREAK =
	/(?<![\p{L}])(?:which|who|whom|whose|where|when|while|whereas|qui|que|qu['’]|où|dont|lorsque|lorsqu['’]|quand|alors que|tandis que)(?![\p{L}])|[;–—]/iu;

/** The article's words from `from` to `to`, kept within the sentence. */
const slice = (s: DatedSentence, from: number, to: number) =>
	s.text.slice(Math.max(s.start, from), Math.min(s.end ?? s.text.length, to));

// Future, conditional and wishes: what is planned or supposed has no past date.
const FUTURE =
	/(?<![\p{L}])(?:will|won't|shall|would|could|is due to|are due to|is expected to|are expected to|is set to|are set to|plans? to|planned|intends? to|to be|hopes? to|hoping to|wants? to|offer(?:s|ed)? to|propos(?:es|ed) to|ready to|invited|invites|a proposé|a invité|s'est dit prêt|prêt à|doit|doivent|devra|devront|devrait|devraient|pourrait|pourraient|pourra|pourront|compte|comptent|envisage|envisagent|espère|espèrent|souhaite|souhaitent|veut|veulent)(?![\p{L}])/iu;
// Future and conditional endings of a lower-case word (« signera », « viendrait »), not of a
// name (Vieira); "may" the verb, not the month.
const FUTURE_FORM =
	/(?<![\p{L}])(?:may|might|\p{Ll}\p{L}+(?:era|eront|ira|iront|dra|dront|ura|uront|erait|eraient|irait|iraient|drait|draient|urait|uraient))(?![\p{L}])/u;
// Past perfect and pluperfect: background before the story's day (« avait demandé », "had
// accused"), unless a reporting verb shifted the tense back ("said it had released").
const BACKGROUND =
	/(?<![\p{L}])(?:had|avait|avaient|était|étaient|s'était|s'étaient|depuis|since|jusqu'ici|so far|already|déjà)(?![\p{L}])/iu;
const BACKSHIFT =
	/(?<![\p{L}])(?:said|says|told|tells|announced|added|stated|reported|confirmed)(?![\p{L}])(?:(?!\bsince\b)[^.;])*$/iu;
// "Peskov said on Tuesday that the leaders would discuss": the day is the saying's.
const REPORTED_THAT =
	/(?<![\p{L}])(?:said|says|told|announced|added|stated|warned|declared|confirmed|a (?:déclaré|annoncé|indiqué|affirmé|assuré|précisé|ajouté)|ont (?:déclaré|annoncé|indiqué|affirmé))(?![\p{L}])[^.;]*?(?:\bthat\b|(?<![\p{L}])qu(?:e|'|’))/iu;

/** The words of the trigger's clause before it (from the last comma, semicolon or quote). */
function clauseBefore(s: DatedSentence, hit: TriggerHit): string {
	const before = slice(s, hit.start - 80, hit.start);
	const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('«'));
	return cut >= 0 ? before.slice(cut + 1) : before;
}

/**
 * Whether the date sits in a phrase set off by commas, with words of its own beside it
 * (", the subject of a warrant issued in March,"); « à Belém, mardi, pour » is a bare date.
 */
function insertedPhrase(s: DatedSentence, d: DateMention, gap: string): boolean {
	const comma = gap.indexOf(',');
	if (comma < 0) return false;
	const lead = slice(s, s.start, d.start);
	const open = lead.lastIndexOf(',');
	// A dash after that comma ends a dateline or a live entry's time ("MEXICO CITY, Jan 9 –
	// Biden … pledged on Monday to …, even as"): the date is in the sentence proper.
	if (open < 0 || /[–—]/.test(lead.slice(open))) return false;
	const words = `${lead.slice(open + 1)} ${gap.slice(0, comma)}`
		.trim()
		.split(/\s+/)
		.filter(Boolean);
	return words.length > 2;
}

/** Whether a date lies after the reference day (a month or year: after its own span). */
function isFuture(date: string, reference: string | undefined): boolean {
	if (!reference) return false;
	return date > reference.slice(0, date.length);
}

/** Whether a date lies before the article's story (a plain string comparison of ISO prefixes). */
function isPast(date: string, reference: string | undefined): boolean {
	if (!reference) return false;
	return date < reference.slice(0, date.length);
}

/**
 * Dates attach like targets: the first date after the trigger with no other trigger in
 * between ("arrived on Tuesday and met … on Wednesday"), else the nearest one before it in
 * the same way, else a date opening the sentence (« En mars dernier, … »), which governs
 * every verb that follows. A date before a reporting verb dates the saying, not what is
 * reported. A planned or supposed event never takes a past date. Without a date of its own,
 * an event told in the present or the simple past takes the one its context gives: a live
 * entry's or a dateline's day, else `carried` (YYYY-MM-DD), the day the story told last for
 * one of the event's actors, when the event is a verb's and its sentence tells no date.
 */
export function dateFor(s: DatedSentence, hit: TriggerHit, carried?: string): string | undefined {
	// A "since" date dates only what its own phrase names (« depuis l'invasion … en 2022 »).
	const explicit = s.dates.filter(
		(d) => !d.implicit && (d.since === undefined || (hit.start >= d.since && hit.end <= d.start))
	);
	const reference = s.dates.find((d) => d.implicit === 'reference')?.date;
	const context = s.dates.find((d) => d.implicit === 'context');
	// The day the story told last dates an event of the same actors that names none of its own.
	// Only a verb's event, in a sentence that tells no date at all ("since 2019" included):
	// "thanked Turkey for its support" dates the thanks, not the support.
	const carry =
		carried && hit.rule.form === 'verb' && !s.dates.some((d) => !d.implicit)
			? { date: carried }
			: undefined;
	const implicit = context ?? carry;
	// Most sentences tell no date at all: nothing to choose.
	if (!explicit.length && !implicit) return undefined;
	const clause = clauseBefore(s, hit);
	const future = FUTURE.test(clause) || FUTURE_FORM.test(clause);
	const after = explicit.find(
		(d) =>
			d.start >= hit.end &&
			!otherTriggerBetween(s, hit, hit.end, d.start) &&
			!CLAUSE_BREAK.test(slice(s, hit.end, d.start))
	);
	const before = explicit.filter((d) => d.end <= hit.start);
	// Before the trigger a date governs what follows, across other verbs ("pledged on Monday
	// …, even as the Mexican leader urged"), but not past a reporting verb's "that", nor
	// from inside a phrase set off by commas ("Putin, the subject of a warrant issued in
	// March, … sent Lavrov").
	const attached = before.filter((d) => {
		const gap = slice(s, d.end, hit.start);
		if (REPORTED_THAT.test(gap)) return false;
		return !insertedPhrase(s, d, gap);
	});
	// « En mars dernier, … », "In a statement on Friday, …": a date in the sentence's opening
	// phrase (after a live entry's time) governs every verb that follows.
	const sentence = slice(s, s.start, s.end ?? s.text.length);
	const body = sentence.replace(/^[\s*_]*\d{1,2}\s?(?::|h)\s?\d{2}[\s*_]*[–—-]\s*/, '');
	const offset = sentence.length - body.length;
	const opening = before.find(
		(d) =>
			!slice(s, s.start + offset, d.start).includes(',') && /^\s*,/.test(slice(s, d.end, d.end + 3))
	);
	// A planned or offered event takes no past date, and a date before its verb only when
	// that date is to come (« En mai, Poutine devrait se rendre en Chine », but not "hosted
	// Zelensky on Friday and offered to host a summit").
	const preceding = (attached[attached.length - 1] ?? opening)?.date;
	const own = future
		? (after?.date ?? (preceding && isFuture(preceding, reference) ? preceding : undefined))
		: (after ?? attached[attached.length - 1] ?? opening)?.date;
	if (own) return future && isPast(own, reference) ? undefined : own;
	if (!implicit || future) return undefined;
	if (BACKGROUND.test(clause) && !BACKSHIFT.test(slice(s, s.start, hit.start))) return undefined;
	// Dates told in the sentence that do not attach to the trigger belong to other events.
	if (before.length) return undefined;
	return implicit.date;
}
