// Numeric facts, each with what it counts, whose it is and its year: shares (« 70 % des
// machines-outils »), amounts of money ("a new $20 billion loan"), quantities (barrels,
// tonnes, km²), durations ("met for about an hour"), counts (« quelque 130 pays », "20 Indian
// soldiers"), ordinals (« la 43e rencontre »), anniversaries (« le 75e anniversaire ») and
// ratios (« plus de deux fois »). Numbers inside gazetteer names (Power of Siberia 2, G20)
// are not figures, so mentions are masked first. How numbers are read: figures/quantities.ts.
import type { Entity, IndicatorKind, IndicatorMeasure, Language, RatePeriod } from '../types';
import type { RawMention } from './mentions';
import { clauseAt, clauseStarts } from './figures/clauses';
import { figureActors, type FigureSentence } from './figures/figureActors';
import { figureYear, SINCE, yearMentions } from './figures/figureYear';
import { readQuantities, mayHoldQuantity, type Quantity } from './figures/quantities';
import { allMatches } from '../text/matches';

export interface SentenceIndicator {
	kind: IndicatorKind;
	value: number;
	unit: string;
	label: string;
	subject?: string;
	partner?: string;
	year?: number;
	approximate?: boolean;
	reportedBy?: string;
	low?: number;
	high?: number;
	currency?: string;
	scale?: number;
	per?: RatePeriod;
	measure?: IndicatorMeasure;
	start: number;
	end: number;
}

/** What the figures of one sentence carry to the next: the paragraph's year, its topic. */
export interface FigureCarry {
	end?: number;
	year?: number;
	subject?: string;
}

interface IndicatorContext {
	folded: string;
	start: number;
	end: number;
	actors: RawMention[];
	entities: Map<string, Entity>;
	articleYear: number;
	masked: string;
	/** The original text: labels quote it, never the folded form. */
	text: string;
	lang?: Language;
	/** YYYY-MM-DD, for "last year" or « en mars ». */
	articleDate?: string;
	carry?: FigureCarry;
}

const WORD_NUMBERS: Record<string, number> = {
	deux: 2,
	trois: 3,
	quatre: 4,
	cinq: 5,
	dix: 10,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	ten: 10
};
const RATIO =
	/(plus de |more than |pres de |nearly )?(?:(deux|trois|quatre|cinq|dix|two|three|four|five|ten|\d+) fois|(twice)|(\w+) times)(?= (?:plus|moins|que|as|more|less))/g;
const RATIO_CORE = /(?:fois|twice|times) (?:plus|moins|que|as|more|less)/;
const YEAR_DIGITS = /(?:19|20)\d\d/;
// A people named by its capitalised plural demonym: "14,000 Palestinians", « 120 000 Arméniens ».
const DEMONYM = /^\p{Lu}\p{Ll}+(?:ians|ans|is|iens|ains|ais|ois|ites)$/u;
const REPORTING = /(?:consider|estim|selon|affirm|jug|according|say|said|believ|estimat|report)/;
// Trade flows and balances, in the words around a money figure.
const MEASURES: [RegExp, IndicatorMeasure][] = [
	[/(?<![a-z])(?:surplus|excedent)/, 'surplus'],
	[/(?<![a-z])(?:deficit)/, 'deficit'],
	[/(?<![a-z])(?:exports?|exported|exportations?|exporte)/, 'exports'],
	[/(?<![a-z])(?:imports?|imported|importations?|importe)/, 'imports'],
	[/(?<![a-z])(?:trade|echanges|commerce|trading partner|partenaire commercial)/, 'trade']
];

function labelAfter(ctx: IndicatorContext, position: number): string {
	const rest = ctx.folded.slice(position, Math.min(ctx.end, position + 80));
	const skip = /^\s*(?:des|de la|de l'|du|de|d'|of the|of)\s+/.exec(rest)?.[0].length ?? 0;
	const words = rest.slice(skip);
	const cut = words.search(
		/,|\.|;|\s(?:par|by|en|in|from|provenai\w*|venai\w*|et|and|qui|that|ont|have|a|has|lacks?|was|were|is)\s/
	);
	const from = position + skip;
	return ctx.text.slice(from, from + (cut >= 0 ? cut : words.length)).trim();
}

