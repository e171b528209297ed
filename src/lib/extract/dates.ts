// Dates in the text, resolved against the article's date with chrono-node, completed by the
// forms it misses (shared/research/extraction.md): « en mars dernier », « mars 2023 »,
// « en 2023 », "last March" (chrono resolves it forward), « le lendemain » / "the next day".
import * as chrono from 'chrono-node';
import type { Language, PartialDate } from '../types';
import { quickDates } from './quickDates';
import { relativeDates } from './relativeDates';
import { MONTHS } from '../i18n/months';
import { isSpace } from '../text/fold';
import { allMatches } from '../text/matches';

export interface DateMention {
	start: number;
	end: number;
	date: PartialDate;
	/**
	 * Not in the sentence's words: the day the text counts from (`reference`: the dateline's or
	 * the article's), or the date its context gives (`context`: a live entry's day, the date
	 * the sentence before told). Both sit at the sentence's start with no length.
	 */
	implicit?: 'reference' | 'context';
	/**
	 * Where "since" / « depuis » opens the span this date starts: it dates only an event named
	 * inside that phrase (« depuis l'invasion de l'Ukraine en février 2022 »), never one
	 * outside it ("the first visit since 2000").
	 */
	since?: number;
}

// Lower case, as the text is read.
const FR_MONTHS = MONTHS.fr;
const EN_MONTHS = MONTHS.en.map((m) => m.toLowerCase());

function monthIndex(word: string): number {
	const w = word
		.toLowerCase()
		.replace('fevrier', 'février')
		.replace('aout', 'août')
		.replace('decembre', 'décembre');
	const fr = FR_MONTHS.indexOf(w);
	return fr >= 0 ? fr + 1 : EN_MONTHS.indexOf(w) + 1;
}

type Components = { year: number; month?: number; day?: number };
interface Context {
	reference: { instant: Date };
}

/** A month named relative to the reference: the last one before it, or the next one after. */
function relativeMonth(ref: Date, month: number, direction: 'past' | 'future'): Components {
	const refYear = ref.getUTCFullYear();
	const refMonth = ref.getUTCMonth() + 1;
	if (direction === 'past') return { year: month < refMonth ? refYear : refYear - 1, month };
	return { year: month > refMonth ? refYear : refYear + 1, month };
}

const FR_MONTH =
	'(janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)';
const EN_MONTH =
	'(January|February|March|April|May|June|July|August|September|October|November|December)';

const customParsers: Record<
	Language,
	{ pattern: RegExp; extract: (ref: Date, m: RegExpMatchArray) => Components }[]
> = {
	fr: [
		{
			pattern: new RegExp(`${FR_MONTH}\\s+(dernier|prochain)`, 'i'),
			extract: (ref, m) =>
				relativeMonth(ref, monthIndex(m[1]!), m[2]!.toLowerCase() === 'dernier' ? 'past' : 'future')
		},
		{
			pattern: new RegExp(`(?<!\\d\\s)${FR_MONTH}\\s+(\\d{4})\\b`, 'i'),
			extract: (_ref, m) => ({ year: Number(m[2]), month: monthIndex(m[1]!) })
		},
		{
			pattern: /\b(?:en|depuis|début|fin|courant|dès)\s+(\d{4})\b/i,
			extract: (_ref, m) => ({ year: Number(m[1]) })
		}
	],
	en: [
		{
			pattern: new RegExp(`\\b(last|next)\\s+${EN_MONTH}`, 'i'),
			extract: (ref, m) =>
				relativeMonth(ref, monthIndex(m[2]!), m[1]!.toLowerCase() === 'last' ? 'past' : 'future')
		},
		{
			pattern: new RegExp(`(?<!\\d\\s)\\b${EN_MONTH}\\s+(\\d{4})\\b`, 'i'),
			extract: (_ref, m) => ({ year: Number(m[2]), month: monthIndex(m[1]!) })
		},
		{
			pattern: /\b(?:in|since|early|late|mid-)\s*(\d{4})\b/i,
			extract: (_ref, m) => ({ year: Number(m[1]) })
		}
	]
};

// Times of day (« à 14 heures », "this evening") never date a diplomatic event and cost a
// third of chrono's time: those parsers are left out, as is a duplicate one.
const UNUSED_PARSERS = /TimeExpression|CasualTime|SpecificTime|TimeUnitWithin/;

function buildParser(lang: Language): chrono.Chrono {
	const parser = (lang === 'fr' ? chrono.fr.casual : chrono.en.casual).clone();
	const seen = new Set<string>();
	parser.parsers = parser.parsers.filter((p) => {
		const name = p.constructor.name;
		if (UNUSED_PARSERS.test(name) || seen.has(name)) return false;
		seen.add(name);
		return true;
	});
	for (const custom of customParsers[lang]) {
		parser.parsers.push({
			pattern: () => custom.pattern,
			extract: (context: Context, match: RegExpMatchArray) =>
				custom.extract(context.reference.instant, match)
		});
	}
	return parser;
}

const parsers: Partial<Record<Language, chrono.Chrono>> = {};

const pad = (n: number) => String(n).padStart(2, '0');

function toPartialDate(c: chrono.ParsedComponents): PartialDate {
	const year = c.get('year') as number;
	if (c.isCertain('day') || c.isCertain('weekday'))
		return `${year}-${pad(c.get('month') as number)}-${pad(c.get('day') as number)}`;
	if (c.isCertain('month')) return `${year}-${pad(c.get('month') as number)}`;
	return String(year);
}

