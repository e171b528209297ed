// Quantities as news writes them, read in a folded sentence: digits with either language's
// separators (1,000 / 1 000 / 10,2), words (« trente-sept », "a dozen"), fractions ("a third"),
// approximations (« quelque », "at least"), scales (bn, « milliards », « Md€ »), currencies
// ($, A$, €, « dollars canadiens », yuan), percentages, measures, durations and the nouns
// counted, ranges ("between 4,000 and 5,000 troops") and ellipses ("54,000 troops in Japan
// and some 28,500 in South Korea"). Times, days of the month and bare years are not figures.
import type { Language } from '../../types';
import { allMatches } from '../../text/matches';
import { COLLECTIVES, FRACTIONS, numberTable, wordNumber } from './numberWords';
import {
	CURRENCY_CODES,
	CURRENCY_SYMBOLS,
	CURRENCY_WORDS,
	unitPattern,
	type UnitForm,
	type UnitKind
} from './units';

export type QuantityKind = 'share' | 'amount' | UnitKind | 'ordinal';

export interface Quantity {
	/** The figure's words, from its first approximating word to its unit (sentence offsets). */
	start: number;
	end: number;
	/** Where the number itself starts. */
	numberStart: number;
	kind: QuantityKind;
	value: number;
	low?: number;
	high?: number;
	unit: string;
	/** The multiplier a scale word applied (1e9 for « milliards », "bn"). */
	scale?: number;
	/** ISO 4217 code of a money amount. */
	currency?: string;
	/** "a day", « par an »: the figure is a rate per this period. */
	per?: 'day' | 'week' | 'month' | 'year';
	approximate?: boolean;
	/** Where the counted noun phrase ends (the head noun), for the actors it names. */
	nounEnd: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const alternation = (items: string[]) =>
	[...items]
		.sort((a, b) => b.length - a.length)
		.map(escape)
		.join('|');

const APPROXIMATE_BEFORE: Record<Language, string> = {
	fr: "quelque|quelques|environ|pres de|pres d'|plus de|plus d'|moins de|moins d'|pas moins de|au moins|jusqu'a|autour de|de l'ordre de|quasiment|presque|un peu plus de|un peu moins de|approximativement|a peine|au-dela de|plus d'une|plus d'un",
	en: 'some|about|around|nearly|almost|roughly|approximately|close to|more than|less than|fewer than|over|under|at least|at most|up to|as many as|as much as|an estimated|just over|just under|upwards of|in excess of|above|below|well over|no fewer than|no less than|barely'
};

const SCALES: Record<Language, [string, number][]> = {
	fr: [
		['milliards', 1e9],
		['milliard', 1e9],
		['millions', 1e6],
		['million', 1e6],
		['mille', 1e3],
		['mds', 1e9],
		['mrds', 1e9],
		['md', 1e9],
		['mrd', 1e9],
		['billions', 1e12],
		['billion', 1e12],
		['m', 1e6],
		['k', 1e3]
	],
	en: [
		['trillion', 1e12],
		['billion', 1e9],
		['million', 1e6],
		['thousand', 1e3],
		['hundred', 1e2],
		['tn', 1e12],
		['bn', 1e9],
		['mn', 1e6],
		['m', 1e6],
		['k', 1e3]
	]
};
// "m" and "k" are scales only on money ("$5m", « 50 M€ »), not after a bare number (200 m).
const MONEY_ONLY_SCALES = new Set(['m', 'k', 'md', 'mds', 'mrd', 'mrds', 'mn', 'tn', 'bn']);

const PERIODS: Record<string, 'day' | 'week' | 'month' | 'year'> = {
	day: 'day',
	jour: 'day',
	d: 'day',
	week: 'week',
	semaine: 'week',
	month: 'month',
	mois: 'month',
	year: 'year',
	an: 'year',
	annee: 'year',
	yr: 'year'
};
const RATE =
	/^\s*(?:(?:a|an|per|each|every|par|chaque|by)\s+(day|week|month|year|jour|semaine|mois|an|annee)\b|\/\s?(day|d|year|yr|month)\b)/;

// Words of a counted noun phrase in English that end it: the head comes before them.
const EN_STOP = new Set(
	'of in to from for with and or on at by that who which were was had have has are is would will been being be as than per a an the its their his her this these those into over under since after before while during across near along about against between through who whose where when said says could may might must should did do does not no nor'.split(
		' '
	)
);
// Plural-looking words that count nothing: « deux fois plus » (a ratio), "three times".
const NOT_NOUNS = new Set([
	'fois',
	'times',
	'plus',
	'moins',
	'dans',
	'sous',
	'vers',
	'apres',
	'depuis',
	'alors',
	'ainsi',
	'pres'
]);
// French adjectives written before the noun (« quatre nouvelles bases »).
const FR_PRENOMINAL = new Set(
	'nouveaux nouvelles autres premiers premieres derniers dernieres principaux principales grands grandes petits petites gros vieux jeunes anciens anciennes seuls seules'.split(
		' '
	)
);
// "the two leaders", « les deux pays »: people or countries already named, not a figure.
const PAIR_NOUN =
	/^\s+(?:leaders|countries|men|sides|parties|presidents|ministers|nations|governments|neighbours|neighbors|capitals|allies|dirigeants|pays|hommes|parties|presidents|ministres|chefs|voisins|capitales|allies|camps|rivaux|rivals)\b/;
const DEFINITE_BEFORE =
	/(?:^|\s)(?:the|these|those|their|both|les|ces|leurs|nos|vos|des deux|aux|of the)\s+$/;

interface Patterns {
	/** Whether a text may hold a quantity at all (most sentences hold none). */
	hint: RegExp;
	digits: RegExp;
	words: RegExp;
	approximate: RegExp;
	scale: RegExp;
	scales: Map<string, number>;
	currencyBefore: RegExp;
	currencyAfter: RegExp;
	currencyWords: Map<string, string>;
	percent: RegExp;
	unit: { re: RegExp; forms: Map<string, UnitForm> };
	collective: RegExp;
	fraction: RegExp;
}

const patterns: Partial<Record<Language, Patterns>> = {};

function build(lang: Language): Patterns {
	const table = numberTable(lang);
	// "a" opens "a hundred" but is mostly an article: a lone "a" or « une » is read apart.
	const vocabulary = alternation(
		[...table.vocabulary].filter((w) => w !== 'et' && w !== 'and' && w !== 'a')
	);
	const symbols = new Map(CURRENCY_SYMBOLS);
	const currencyWords = new Map(CURRENCY_WORDS[lang]);
	for (const code of CURRENCY_CODES)
		currencyWords.set(code, code === 'rmb' ? 'CNY' : code.toUpperCase());
	const scales = new Map(SCALES[lang]);
	const collectives = alternation(Object.keys(COLLECTIVES[lang]));
	const fractions = alternation(Object.keys(FRACTIONS[lang]));
	return {
		// "a", « un », "one" alone are mostly articles: they count before a period or a scale.
		// Without the unicode flag and lookbehinds (the folded text has no accents): this runs
		// on every sentence.
		hint: new RegExp(
			`\\b(?:${alternation(
				[...table.vocabulary].filter((w) => !['et', 'and', 'a', 'un', 'une', 'one'].includes(w))
			)}|${collectives}|${fractions}|(?:an?|une?|one)\\s+(?:hour|day|week|month|year|decade|heure|journee|jour|semaine|an|annee|decennie|million|milliard|billion|thousand|hundred|millier))\\b`
		),
		// English groups thousands with commas, French with spaces or points; either may use
		// the other's decimal mark.
		digits:
			lang === 'en'
				? /(?<![\w#.,\-/:])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|(?<![\w#.,\-/:])\d+(?:[.,]\d+)?(?!\d)/g
				: /(?<![\w#.,\-/:])\d{1,3}(?:[ .]\d{3})+(?:,\d+)?(?!\d)|(?<![\w#.,\-/:])\d+(?:[.,]\d+)?(?!\d)/g,
		words: new RegExp(`\\b(?:${vocabulary})(?:[ -](?:et |and )?(?:${vocabulary}))*\\b`, 'g'),
		approximate: new RegExp(`(?:^|[\\s("«])(?:${APPROXIMATE_BEFORE[lang]})\\s*$`),
		scale: new RegExp(`^\\s?(${alternation([...scales.keys()])})(?![a-z])`),
		scales,
		currencyBefore: new RegExp(
			`(?:${alternation([...symbols.keys()])})\\s?$|(?:^|\\s)(${CURRENCY_CODES.join('|')})\\s$`
		),
		currencyAfter: new RegExp(
			`^(?:\\s?(${alternation(['€', '$', '£'])})|\\s+(?:de |d')?(${alternation([...currencyWords.keys()])})(?![a-z]))`
		),
		currencyWords,
		percent: /^\s?(?:%|pour cent|pourcent|percent|per cent|pct)(?![a-z])/,
		unit: unitPattern(lang),
		collective: new RegExp(
			`(?<![a-z])(?:une?|a|an|des|half a|la)?\\s?(${alternation(Object.keys(COLLECTIVES[lang]))})s?(?![a-z])`,
			'g'
		),
		fraction: new RegExp(
			`(?<![a-z])(${alternation(Object.keys(FRACTIONS[lang]))})(?=\\s+(?:de |des |du |d'|of |the |its |their |his |her ))`,
			'g'
		)
	};
}

const patternsFor = (lang: Language) => (patterns[lang] ??= build(lang));

interface Core {
	start: number;
	end: number;
	value: number;
	ordinal?: boolean;
	/** A word (« deux », "a dozen"), not digits: "one", « un » need a unit to count. */
	word?: string;
	collective?: boolean;
	fraction?: boolean;
}

// "an hour", « une heure et demie », "a day": one of the period.
const ONE_PERIOD =
	/(?<![a-z])(?:an?|une?)(?=\s+(?:hour|day|week|month|year|decade|heure|journee|jour|semaine|an|annee|decennie)(?![a-z]))/g;

function parseDigits(raw: string, lang: Language): number {
	if (lang === 'en') return Number(raw.replace(/,(?=\d{3}(?:\D|$))/g, ''));
	const grouped = raw.replace(/[ .](?=\d{3}(?:\D|$))/g, '');
	return Number(grouped.replace(',', '.'));
}

// Times (18 h 40, 14:40, 7am), days of the month (« le 6 avril », "Aug 2", "October 7"),
// spans of years (2024-2027, the 1990s) and ordinals of centuries are blanked before reading.
const MONTHS =
	'janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec';
const NOT_FIGURES = new RegExp(
	[
		'\\b\\d{1,2}\\s?(?::|h)\\s?\\d{2}\\b',
		'\\b\\d{1,2}\\s?(?:am|pm|a\\.m\\.|p\\.m\\.)(?![a-z])',
		'\\b\\d{1,2}\\s?h(?![a-z])(?=\\s*(?:\\(|,|\\.|$|du matin|du soir|locales?|gmt))',
		`\\b\\d{1,2}(?:er|st|nd|rd|th)?\\s+(?:${MONTHS})\\b`,
		`\\b(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?!\\s?%)`,
		'\\b(?:1[89]|20)\\d\\d\\s?[-–/]\\s?(?:1[89]|20)?\\d\\d\\b',
		"\\b(?:1[89]|20)\\d0'?s\\b",
		'\\b\\d{1,2}(?:e|eme|th)\\s+(?:siecle|century)\\b'
	].join('|'),
	'g'
);

export function blankNonFigures(text: string): string {
	return text.replace(NOT_FIGURES, (m) => m.replace(/\d/g, '#'));
}

function findCores(text: string, lang: Language): Core[] {
	const p = patternsFor(lang);
	const cores: Core[] = [];
	for (const m of allMatches(p.digits, text)) {
		const end = m.index + m[0].length;
		const ordinal = /^(?:e|eme|ieme|er|re|th|st|nd|rd)(?![a-z])/.exec(text.slice(end, end + 4));
		cores.push({
			start: m.index,
			end: ordinal ? end + ordinal[0].length : end,
			value: parseDigits(m[0], lang),
			...(ordinal ? { ordinal: true } : {})
		});
	}
	for (const m of allMatches(ONE_PERIOD, text)) {
		const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 24);
		// "a year ago", « il y a un an », "a day later" date something; "barrels a day" is a rate.
		if (
			/^\s+[a-z]+\s+(?:ago|earlier|later|before|after|plus tot|plus tard|auparavant)(?![a-z])/.test(
				rest
			)
		)
			continue;
		if (/(?:il y a|there is)\s+$/.test(text.slice(Math.max(0, m.index - 10), m.index))) continue;
		if (
			/(?:\d|%|[a-z]{3,})\s+(?:of\s+[a-z]+\s+)?$/.test(
				text.slice(Math.max(0, m.index - 30), m.index)
			) &&
			/^(?:a|an)$/.test(m[0]) &&
			RATE.test(text.slice(m.index - 1))
		)
			continue;
		cores.push({ start: m.index, end: m.index + m[0].length, value: 1, word: 'a' });
	}
	for (const m of allMatches(p.fraction, text)) {
		const value = FRACTIONS[lang][m[1] as string];
		// "the first half of 2023" is a period, not a share.
		if (/(?:first|second|last|premiere|seconde|derniere)\s$/.test(text.slice(0, m.index))) continue;
		if (value !== undefined)
			cores.push({ start: m.index, end: m.index + m[0].length, value, fraction: true });
	}
	for (const m of allMatches(p.collective, text)) {
		const noun = m[1] as string;
		const value = COLLECTIVES[lang][noun];
		// "dozens of", « des centaines de »: a count without a value; « une dizaine »: about ten.
		if (value === undefined || !/^(?:une?|a|an|half a|la)\s/.test(m[0]) || !m[0].endsWith(noun))
			continue;
		cores.push({ start: m.index, end: m.index + m[0].length, value, word: noun, collective: true });
	}
	for (const m of allMatches(p.words, text)) {
		let phrase = m[0];
		let found = wordNumber(phrase, lang);
		// The longest prefix that reads as one number ("two thousand" is read with its scale later).
		while (!found && phrase.includes(' ')) {
			phrase = phrase.replace(/[ -]\S*$/, '');
			found = wordNumber(phrase, lang);
		}
		if (!found) continue;
		if (lang === 'en' && (phrase === 'second' || phrase === 'a')) continue;
		cores.push({
			start: m.index,
			end: m.index + phrase.length,
			value: found.value,
			word: phrase,
			...(found.ordinal ? { ordinal: true } : {})
		});
	}
	cores.sort((a, b) => a.start - b.start || b.end - a.end);
	// Overlaps: the first, longest reading wins (« une demi-douzaine » over « une »).
	const kept: Core[] = [];
	for (const c of cores) {
		const last = kept[kept.length - 1];
		if (last && c.start < last.end) continue;
		kept.push(c);
	}
	return kept;
}

interface Reading {
	quantity: Omit<Quantity, 'unit' | 'kind'> & { unit?: string; kind?: QuantityKind };
	/** The counted noun is still to be read from here. */
	unitFrom: number;
}

/** Reads the scale, currency or percent sign after a core, and what comes before it. */
function readAround(text: string, core: Core, lang: Language): Reading {
	const p = patternsFor(lang);
	let start = core.start;
	let end = core.end;
	let value = core.value;
	let approximate = !!core.collective;
	let currency: string | undefined;
	let scale: number | undefined;
	const before = text.slice(Math.max(0, start - 40), start);
	const symbol = p.currencyBefore.exec(before);
	if (symbol) {
		const written = (symbol[1] ?? symbol[0]).trim();
		currency = new Map(CURRENCY_SYMBOLS).get(written) ?? p.currencyWords.get(written);
		start -= symbol[0].length - (symbol[0].length - symbol[0].trimStart().length);
	}
	const approx = p.approximate.exec(text.slice(Math.max(0, start - 40), start));
	if (approx) {
		approximate = true;
		start -= approx[0].trimStart().replace(/^[("«]/, '').length;
	}
	if (!core.ordinal && !core.fraction) {
		const s = p.scale.exec(text.slice(end, end + 12));
		const word = s?.[1] as string | undefined;
		if (
			s &&
			word &&
			(!MONEY_ONLY_SCALES.has(word) || currency || moneyFollows(text, end + s[0].length, p))
		) {
			scale = p.scales.get(word) as number;
			value *= scale;
			end += s[0].length;
		}
		// "$4 billion-plus": more than.
		const plus = /^-?plus(?![a-z])/.exec(text.slice(end, end + 6));
		if (plus && lang === 'en') {
			approximate = true;
			end += plus[0].length;
		}
	}
	let kind: QuantityKind | undefined;
	let unit: string | undefined;
	if (!currency && !core.ordinal) {
		const after = p.currencyAfter.exec(text.slice(end, end + 40));
		if (after) {
			const written = (after[1] ?? after[2]) as string;
			currency = new Map(CURRENCY_SYMBOLS).get(written) ?? p.currencyWords.get(written);
			end += after[0].length;
		}
	}
	if (currency) {
		kind = 'amount';
		unit = currency;
	} else if (core.fraction) {
		kind = 'share';
		unit = '%';
	} else if (!core.ordinal) {
		const pc = p.percent.exec(text.slice(end, end + 12));
		if (pc) {
			kind = 'share';
			unit = '%';
			end += pc[0].length;
		}
	}
	return {
		quantity: {
			start,
			end,
			numberStart: core.start,
			value,
			...(kind ? { kind } : {}),
			...(unit ? { unit } : {}),
			...(scale ? { scale } : {}),
			...(currency ? { currency } : {}),
			...(approximate ? { approximate } : {}),
			nounEnd: end
		},
		unitFrom: end
	};
}

function moneyFollows(text: string, at: number, p: Patterns): boolean {
	return p.currencyAfter.test(text.slice(at, at + 30));
}

const WORD = /[a-z][a-z'’-]*/y;

/** The noun counted after `from`: a known unit, or (English) the plural noun heading the phrase. */
function readUnit(
	text: string,
	from: number,
	lang: Language,
	options: { partitive: boolean; ordinal: boolean }
): { unit: string; kind: UnitKind; end: number } | undefined {
	const p = patternsFor(lang);
	let at = from;
	// A closing quote ("at least 10 to 12" systems); « de » after a scale or a collective
	// (« 26 millions d'habitants », "a dozen of"), where "four of" is otherwise partitive.
	const skip = (options.partitive ? /^[\s"”»]*(?:(?:de |d'|of )(?=\S))?/ : /^[\s"”»]*/).exec(
		text.slice(at, at + 6)
	);
	at += skip?.[0].length ?? 0;
	if (options.ordinal) return ordinalNoun(text, at, lang);
	// "four-year", "one-day": a hyphen joins a duration to its noun.
	if (text[at - 1] !== ' ' && text[at] === '-') at += 1;
	for (let words = 0; words < 4; words++) {
		p.unit.re.lastIndex = at;
		const known = p.unit.re.exec(text);
		if (known) {
			const form = p.unit.forms.get(known[0]) as UnitForm;
			return { unit: form.unit, kind: form.kind, end: at + known[0].length };
		}
		WORD.lastIndex = at;
		const word = WORD.exec(text);
		if (!word) return undefined;
		const w = word[0];
		if (lang === 'fr') {
			if (FR_PRENOMINAL.has(w)) {
				at += w.length + 1;
				continue;
			}
			// An unknown French noun counts as itself when plural (« 770 000 sikhs »).
			return words === 0 && /[sx]$/.test(w) && w.length > 3 && !NOT_NOUNS.has(w)
				? { unit: w, kind: 'count', end: at + w.length }
				: undefined;
		}
		if (EN_STOP.has(w)) return undefined;
		// The first plural noun of the phrase heads it ("two Belarusian military helicopters").
		if (/[^su]s$/.test(w) && w.length > 3 && !/(?:ous|ss|ics)$/.test(w) && !NOT_NOUNS.has(w))
			return { unit: w, kind: 'count', end: at + w.length };
		if (text[at + w.length] !== ' ') return undefined;
		at += w.length + 1;
	}
	return undefined;
}

/** « la 43e rencontre », "the third summit", « troisième sous-marin »: the noun, in the plural. */
function ordinalNoun(
	text: string,
	at: number,
	lang: Language
): { unit: string; kind: UnitKind; end: number } | undefined {
	const p = patternsFor(lang);
	WORD.lastIndex = at;
	const word = WORD.exec(text);
	if (!word || word[0].length < 4) return undefined;
	const w = word[0];
	if (/^anniversa(?:ire|ry)$/.test(w))
		return { unit: 'anniversary', kind: 'count', end: at + w.length };
	if (lang === 'en' && EN_STOP.has(w)) return undefined;
	const plural = /[sx]$/.test(w) ? w : `${w}${/(?:eau|al)$/.test(w) ? 'x' : 's'}`;
	const known = p.unit.forms.get(plural) ?? p.unit.forms.get(w);
	if (known && known.kind === 'count')
		return { unit: known.unit, kind: 'count', end: at + w.length };
	if (known) return undefined;
	return { unit: plural, kind: 'count', end: at + w.length };
}

function readRate(
	text: string,
	from: number,
	kind: UnitKind
): 'day' | 'week' | 'month' | 'year' | undefined {
	// "barrels of oil a day": past a short complement; a volume's rate may close its clause
	// ("130,000 litres of diesel would be delivered each day").
	const rest = text.slice(from, from + 60).replace(/^\s+(?:of|de|d')\s*[a-z]+/, '');
	const m =
		RATE.exec(rest) ??
		(kind === 'quantity'
			? /^(?:\s+[a-z']+){1,4}?\s+(?:each|every|per|par|chaque)\s+(day|week|month|year|jour|semaine|mois|an|annee)(?![a-z])/.exec(
					rest.split(/[,;.]/)[0] ?? ''
				)
			: null);
	return m ? PERIODS[(m[1] ?? m[2]) as string] : undefined;
}

/** False when `folded` cannot hold a quantity: no digit, number word or fraction. */
export function mayHoldQuantity(folded: string, lang: Language): boolean {
	return DIGIT.test(folded) || patternsFor(lang).hint.test(folded);
}

// A digit that does not open a bare year (« en 2023 » holds no figure).
const DIGIT = /(?:^|\D)(?!(?:19|20)\d\d(?:\D|$))\d/;

/** Every quantity in `text` (a folded sentence), in order. */
export function readQuantities(folded: string, lang: Language): Quantity[] {
	const text = blankNonFigures(folded);
	const found: (Reading['quantity'] & { core: Core })[] = [];
	for (const core of findCores(text, lang)) {
		const { quantity, unitFrom } = readAround(text, core, lang);
		const q = { ...quantity, core };
		if (!q.kind) {
			const unit = readUnit(text, unitFrom, lang, {
				partitive: !!q.scale || !!core.collective,
				ordinal: !!core.ordinal
			});
			if (unit) {
				q.kind = core.ordinal ? 'ordinal' : unit.kind;
				q.unit = unit.unit;
				q.nounEnd = unit.end;
				q.end = unit.end;
				// « deux heures et demie », "an hour and a half".
				const half = /^\s+(?:et demie?|and a half)(?![a-z])/.exec(text.slice(q.end, q.end + 14));
				if (half && unit.kind === 'duration') {
					q.value += 0.5;
					q.end += half[0].length;
				}
				if (unit.kind !== 'duration') {
					const per = readRate(text, q.end, unit.kind);
					if (per) q.per = per;
				}
			}
		}
		// "A$20 billion a year": money, too, may be a rate.
		if (q.kind === 'amount') {
			const per = readRate(text, q.end, 'quantity');
			if (per) q.per = per;
		}
		found.push(q);
	}
	joinRanges(text, found);
	inheritUnits(text, found);
	const out: Quantity[] = [];
	for (const q of found) {
		if (!q.kind || !q.unit) continue;
		const { core, ...quantity } = q;
		// "one", « un », "an" count only before a duration or a scale ("an hour", "one million").
		if (core.word && /^(?:un|une|a|an|one)$/.test(core.word) && q.kind !== 'duration' && !q.scale)
			continue;
		// Years are figures only with a unit of their own ("2,000 troops", not "the 2020 clash").
		if (!core.word && !q.scale && !q.currency && isYearLike(folded, core) && q.kind !== 'share')
			continue;
		if (
			core.word &&
			core.value < 10 &&
			DEFINITE_BEFORE.test(text.slice(0, q.start)) &&
			PAIR_NOUN.test(text.slice(core.end))
		)
			continue;
		out.push({ ...quantity, kind: q.kind, unit: q.unit });
	}
	return out;
}

function isYearLike(text: string, core: Core): boolean {
	const raw = text.slice(core.start, core.end);
	return /^(?:1[89]|20)\d\d$/.test(raw);
}

type Found = Reading['quantity'] & { core: Core };

/**
 * "between 14 and 16 million barrels", « de 850 à 1 100 hommes », "10 to 12": one range when
 * the first bound borrows the second's scale and unit and is the lower; « de 8 350 à environ
 * 4 000 soldats » stays two figures (a change), each with the unit.
 */
function joinRanges(text: string, found: Found[]): void {
	for (let i = 0; i + 1 < found.length; i++) {
		const a = found[i] as Found;
		const b = found[i + 1] as Found;
		const between = text.slice(a.end, b.start);
		if (!/^\s*(?:to|-|–|and|a|à|et)\s*["“«]?\s*$/.test(between)) continue;
		if (!b.kind || (a.kind && a.unit !== b.unit)) continue;
		if (!a.kind && b.kind) {
			if (b.scale && !a.scale && a.core.value < b.core.value * (b.scale ?? 1)) {
				a.value *= b.scale;
				a.scale = b.scale;
			}
			a.kind = b.kind;
			a.unit = b.unit;
			if (b.currency) a.currency = b.currency;
			if (b.per) a.per = b.per;
			a.nounEnd = b.nounEnd;
		}
		const opener = /(?:between|entre|from|de)\s*$/.test(
			text.slice(Math.max(0, a.start - 9), a.start)
		);
		const conjunction = /\b(?:and|et)\b/.test(between);
		if (conjunction && !opener) continue;
		if (a.value >= b.value || (b.approximate && !a.approximate)) continue;
		if (a.core.ordinal || b.core.ordinal) continue;
		b.low = a.value;
		b.high = b.value;
		b.value = a.value;
		b.start = a.start;
		if (a.approximate) b.approximate = true;
		found.splice(i, 1);
		i--;
	}
}

/** "some 28,500 in South Korea", "four of cooking gas", "22 had applied": the unit said before. */
function inheritUnits(text: string, found: Found[]): void {
	for (let i = 1; i < found.length; i++) {
		const q = found[i] as Found;
		const prev = found[i - 1] as Found;
		if (q.kind || !prev.kind || prev.kind === 'share' || prev.kind === 'amount') continue;
		if (q.core.ordinal || q.core.fraction) continue;
		const between = text.slice(prev.end, q.start);
		if (between.length > 45 || !/(?:\band\b|\bet\b|,|\bwhile\b|\bbut\b|\bà\b|\bto\b)/.test(between))
			continue;
		if (/[;:.()]/.test(between)) continue;
		q.kind = prev.kind;
		q.unit = prev.unit;
		if (q.kind === 'duration') continue;
		q.nounEnd = q.end;
	}
}
