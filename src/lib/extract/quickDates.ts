// The common date forms of news prose, read without chrono-node, which costs a third of the
// extraction time: years (« en 2023 »), month and year, « mars dernier » / "last March",
// day-month-year, weekdays (the closest one, as chrono reads them) and today / yesterday.
// A window holding any other date word is left to chrono (see dates.ts).
import type { Language, PartialDate } from '../types';
import { MONTH_NUMBERS, WEEKDAY_NUMBERS } from '../i18n/dateWords';
import { allMatches } from '../text/matches';

export interface QuickDate {
	start: number;
	end: number;
	date: PartialDate;
}

const MONTHS = MONTH_NUMBERS;
const WEEKDAYS = WEEKDAY_NUMBERS;

const FR_MONTH =
	'janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre';
const EN_MONTH =
	'january|february|march|april|may|june|july|august|september|october|november|december';
const FR_DAY = 'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche';
const EN_DAY = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
const YEAR = '((?:1[89]|20)\\d\\d)';

type Reader = (m: RegExpMatchArray, ref: Date) => PartialDate | undefined;

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => d.toISOString().slice(0, 10);
const month = (word: string) => MONTHS[word.toLowerCase()] as number;

function dayDate(year: number, m: number, day: number): PartialDate | undefined {
	const d = new Date(Date.UTC(year, m - 1, day));
	return d.getUTCMonth() === m - 1 ? iso(d) : undefined;
}

/** The month named relative to the reference: the last one before it, or the next after. */
function relativeMonth(ref: Date, m: number, past: boolean): PartialDate {
	const refMonth = ref.getUTCMonth() + 1;
	const year = past
		? m < refMonth
			? ref.getUTCFullYear()
			: ref.getUTCFullYear() - 1
		: m > refMonth
			? ref.getUTCFullYear()
			: ref.getUTCFullYear() + 1;
	return `${year}-${pad(m)}`;
}

/** A weekday: the closest one (−3 to +3 days, as chrono), or the last / next one. */
function weekday(ref: Date, day: number, modifier?: string): PartialDate {
	let offset = (day - ref.getUTCDay() + 7) % 7;
	if (modifier && /dernier|last/i.test(modifier)) offset = offset === 0 ? -7 : offset - 7;
	else if (modifier && /prochain|next/i.test(modifier)) offset = offset === 0 ? 7 : offset;
	else if (offset > 3) offset -= 7;
	const d = new Date(ref);
	d.setUTCDate(d.getUTCDate() + offset);
	return iso(d);
}

const shift = (ref: Date, days: number) => {
	const d = new Date(ref);
	d.setUTCDate(d.getUTCDate() + days);
	return iso(d);
};

const PATTERNS: Record<Language, [RegExp, Reader][]> = {
	fr: [
		[
			new RegExp(`\\b(\\d{1,2})(?:er)?\\s+(${FR_MONTH})\\s+${YEAR}\\b`, 'gi'),
			(m) => dayDate(Number(m[3]), month(m[2] as string), Number(m[1]))
		],
		[
			new RegExp(`\\b(${FR_MONTH})\\s+(dernier|prochain)\\b`, 'gi'),
			(m, ref) => relativeMonth(ref, month(m[1] as string), /dernier/i.test(m[2] as string))
		],
		[
			new RegExp(`(?<!\\d\\s)\\b(${FR_MONTH})\\s+${YEAR}\\b`, 'gi'),
			(m) => `${m[2]}-${pad(month(m[1] as string))}`
		],
		[new RegExp(`\\b(?:en|depuis|début|fin|courant|dès)\\s+${YEAR}\\b`, 'gi'), (m) => m[1]],
		[
			new RegExp(`\\b(?:(?:ce|cette)\\s+)?(${FR_DAY})(?:\\s+(dernier|prochain))?\\b`, 'gi'),
			(m, ref) => weekday(ref, WEEKDAYS[(m[1] as string).toLowerCase()] as number, m[2])
		],
		[/\baujourd'hui\b/gi, (_m, ref) => iso(ref)],
		[/\bhier\b/gi, (_m, ref) => shift(ref, -1)],
		[/\bdemain\b/gi, (_m, ref) => shift(ref, 1)]
	],
	en: [
		[
			new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${EN_MONTH})\\s+${YEAR}\\b`, 'gi'),
			(m) => dayDate(Number(m[3]), month(m[2] as string), Number(m[1]))
		],
		[
			new RegExp(`\\b(${EN_MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR}\\b`, 'gi'),
			(m) => dayDate(Number(m[3]), month(m[1] as string), Number(m[2]))
		],
		[
			new RegExp(`\\b(last|next)\\s+(${EN_MONTH})\\b`, 'gi'),
			(m, ref) => relativeMonth(ref, month(m[2] as string), /last/i.test(m[1] as string))
		],
		[
			new RegExp(`(?<!\\d\\s)\\b(${EN_MONTH})\\s+${YEAR}\\b`, 'gi'),
			(m) => `${m[2]}-${pad(month(m[1] as string))}`
		],
		[new RegExp(`\\b(?:in|since|early|late)\\s+${YEAR}\\b`, 'gi'), (m) => m[1]],
		[
			new RegExp(`\\b(?:(last|next|this)\\s+)?(${EN_DAY})\\b`, 'gi'),
			(m, ref) => weekday(ref, WEEKDAYS[(m[2] as string).toLowerCase()] as number, m[1])
		],
		[/\btoday\b/gi, (_m, ref) => iso(ref)],
		[/\byesterday\b/gi, (_m, ref) => shift(ref, -1)],
		[/\btomorrow\b/gi, (_m, ref) => shift(ref, 1)]
	]
};

/**
 * The dates in `text` when every date word in it belongs to a form read here; undefined when
 * one does not (a bare month, "3 days ago", 16/05/2024…), so the caller asks chrono.
 */
export function quickDates(
	text: string,
	lang: Language,
	ref: Date,
	dateWords: RegExp
): QuickDate[] | undefined {
	const found: QuickDate[] = [];
	for (const [pattern, read] of PATTERNS[lang]) {
		for (const m of allMatches(pattern, text)) {
			const start = m.index;
			const end = start + m[0].length;
			if (found.some((f) => start < f.end && f.start < end)) continue;
			const date = read(m, ref);
			if (!date) return undefined;
			found.push({ start, end, date });
		}
	}
	for (const w of allMatches(dateWords, text)) {
		if (!found.some((f) => f.start <= w.index && w.index + w[0].length <= f.end)) return undefined;
	}
	return found.sort((a, b) => a.start - b.start);
}