export function addDays(date: string, days: number): string {
	const d = new Date(`${date}T12:00:00Z`);
	d.setUTCDate(d.getUTCDate() + days);
	return d.toISOString().slice(0, 10);
}

// chrono's cost grows with the text it reads: it reads only windows around date words.
const DATE_WORD =
	/\b(?:\b(?:1[89]|20)\d\d\b|\d{1,2}\/\d{1,2}|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|hier|aujourd|demain|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|yesterday|today|tomorrow|ago|il y a)\b/gi;
const WINDOW = 40;

function windows(text: string): [number, number][] {
	const spans: [number, number][] = [];
	for (const m of allMatches(DATE_WORD, text)) {
		let from = Math.max(0, m.index - WINDOW);
		let to = Math.min(text.length, m.index + m[0].length + WINDOW);
		// Widen to whole words so no date expression is cut.
		while (from > 0 && !isSpace(text.charCodeAt(from - 1))) from--;
		while (to < text.length && !isSpace(text.charCodeAt(to))) to++;
		const last = spans[spans.length - 1];
		if (last && from <= last[1]) last[1] = Math.max(last[1], to);
		else spans.push([from, to]);
	}
	return spans;
}

const NEXT_DAY = /\b(?:le lendemain|the next day|the following day|the day after)\b/gi;
const DAY_BEFORE = /\b(?:la veille|the day before|the previous day)\b/gi;

/**
 * Dates in `text` (a sentence or paragraph), resolved against `articleDate`. `previous`
 * is the last day-precise date before this text, for « le lendemain ».
 */
export function findDates(
	text: string,
	lang: Language,
	articleDate: string,
	previous?: string,
	options: { chronoOnly?: boolean; told?: string } = {}
): DateMention[] {
	const parser = (parsers[lang] ??= buildParser(lang));
	// chrono misses « aujourd’hui » with a curly apostrophe; this swap keeps every offset.
	const plain = text.replace(/[’\u2019]/g, "'").replace(/[\u00a0\u202f]/g, ' ');
	const reference = { instant: new Date(`${articleDate}T12:00:00Z`), timezone: 0 };
	const found: DateMention[] = [];
	const chronoWindows: [number, number][] = [];
	for (const [from, to] of windows(plain)) {
		// The common forms are read directly; chrono only reads windows with other date words.
		const quick = options.chronoOnly
			? undefined
			: quickDates(plain.slice(from, to), lang, reference.instant, DATE_WORD);
		if (quick)
			for (const q of quick) found.push({ start: q.start + from, end: q.end + from, date: q.date });
		else chronoWindows.push([from, to]);
	}
	for (const result of chronoWindows.flatMap(([from, to]) =>
		parser
			.parse(plain.slice(from, to), reference)
			.map((r) => Object.assign(r, { index: r.index + from }))
	)) {
		if (
			!result.start.isCertain('year') &&
			!result.start.isCertain('month') &&
			!result.start.isCertain('day') &&
			!result.start.isCertain('weekday')
		)
			continue;
		found.push({
			start: result.index,
			end: result.index + result.text.length,
			date: toPartialDate(result.start)
		});
	}
	found.sort((a, b) => a.start - b.start);
	// « le lendemain » counts from the last date told, not from today as chrono reads "next day".
	const relative: DateMention[] = [];
	for (const [re, days] of [
		[NEXT_DAY, 1],
		[DAY_BEFORE, -1]
	] as const) {
		for (const m of allMatches(re, plain)) {
			const anchor =
				[...found].reverse().find((d) => d.end <= m.index && d.date.length === 10)?.date ??
				previous ??
				articleDate;
			relative.push({ start: m.index, end: m.index + m[0].length, date: addDays(anchor, days) });
		}
	}
	// "last week", « fin août », "in May", "the same day": read here, in place of chrono's reading.
	for (const r of relativeDates(plain, lang, reference.instant, options.told ?? previous))
		if (!relative.some((d) => r.start < d.end && d.start < r.end)) relative.push(r);
	const overlaps = (d: DateMention) => relative.some((r) => d.start < r.end && r.start < d.end);
	return [...found.filter((d) => !overlaps(d)), ...relative]
		.filter((d) => !DURATION.test(plain.slice(d.start, d.end)))
		.map((d) => {
			const since = sinceOf(plain, d);
			return since === undefined ? d : { ...d, since };
		})
		.sort((a, b) => a.start - b.start);
}

// "since 2019", « depuis 2000 », "the first visit since 2000", « dès 2014 »: the start of a
// span, never an event's date.
// « dès le 29 juillet » (as early as) dates its event.
const SINCE = /(?<![\p{L}])(?:since|depuis)(?![\p{L}])[^,;.()–]{0,30}$/iu;
// "within two months", "seven weeks after …": a duration, not a date.
const DURATION =
	/\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|several)\s+(?:days|weeks|months|years)\b(?!\s+ago)/i;

function sinceOf(text: string, d: DateMention): number | undefined {
	if (/^(?:since|depuis)\b/i.test(text.slice(d.start, d.end))) return d.start;
	const from = Math.max(0, d.start - 40);
	const m = SINCE.exec(text.slice(from, d.start));
	return m ? from + m.index : undefined;
}