/** The original words from `from` to the end of the clause, at most `max` characters, whole words. */
function phrase(ctx: IndicatorContext, from: number, max: number): string {
	const window = ctx.text.slice(from, Math.min(ctx.end, from + max));
	// Clause punctuation, not the separators of a number ("14,000", « 10,2 »).
	const clause = window.split(/[;:]|[,.](?!\d)/)[0] ?? window;
	const whole =
		clause.length === window.length && from + max < ctx.end
			? clause.replace(/\s+\S*$/, '')
			: clause;
	// « entre la Chine et l’Union soviétique »: a label never stops inside an actor's name.
	const cut = from + whole.length;
	const inside = ctx.actors.find((a) => a.start < cut && a.end > cut && a.start >= from);
	if (inside && clause.length === window.length) return ctx.text.slice(from, inside.end).trim();
	return whole.trim();
}

function reporter(ctx: IndicatorContext, position: number): string | undefined {
	const before = ctx.actors.filter((a) => a.end <= position);
	const last = before[before.length - 1];
	if (!last) return undefined;
	return REPORTING.test(ctx.folded.slice(last.end, position)) ? last.entity : undefined;
}

const KIND: Record<Quantity['kind'], IndicatorKind> = {
	share: 'share',
	amount: 'amount',
	quantity: 'quantity',
	duration: 'duration',
	count: 'count',
	ordinal: 'ordinal'
};

/** The figures of one sentence. */
export function extractSentenceIndicators(ctx: IndicatorContext): SentenceIndicator[] {
	const lang = ctx.lang ?? (/[àâçéèêëîïôûù]/.test(ctx.text) ? 'fr' : 'en');
	const articleDate = ctx.articleDate ?? `${ctx.articleYear}-12-31`;
	const sentence = ctx.masked.slice(ctx.start, ctx.end);
	const carry = ctx.carry ?? {};
	// A new paragraph starts a new narrative: its years and topic are not carried over.
	if (carry.end !== undefined && ctx.text.slice(carry.end, ctx.start).includes('\n')) {
		delete carry.year;
		delete carry.subject;
	}
	carry.end = ctx.end;
	const folded = ctx.folded.slice(ctx.start, ctx.end);
	const mayHold = mayHoldQuantity(sentence, lang);
	// Years are read where a figure may need them, or where a year is named (the paragraph's).
	const years = mayHold || YEAR_DIGITS.test(folded) ? yearMentions(folded, articleDate) : [];
	const found = mayHold ? figuresOf(ctx, sentence, lang, years, carry) : [];
	found.push(...ratios(ctx, sentence));
	// The paragraph's narrative year: one the sentence names outright, not "since 2019".
	const explicit = years.find(
		(y) => /\d{4}/.test(folded.slice(y.start, y.end)) && !SINCE.test(folded.slice(0, y.start))
	);
	if (explicit) carry.year = explicit.year;
	const first = ctx.actors.find((a) => !a.descriptor);
	if (found[0]?.subject) carry.subject = found[0].subject;
	else if (first) carry.subject = first.entity;
	return found;
}

