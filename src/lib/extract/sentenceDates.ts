// The dates of each sentence in turn, with the date its context gives when it names none:
// a dateline ("KYIV, April 13 (Reuters) –") is the day the text it heads counts from; a live
// blog's timestamped entries ("14:40 – …") happen on the blog's day. The last date told in a
// paragraph anchors « la même année », "that October", "the same day". Whether an event takes
// the implicit date is eventDates.ts's call.
import type { Language } from '../types';
import { findDates, type DateMention } from './dates';
import type { Span } from '../text/sentences';

// Sentences without any of these cannot hold a date: chrono is not asked (speed).
const MAY_HOLD_DATE =
	/\b(?:\d{1,4}(?:er)?|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|janv|fevr|avr|juil|sept|oct|nov|dec|jan|feb|mar|apr|jun|jul|aug|sep|hier|aujourd'hui|demain|lendemain|veille|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|yesterday|today|tomorrow|next day|following day|day before|previous day|weeks?|months?|years?|semaines?|mois|annee|l'an|meme jour|jour meme|meme annee|same day|ete dernier|hiver dernier|printemps dernier|automne dernier|summer|winter|spring|autumn|plus tot|plus tard|earlier|later|ago)\b/;
const YEARS = /\b(?:19|20)\d\d\b/g;
// Words that tell a day or a month, in sentences read without chrono (folded text); not
// « mars », « mai », "March", "May", which are as often a planet, a verb or a name.
const DAY_OR_MONTH =
	/\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|janvier|fevrier|avril|juin|juillet|aout|septembre|octobre|novembre|decembre|hier|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|april|june|july|august|september|october|november|december|yesterday)\b/;
// "**14:40** –", "18 h 40 –", "09h40 –": a live blog's entry.
const TIMESTAMP = /^[*_]*\d{1,2}\s?(?::|h)\s?\d{2}[*_]*\s*[–—-]/;
const TIMESTAMP_LINES = /^[*_]*\d{1,2}\s?(?::|h)\s?\d{2}[*_]*\s*[–—-]/gm;
// "WARSAW, Aug 2 (Reuters) –", « ABUJA, 10 août (AFP) – », "CAMP DAVID, Maryland, Aug 18 –".
export const DATELINE =
	/^\s*\p{Lu}[\p{Lu}\p{M}\s.'’-]+(?:\s*\([^)\n]{1,60}\))?,\s*(?:[\p{L}\s.-]{2,30},\s*)?([^–—\n(]{3,25}?)\s*(?:\([^)\n]{1,40}\))?\s*[–—-]\s/u;

export class SentenceDating {
	private readonly live: boolean;
	/** The day the text counts from: the dateline's, else the article's. */
	private readonly reference: string;
	private readonly liveDay: string;
	private previousDay: string | undefined;
	/** The last date the paragraph told (in the sentences read: those that may hold events). */
	private told: string | undefined;
	private lastEnd = 0;
	/** Whether the sentence read last tells a date of its own (a year, month, weekday or day). */
	toldDate = false;
	/** Still in the paragraph a dateline heads; where the dateline ends. */
	private lead: boolean;
	private readonly datelineEnd: number;

	constructor(
		private readonly text: string,
		private readonly folded: string,
		private readonly lang: Language,
		articleDate: string
	) {
		const dateline = datelineOf(text, lang, articleDate);
		this.reference = dateline?.date ?? articleDate;
		this.datelineEnd = dateline?.end ?? 0;
		this.lead = !!dateline;
		const stamps = text.match(TIMESTAMP_LINES)?.length ?? 0;
		this.live = stamps >= 2;
		// A live blog may name its day in its heading ("Friday, November 18, 2022").
		const head = this.live ? text.slice(0, text.search(TIMESTAMP_LINES_ONE)) : '';
		this.liveDay =
			findDates(head, lang, this.reference).find((d) => d.date.length === 10)?.date ??
			this.reference;
	}

	/**
	 * The dates of the sentence at `span` (article offsets), and the one its context gives
	 * (`implicit`), when `needed`; sentences must come in text order.
	 */
	datesOf(span: Span, needed: boolean): DateMention[] {
		const between = this.text.slice(this.lastEnd, span.start);
		this.lastEnd = span.end;
		const line = this.text.slice(this.text.lastIndexOf('\n', span.start) + 1, span.end);
		// A new paragraph or a new live entry starts a new narrative.
		if (/\n\s*\n/.test(between) || (/\n/.test(between) && TIMESTAMP.test(line))) {
			this.told = undefined;
			this.lead = false;
		}
		// Only sentences that may hold an event are read (chrono and the date patterns are the
		// slowest steps of the extraction).
		if (!needed) {
			// A year told here anchors « en avril de la même année » further on (read without
			// chrono: only the year is wanted).
			const folded = this.folded.slice(span.start, span.end);
			const years = folded.match(YEARS);
			if (years) this.told = years[years.length - 1];
			this.toldDate = !!years || DAY_OR_MONTH.test(folded);
			return [];
		}
		const own = this.read(span);
		this.toldDate = own.length > 0;
		// A live entry happens on the blog's day, the paragraph a dateline heads on the
		// dateline's. (Carrying the date the sentence before told to every next one dated 8
		// more events right and 25 undated ones wrongly on set (c); eventDates.ts carries a day
		// only to an event of the same actors, and toldDate ends the carry.)
		const context = this.live ? this.liveDay : this.lead ? this.reference : undefined;
		this.noteTold(own);
		const at = { start: span.start, end: span.start };
		return [
			...own,
			{ ...at, date: this.reference, implicit: 'reference' as const },
			...(context ? [{ ...at, date: context, implicit: 'context' as const }] : [])
		];
	}

	private read(span: Span): DateMention[] {
		if (!MAY_HOLD_DATE.test(this.folded.slice(span.start, span.end))) return [];
		const dates = findDates(
			this.text.slice(span.start, span.end),
			this.lang,
			this.reference,
			this.previousDay,
			this.told ? { told: this.told } : {}
		).map((d) => ({
			...d,
			start: d.start + span.start,
			end: d.end + span.start,
			...(d.since !== undefined ? { since: d.since + span.start } : {})
		}));
		const lastDay = [...dates].reverse().find((d) => d.date.length === 10);
		if (lastDay) this.previousDay = lastDay.date;
		// The dateline's own date is the reference, not an event's date in its sentence.
		return dates.filter((d) => d.start >= this.datelineEnd);
	}

	private noteTold(dates: DateMention[]): void {
		const last = dates.filter((d) => d.since === undefined).pop();
		if (last) this.told = last.date;
	}
}

const TIMESTAMP_LINES_ONE = /^[*_]*\d{1,2}\s?(?::|h)\s?\d{2}[*_]*\s*[–—-]/m;

/** The day (YYYY-MM-DD) of a dateline opening the article, and where the dateline ends. */
export function datelineOf(
	text: string,
	lang: Language,
	articleDate: string
): { date: string; end: number } | undefined {
	const m = DATELINE.exec(text.slice(0, 200));
	if (!m) return undefined;
	const date = findDates(m[1] as string, lang, articleDate).find((d) => d.date.length === 10)?.date;
	return date ? { date, end: m.index + m[0].length } : undefined;
}
