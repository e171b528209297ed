// The year a figure is about: a year its clause names ("in 2021", « en 2022 », "a 2020
// clash"), or one it gives relative to the article's date ("last year", « l'an dernier »,
// "a year ago", "in March", « l'été dernier »), nearest after the figure, else before it.
// "since 2019", « depuis l'an dernier », "by 2030" start or end a span: they date nothing.
import { MONTH_NUMBERS } from '../../i18n/dateWords';
import { allMatches } from '../../text/matches';

const MONTHS = MONTH_NUMBERS;
// The month a season ends, to place « l'été dernier » before the article's date.
const SEASON_END: Record<string, number> = {
	printemps: 6,
	ete: 8,
	automne: 11,
	hiver: 2,
	spring: 6,
	summer: 8,
	autumn: 11,
	fall: 11,
	winter: 2
};

const YEAR_WORDS = new RegExp(
	[
		'(?<![0-9,.#-])((?:1[89]|20)\\d\\d)(?![0-9a-z]|\\s?[-–/]\\s?\\d)',
		"(last year|l'an dernier|l'annee derniere|l'an passe|l'annee passee|a year ago|il y a un an|the previous year|l'annee precedente)",
		"(this year|cette annee|so far this year|depuis le debut de l'annee|en cours)",
		"(next year|l'an prochain|l'annee prochaine)",
		'(?:in|en|de|last|this|en|au mois de)\\s+(janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|january|february|march|april|may|june|july|august|september|october|november|december)(?!\\s+(?:1[89]|20)\\d\\d)',
		"(?:last|l'|cet |this )\\s?(printemps|ete|automne|hiver|spring|summer|autumn|fall|winter)(?:\\s+dernier)?",
		'(two|three|deux|trois) (?:years ago|ans plus tot)'
	].join('|'),
	'g'
);
// "since the migrant crisis of 2021", « depuis l'an dernier »: the span reaches a few words;
// "by June", "from 2024" open it right before the date.
export const SINCE = /(?<![a-z'])(?:since|depuis|jusqu'(?:en|a|au))(?![a-z])[^,;]{0,30}$/;
const SPAN_RIGHT_BEFORE =
	/(?<![a-z'])(?:from|until|till|by|through|before|avant|d'ici|des|a partir de|entre|between)\s+(?:the\s+)?$/;

export interface YearMention {
	start: number;
	end: number;
	year: number;
}

/** Year mentions in a folded sentence, relative ones resolved against `articleDate`. */
export function yearMentions(folded: string, articleDate: string): YearMention[] {
	const articleYear = Number(articleDate.slice(0, 4));
	const articleMonth = Number(articleDate.slice(5, 7)) || 12;
	const found: YearMention[] = [];
	for (const m of allMatches(YEAR_WORDS, folded)) {
		if (SPAN_RIGHT_BEFORE.test(folded.slice(Math.max(0, m.index - 20), m.index))) continue;
		let year: number | undefined;
		if (m[1]) year = Number(m[1]);
		else if (m[2]) year = articleYear - 1;
		else if (m[3]) year = articleYear;
		else if (m[4]) year = articleYear + 1;
		else if (m[5]) {
			const month = MONTHS[m[5]] as number;
			year = /^last/.test(m[0]) || month > articleMonth ? articleYear - 1 : articleYear;
			if (/^last/.test(m[0]) && month < articleMonth) year = articleYear;
		} else if (m[6]) {
			const endMonth = SEASON_END[m[6]] as number;
			year = endMonth < articleMonth ? articleYear : articleYear - 1;
		} else if (m[7]) year = articleYear - (/two|deux/.test(m[7]) ? 2 : 3);
		if (year !== undefined) found.push({ start: m.index, end: m.index + m[0].length, year });
	}
	return found;
}

/**
 * The year of the figure at [start, end) in its clause [clauseStart, clauseEnd): the first
 * mention after it (close by, and before the next figure), else the last one before it.
 */
export function figureYear(
	folded: string,
	mentions: YearMention[],
	figure: { start: number; end: number },
	clause: [number, number],
	nextFigure: number
): number | undefined {
	const [from, to] = clause;
	// "since the migrant crisis of 2021" within the clause; a clause opened by "since" ("since
	// a 2020 clash … killed 20 soldiers") holds the figure's own year.
	const inClause = mentions.filter(
		(m) =>
			m.start >= from &&
			m.end <= to &&
			(m.end <= figure.start || m.start >= figure.end) &&
			!SINCE.test(folded.slice(Math.max(from, m.start - 40), m.start))
	);
	// After the figure only close by and within its phrase: "about $41 billion, mostly from a
	// record 2018 rescue" is not the debt's year.
	const after = inClause.find(
		(m) =>
			m.start >= figure.end &&
			m.start - figure.end <= 60 &&
			m.start < nextFigure &&
			!/[,;]/.test(folded.slice(figure.end, m.start))
	);
	if (after) return after.year;
	const before = inClause.filter((m) => m.end <= figure.start);
	return before[before.length - 1]?.year;
}