function figuresOf(
	ctx: IndicatorContext,
	sentence: string,
	lang: Language,
	years: ReturnType<typeof yearMentions>,
	carry: FigureCarry
): SentenceIndicator[] {
	const quantities = readQuantities(sentence, lang);
	if (!quantities.length) return [];
	const folded = ctx.folded.slice(ctx.start, ctx.end);
	const original = ctx.text.slice(ctx.start, ctx.end);
	const starts = clauseStarts(folded, original);
	const actors = ctx.actors.map((a) => ({
		...a,
		start: a.start - ctx.start,
		end: a.end - ctx.start
	}));
	const s: FigureSentence = {
		folded,
		original,
		actors,
		quantities,
		clauseStarts: starts,
		entities: ctx.entities
	};
	const found: SentenceIndicator[] = [];
	quantities.forEach((q, i) => {
		let kind = KIND[q.kind];
		let unit = q.unit;
		// "14,000 Palestinians", « 120 000 Arméniens »: a people named by its demonym.
		if (
			q.kind === 'count' &&
			(actors.some(
				(a) => a.start >= q.numberStart && a.start < q.nounEnd && a.end >= q.nounEnd - 1
			) ||
				DEMONYM.test(original.slice(q.nounEnd - unit.length, q.nounEnd)))
		)
			unit = 'people';
		if (q.kind === 'ordinal' && unit === 'anniversary') {
			kind = 'anniversary';
			unit = 'years';
		}
		const { subject, partner } = actors.length
			? figureActors(s, q)
			: { subject: carry.subject, partner: undefined };
		const clause = clauseAt(starts, folded.length, q.numberStart);
		const next = quantities[i + 1]?.start ?? folded.length;
		const year =
			kind === 'anniversary'
				? ctx.articleYear - q.value
				: kind === 'ordinal'
					? ctx.articleYear
					: (figureYear(folded, years, q, clause, next) ??
						(!years.length ? carry.year : undefined) ??
						ctx.articleYear);
		const measure =
			q.kind === 'amount' || q.kind === 'share' || q.kind === 'quantity'
				? MEASURES.find(([re]) => re.test(folded.slice(clause[0], clause[1])))?.[1]
				: undefined;
		const at = ctx.start + q.start;
		const reportedBy = reporter(ctx, at);
		const label = q.kind === 'share' ? labelAfter(ctx, ctx.start + q.end) : phrase(ctx, at, 90);
		found.push({
			kind,
			value: q.value,
			unit,
			label: label || ctx.text.slice(at, ctx.start + q.end),
			...(subject ? { subject } : {}),
			...(partner && partner !== subject ? { partner } : {}),
			...(year !== undefined ? { year } : {}),
			...(q.approximate ? { approximate: true } : {}),
			...(reportedBy ? { reportedBy } : {}),
			...(q.low !== undefined && q.high !== undefined ? { low: q.low, high: q.high } : {}),
			...(q.currency ? { currency: q.currency } : {}),
			...(q.scale ? { scale: q.scale } : {}),
			...(q.per ? { per: q.per } : {}),
			...(measure ? { measure } : {}),
			start: ctx.start,
			end: ctx.end
		});
	});
	return found;
}

function ratios(ctx: IndicatorContext, sentence: string): SentenceIndicator[] {
	if (!RATIO_CORE.test(sentence)) return [];
	const found: SentenceIndicator[] = [];
	for (const m of allMatches(RATIO, sentence)) {
		const word = (m[2] ?? m[4] ?? (m[3] ? 'two' : '')).toLowerCase();
		const value = WORD_NUMBERS[word] ?? Number(word);
		if (!Number.isFinite(value) || value <= 0) continue;
		const people = ctx.actors.filter(
			(a) => !a.descriptor && ctx.entities.get(a.entity)?.type !== 'country'
		);
		const pool = people.length >= 2 ? people : ctx.actors.filter((a) => !a.descriptor);
		found.push({
			kind: 'ratio',
			value,
			unit: 'times',
			label: phrase(ctx, ctx.start + m.index, 90),
			...(pool[0] ? { subject: pool[0].entity } : {}),
			...(pool[1] && pool[1].entity !== pool[0]?.entity ? { partner: pool[1].entity } : {}),
			year: ctx.articleYear,
			...(m[1] ? { approximate: true } : {}),
			start: ctx.start,
			end: ctx.end
		});
	}
	return found;
}

/** Blank out the gazetteer mentions so « Power of Siberia 2 » yields no stray figure. */
export function maskMentions(folded: string, mentions: RawMention[]): string {
	// Few names hold a digit: only those are masked, the rest of the text is left as it is.
	const withDigits = mentions
		.filter((m) => /\d/.test(folded.slice(m.start, m.end)))
		.sort((a, b) => a.start - b.start);
	let out = '';
	let cursor = 0;
	for (const m of withDigits) {
		if (m.start < cursor) continue;
		out += folded.slice(cursor, m.start) + folded.slice(m.start, m.end).replace(/\d/g, '#');
		cursor = m.end;
	}
	return out + folded.slice(cursor);
}
