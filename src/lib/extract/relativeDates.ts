// Dates news gives relative to the article's day or to the last date told, which chrono-node
// reads forward or not at all: "last week", « le mois dernier », "earlier this week", « fin
// août », "in May", "March 10", "Aug 2", "the same day", « le jour même », « cinq ans plus
// tôt », « en avril de la même année ». A month or a day without a year is the last one
// before the article, unless the words around it speak of the future (« accueillera en
// novembre », "to be delivered in December"). Each keeps the precision the text gives.
import { MONTH_NUMBERS, WEEKDAY_NUMBERS } from '../i18n/dateWords';
import type { Language, PartialDate } from '../types';
import { allMatches } from '../text/matches';

export interface RelativeDate {
	start: number;
	end: number;
	date: PartialDate;
}

// Full names from the shared table, and the abbreviations datelines use ("Aug 2", « 3 janv. »).
const MONTHS: Record<string, number> = {
	...MONTH_NUMBERS,
	janv: 1,
	fevr: 2,
	févr: 2,
	avr: 4,
	juil: 7,
	sept: 9,
	oct: 10,
	nov: 11,
	dec: 12,
	déc: 12,
	jan: 1,
	feb: 2,
	mar: 3,
	apr: 4,
	jun: 6,
	jul: 7,
	aug: 8,
	sep: 9
};
const NUMBERS: Record<string, number> = {
	un: 1,
	une: 1,
	deux: 2,
	trois: 3,
	quatre: 4,
	cinq: 5,
	six: 6,
	sept: 7,
	huit: 8,
	neuf: 9,
	dix: 10,
	one: 1,
	a: 1,
	an: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six_: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10
};

const FR_MONTH =
	'janvier|janv\\.?|f[ée]vrier|f[ée]vr\\.?|mars|avril|avr\\.?|mai|juin|juillet|juil\\.?|ao[uû]t|septembre|sept\\.?|octobre|oct\\.?|novembre|nov\\.?|d[ée]cembre|d[ée]c\\.?';
const EN_MONTH =
	'january|february|march|april|may|june|july|august|september|october|november|december|jan\\.?|feb\\.?|mar\\.?|apr\\.?|jun\\.?|jul\\.?|aug\\.?|sept?\\.?|oct\\.?|nov\\.?|dec\\.?';
const YEAR_AFTER = '(?![\\s,]*(?:de\\s+)?(?:1[89]|20)\\d\\d)';
const NUMBER_WORD =
	'\\d{1,2}|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|a|an|one|two|three|four|five|seven|eight|nine|ten';

// Words that put what they date in the future (future, conditional, schedules).
const FUTURE =
	/(?<![\p{L}])(?:will|shall|is due|are due|due to|is expected|are expected|is set to|are set to|plans? to|planned|to be|scheduled|upcoming|next|doit|doivent|devra|devront|devrait|devraient|prevu|prévu|prévue|prochain|prochaine)(?![\p{L}])/iu;
const FUTURE_FORM =
	/(?<![\p{L}])\p{Ll}\p{L}+(?:era|eront|ira|iront|dra|dront|ura|uront)(?![\p{L}])/u;

function futureAround(text: string, index: number): boolean {
	const before = text.slice(Math.max(0, index - 70), index);
	const clause = before.split(/[.;!?]/).pop() ?? before;
	return FUTURE.test(clause) || FUTURE_FORM.test(clause);
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => d.toISOString().slice(0, 10);
const monthOf = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
const shiftDays = (d: Date, days: number) => new Date(d.getTime() + days * 86400000);
const monthShift = (d: Date, months: number) =>
	new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));

/** The year of a month named alone: the last one up to the reference, or the next one. */
function yearOfMonth(ref: Date, month: number, future: boolean): number {
	const refMonth = ref.getUTCMonth() + 1;
	const year = ref.getUTCFullYear();
	if (future) return month >= refMonth ? year : year + 1;
	return month <= refMonth ? year : year - 1;
}

/** A day of a month without a year: the last one before the reference (a week's grace), or the next. */
function yearOfDay(ref: Date, month: number, day: number, future: boolean): number {
	const year = ref.getUTCFullYear();
	const candidate = Date.UTC(year, month - 1, day);
	if (future) return candidate >= ref.getTime() - 86400000 ? year : year + 1;
	return candidate <= ref.getTime() + 7 * 86400000 ? year : year - 1;
}

type Reader = (m: RegExpMatchArray, at: number, c: Context) => PartialDate | undefined;

interface Context {
	text: string;
	ref: Date;
	/** The last date told before this text, for "the same day" and « la même année ». */
	previous?: PartialDate;
}

const WEEKDAYS = WEEKDAY_NUMBERS;

/**
 * A weekday: the last one up to the reference (news tells what happened), the next one when
 * the words around it speak of the future, or as « dernier » / "next" say.
 */
function weekday(c: Context, name: string, modifier: string | undefined, at: number): PartialDate {
	const day = WEEKDAYS[name.toLowerCase()] as number;
	const back = (c.ref.getUTCDay() - day + 7) % 7;
	let offset = -back;
	const future = modifier
		? /prochain|next/i.test(modifier)
		: futureAround(c.text, at) || FUTURE_AFTER.test(c.text.slice(at, at + 30));
	if (future) offset = back === 0 ? (modifier ? 7 : 0) : 7 - back;
	else if (modifier && /dernier|last/i.test(modifier) && back === 0) offset = -7;
	return iso(shiftDays(c.ref, offset));
}
// "on Tuesday will …" is rare; « mardi prochain » and "this coming Tuesday" say it themselves.
const FUTURE_AFTER = /^\s*(?:will|shall)\b/i;

const previousYear = (c: Context) => Number((c.previous ?? iso(c.ref)).slice(0, 4));
const refYear = (c: Context) => c.ref.getUTCFullYear();

function build(lang: Language): [RegExp, Reader][] {
	const month = (w: string) => MONTHS[w.toLowerCase().replace(/\.$/, '')];
	const count = (w: string) => NUMBERS[w.toLowerCase()] ?? Number(w);
	const dayDate = (y: number, mo: number, d: number) => {
		const date = new Date(Date.UTC(y, mo - 1, d));
		return date.getUTCMonth() === mo - 1 ? iso(date) : undefined;
	};
	if (lang === 'fr')
		return [
			[
				/\b(?:au\s+)?lendemain\s+(?:de\s+la|de\s+l['’]|du|des|d['’])/gi,
				(_m, _at, c) => iso(shiftDays(c.ref, -1))
			],
			[
				/\b(?:(?:ce|cette)\s+)?(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:\s+(dernier|prochain))?\b/gi,
				(m, at, c) => weekday(c, m[1] as string, m[2], at)
			],
			[
				/\b(?:d['’]ici\s+(?:[àa]\s+)?la\s+fin\s+de\s+l['’]ann[ée]e|(?:[àa]|avant)\s+la\s+fin\s+de\s+l['’]ann[ée]e)\b/gi,
				(_m, _at, c) => String(refYear(c))
			],
			[
				/\bquelques\s+(?:jours|semaines)\s+plus\s+(?:t[ôo]t|tard)\b/gi,
				(_m, _at, c) => (c.previous ? c.previous.slice(0, 7) : undefined)
			],
			[
				/(?<![\p{L}\p{N}.,#-])(?:(?:de|du|d['’]|le|la|les|en|l['’]an|l['’]ann[ée]e)\s+)((?:19|20)\d\d)(?![\p{N},.]|\s?[-–/]\s?\d)/giu,
				(m) => m[1]
			],
			[
				new RegExp(
					`\\b(?:en|au mois d['’]|au mois de)?\\s?(${FR_MONTH})\\s+de la m[êe]me ann[ée]e\\b`,
					'gi'
				),
				(m, _at, c) => `${previousYear(c)}-${pad(month(m[1] as string) as number)}`
			],
			[
				new RegExp(
					`\\b(?:le\\s+)?(\\d{1,2})(?:er)?\\s+(${FR_MONTH})${YEAR_AFTER}(?![\\p{L}])`,
					'giu'
				),
				(m, at, c) => {
					const mo = month(m[2] as string) as number;
					const d = Number(m[1]);
					return dayDate(yearOfDay(c.ref, mo, d, futureAround(c.text, at)), mo, d);
				}
			],
			[
				new RegExp(
					`\\b(?:en|fin|début|debut|mi-|courant|à la fin|au début|depuis)\\s?(${FR_MONTH})${YEAR_AFTER}(?![\\p{L}])`,
					'giu'
				),
				(m, at, c) => {
					if (/^depuis/i.test(m[0])) return undefined;
					const mo = month(m[1] as string) as number;
					return `${yearOfMonth(c.ref, mo, futureAround(c.text, at))}-${pad(mo)}`;
				}
			],
			[/\bla semaine (?:derni[èe]re|pass[ée]e)\b/gi, (_m, _at, c) => monthOf(shiftDays(c.ref, -7))],
			[
				/\b(?:cette semaine|en d[ée]but de semaine|plus t[ôo]t cette semaine)\b/gi,
				(_m, _at, c) => monthOf(c.ref)
			],
			[/\bla semaine prochaine\b/gi, (_m, _at, c) => monthOf(shiftDays(c.ref, 7))],
			[/\ble mois (?:dernier|pass[ée])\b/gi, (_m, _at, c) => monthOf(monthShift(c.ref, -1))],
			[
				/\b(?:ce mois-ci|(?:au|en) d[ée]but (?:du|de) mois|[àa] la fin du mois|en fin de mois|plus t[ôo]t ce mois-ci)\b/gi,
				(_m, _at, c) => monthOf(c.ref)
			],
			[/\ble mois prochain\b/gi, (_m, _at, c) => monthOf(monthShift(c.ref, 1))],
			[
				/\b(?:l['’]an|l['’]ann[ée]e) (?:derni[èe]re?|pass[ée]e?)\b/gi,
				(_m, _at, c) => String(refYear(c) - 1)
			],
			[/\bcette ann[ée]e\b(?!-l[àa])/gi, (_m, _at, c) => String(refYear(c))],
			[/\b(?:l['’]an|l['’]ann[ée]e) prochaine?\b/gi, (_m, _at, c) => String(refYear(c) + 1)],
			[
				/\b(?:la m[êe]me ann[ée]e|cette ann[ée]e-l[àa])\b/gi,
				(_m, _at, c) => (c.previous ? c.previous.slice(0, 4) : undefined)
			],
			[
				/\b(?:le m[êe]me jour|le jour m[êe]me|ce jour-l[àa])\b/gi,
				(_m, _at, c) => (c.previous?.length === 10 ? c.previous : undefined)
			],
			[
				new RegExp(`\\b(${NUMBER_WORD})\\s+ans\\s+plus\\s+(t[ôo]t|tard)\\b`, 'giu'),
				(m, _at, c) =>
					String(previousYear(c) + (/tard/i.test(m[2] as string) ? 1 : -1) * count(m[1] as string))
			],
			[
				new RegExp(`\\bil y a\\s+(${NUMBER_WORD})\\s+ans\\b`, 'giu'),
				(m, _at, c) => String(refYear(c) - count(m[1] as string))
			],
			[
				/\b(?:l['’])?(?:(été|hiver|printemps|automne) dernier)\b/gi,
				(_m, _at, c) => String(refYear(c) - (c.ref.getUTCMonth() < 8 ? 1 : 0))
			]
		];
	return [
		[
			/\b(?:a|the|one)\s+day\s+(?:after|before)\s+(?=\p{L})(?!the\s+(?:truce|deal))/giu,
			(m, _at, c) => iso(shiftDays(c.ref, /after/i.test(m[0]) ? -1 : 1))
		],
		[
			/\b(?:(last|next|this)\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/gi,
			(m, at, c) => weekday(c, m[2] as string, m[1] === 'this' ? undefined : m[1], at)
		],
		[/\bby the end of (?:the|this) year\b/gi, (_m, _at, c) => String(refYear(c))],
		[
			/\ba few (?:days|weeks) (?:later|earlier)\b/gi,
			(_m, _at, c) => (c.previous ? c.previous.slice(0, 7) : undefined)
		],
		[
			/(?<![\p{L}\p{N}.,#-])(?:(?:a|an|the|of|to|back to|in)\s+)((?:19|20)\d\d)(?![\p{N},.%]|\s?[-–/]\s?\d|\s+(?:people|troops|soldiers|dollars|euros|tonnes|barrels|km))/giu,
			(m) => m[1]
		],
		[
			new RegExp(`\\bthat\\s+(${EN_MONTH})\\b${YEAR_AFTER}`, 'gi'),
			(m, _at, c) =>
				c.previous ? `${c.previous.slice(0, 4)}-${pad(month(m[1] as string) as number)}` : undefined
		],
		[
			new RegExp(`\\b(?:in\\s+)?(${EN_MONTH})\\s+(?:of\\s+)?(?:the same year|that year)\\b`, 'gi'),
			(m, _at, c) => `${previousYear(c)}-${pad(month(m[1] as string) as number)}`
		],
		[
			new RegExp(`\\b(${EN_MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b${YEAR_AFTER}(?!\\s?%)`, 'gi'),
			(m, at, c) => {
				const mo = month(m[1] as string) as number;
				const d = Number(m[2]);
				if (/^may$/i.test(m[1] as string) && !/^May/.test(c.text.slice(at))) return undefined;
				return dayDate(yearOfDay(c.ref, mo, d, futureAround(c.text, at)), mo, d);
			}
		],
		[
			new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${EN_MONTH})\\b${YEAR_AFTER}`, 'gi'),
			(m, at, c) => {
				const mo = month(m[2] as string) as number;
				const d = Number(m[1]);
				return dayDate(yearOfDay(c.ref, mo, d, futureAround(c.text, at)), mo, d);
			}
		],
		[
			new RegExp(
				`\\b(?:in|that|early|late|mid-|by|in early|in late|in mid-|until)\\s?(${EN_MONTH})\\b${YEAR_AFTER}`,
				'gi'
			),
			(m, at, c) => {
				if (/^until/i.test(m[0])) return undefined;
				const mo = month(m[1] as string) as number;
				return `${yearOfMonth(c.ref, mo, futureAround(c.text, at) || /^by/i.test(m[0]))}-${pad(mo)}`;
			}
		],
		[/\blast week\b/gi, (_m, _at, c) => monthOf(shiftDays(c.ref, -7))],
		[/\b(?:earlier this week|this week)\b/gi, (_m, _at, c) => monthOf(c.ref)],
		[/\bnext week\b/gi, (_m, _at, c) => monthOf(shiftDays(c.ref, 7))],
		[/\blast month\b/gi, (_m, _at, c) => monthOf(monthShift(c.ref, -1))],
		[
			/\b(?:earlier this month|this month|later this month|at the start of the month|at the end of the month)\b/gi,
			(_m, _at, c) => monthOf(c.ref)
		],
		[/\bnext month\b/gi, (_m, _at, c) => monthOf(monthShift(c.ref, 1))],
		[/\b(?:last year|a year ago)\b/gi, (_m, _at, c) => String(refYear(c) - 1)],
		[/\b(?:this year|earlier this year|later this year)\b/gi, (_m, _at, c) => String(refYear(c))],
		[/\bnext year\b/gi, (_m, _at, c) => String(refYear(c) + 1)],
		[
			/\b(?:the same year|that year)\b/gi,
			(_m, _at, c) => (c.previous ? c.previous.slice(0, 4) : undefined)
		],
		[
			/\b(?:the same day|that same day|that day)\b/gi,
			(_m, _at, c) => (c.previous?.length === 10 ? c.previous : undefined)
		],
		[
			new RegExp(`\\b(${NUMBER_WORD})\\s+years?\\s+(earlier|later|before)\\b`, 'giu'),
			(m, _at, c) =>
				String(previousYear(c) + (/later/i.test(m[2] as string) ? 1 : -1) * count(m[1] as string))
		],
		[
			/\blast (?:summer|winter|spring|autumn|fall)\b/gi,
			(_m, _at, c) => String(refYear(c) - (c.ref.getUTCMonth() < 8 ? 1 : 0))
		]
	];
}

const NEED_KINDS = ['month', 'weekday', 'year', 'relative'] as const;
type Need = (typeof NEED_KINDS)[number];
// What each kind of pattern needs in the text, tested once per sentence (plain, fast regexes).
const NEEDS: Record<Need, RegExp> = {
	month:
		/\b(?:janv|f[ée]vr|mars|avr|mai|juin|juil|ao[uû]t|sept|oct|nov|d[ée]c|jan|feb|mar|apr|may|june?|july?|aug|sep)/,
	weekday: /(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|day\b)/,
	year: /\b(?:19|20)\d\d\b/,
	relative:
		/\b(?:semaine|week|mois|month|ann[ée]e|year|l['’]an\b|il y a|day (?:after|before)|same day|that day|jour m[êe]me|m[êe]me (?:jour|ann[ée]e)|lendemain|veille|ago\b|plus t[ôo]t|plus tard|earlier|later|[ée]t[ée] dernier|hiver|printemps|automne|summer|winter|spring|autumn|fall\b|quelques jours|a few days)/
};

/** Each pattern with the kind of word it cannot match without, read from its source. */
function tagged(patterns: [RegExp, Reader][]): [RegExp, Reader, Need][] {
	return patterns.map(([re, read]) => {
		const source = re.source;
		const need: Need =
			source.includes('janvier') || source.includes('january')
				? 'month'
				: /lundi|monday/.test(source)
					? 'weekday'
					: source.includes('(?:19|20)\\d\\d')
						? 'year'
						: 'relative';
		return [re, read, need];
	});
}

const built: Partial<Record<Language, [RegExp, Reader, Need][]>> = {};

/** The relative dates of `text` against the reference day and the last date told. */
export function relativeDates(
	text: string,
	lang: Language,
	reference: Date,
	previous?: PartialDate
): RelativeDate[] {
	// Most sentences hold none of these words: the patterns are not run there (speed).
	const lower = text.toLowerCase();
	const present = new Set<Need>();
	for (const need of NEED_KINDS) if (NEEDS[need].test(lower)) present.add(need);
	if (!present.size) return [];
	const context: Context = { text, ref: reference, ...(previous ? { previous } : {}) };
	const found: RelativeDate[] = [];
	for (const [pattern, read, need] of (built[lang] ??= tagged(build(lang)))) {
		if (!present.has(need)) continue;
		for (const m of allMatches(pattern, text)) {
			const start = m.index;
			const end = start + m[0].length;
			if (found.some((f) => start < f.end && f.start < end)) continue;
			const date = read(m, start, context);
			if (date) found.push({ start, end, date });
		}
	}
	return found.sort((a, b) => a.start - b.start);
}
