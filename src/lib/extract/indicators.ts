// Numeric facts: shares (« 70 % des machines-outils »), ordinals (« la 43e rencontre »),
// anniversaries (« le 75e anniversaire »), counts (« quelque 130 pays ») and ratios
// (« plus de deux fois »), with the actors they are about. Numbers inside gazetteer names
// (Power of Siberia 2, G20) are not figures, so mentions are masked first.
import type { Entity, IndicatorKind } from '../types';
import type { RawMention } from './mentions';
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
	start: number;
	end: number;
}

const NUMBER = '(\\d{1,3}(?:[ .]\\d{3})+|\\d+(?:[.,]\\d+)?)';
const APPROX =
	'(quelque|environ|pres de|plus de|moins de|pas moins de|au moins|some|about|around|nearly|almost|more than|over|at least|roughly|approximately)?\\s*';
const SHARE = new RegExp(`${APPROX}${NUMBER}\\s?(?:%|pour cent|percent|per cent)`, 'g');
const ORDINAL = new RegExp(
	`(?<![\\p{L}\\p{N}])${NUMBER}\\s?(?:e|eme|ieme|er|re|th|st|nd|rd)\\s+(rencontre|sommet|visite|entretien|anniversaire|meeting|summit|visit|anniversary)(?![\\p{L}])`,
	'gu'
);
const COUNT_UNITS =
	"pays|countries|nations|delegations?|dirigeants|leaders|chefs d'etat|heads of state|accords|agreements|contrats|contracts|milliards de dollars|billion dollars|milliards|billion|millions|million|tonnes|tons|soldats|troops|rencontres|meetings|visites|visits";
const COUNT = new RegExp(
	`${APPROX}(?<![\\p{L}\\p{N}])${NUMBER}\\s+(${COUNT_UNITS})(?![\\p{L}])`,
	'gu'
);
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
const MAY_HOLD_FIGURE = /\d|fois|twice|times/;
// What each pattern cannot match without: SHARE, COUNT and RATIO open on an optional word,
// which makes the engine try them at every position, so a sentence without their core is
// skipped (on long articles these scans showed in profiles).
const SHARE_CORE = /\d\s?(?:%|pour cent|percent|per cent)/;
const COUNT_CORE = new RegExp(`\\d\\s+(?:${COUNT_UNITS})(?![\\p{L}])`, 'u');
const RATIO_CORE = /(?:fois|twice|times) (?:plus|moins|que|as|more|less)/;
const ORDINAL_CORE =
	/\d\s?(?:e|eme|ieme|er|re|th|st|nd|rd)\s+(?:rencontre|sommet|visite|entretien|anniversaire|meeting|summit|visit|anniversary)/;
const YEAR = /(?:en|in|depuis|since|de|of)\s+((?:19|20)\d{2})(?!\d)/;
const REPORTING = /(?:consider|estim|selon|affirm|jug|according|say|said|believ|estimat|report)/;

function parseNumber(raw: string): number {
	return Number(raw.replace(/[ .](?=\d{3}(?:\D|$))/g, '').replace(',', '.'));
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
}

function actorsAfter(ctx: IndicatorContext, position: number): RawMention[] {
	return ctx.actors.filter((a) => a.start >= position && !a.descriptor);
}

function labelAfter(ctx: IndicatorContext, position: number): string {
	const rest = ctx.folded.slice(position, Math.min(ctx.end, position + 80));
	const skip = /^\s*(?:des|de la|de l'|du|de|d'|of the|of)\s+/.exec(rest)?.[0].length ?? 0;
	const words = rest.slice(skip);
	const cut = words.search(
		/,|\.|\s(?:par|by|en|in|from|provenai\w*|venai\w*|et|and|qui|that|ont|have|a|has)\s/
	);
	const from = position + skip;
	return ctx.text.slice(from, from + (cut >= 0 ? cut : words.length)).trim();
}

/** The original words from `from` to the end of the clause, at most `max` characters, whole words. */
function phrase(ctx: IndicatorContext, from: number, max: number): string {
	const window = ctx.text.slice(from, Math.min(ctx.end, from + max));
	const clause = window.split(/[,.;:]/)[0] ?? window;
	const whole =
		clause.length === window.length && from + max < ctx.end
			? clause.replace(/\s+\S*$/, '')
			: clause;
	return whole.trim();
}

function reporter(ctx: IndicatorContext, position: number): string | undefined {
	const before = ctx.actors.filter((a) => a.end <= position);
	const last = before[before.length - 1];
	if (!last) return undefined;
	return REPORTING.test(ctx.folded.slice(last.end, position)) ? last.entity : undefined;
}

export function extractSentenceIndicators(ctx: IndicatorContext): SentenceIndicator[] {
	const sentence = ctx.masked.slice(ctx.start, ctx.end);
	// Most sentences hold no figure: skip the four patterns there.
	if (!MAY_HOLD_FIGURE.test(sentence)) return [];
	const found: SentenceIndicator[] = [];
	const at = (index: number) => ctx.start + index;
	const yearIn = () => {
		const m = YEAR.exec(ctx.folded.slice(ctx.start, ctx.end));
		return m ? Number(m[1]) : undefined;
	};
	for (const m of SHARE_CORE.test(sentence) ? allMatches(SHARE, sentence) : []) {
		const end = at(m.index + m[0].length);
		const [subject, partner] = actorsAfter(ctx, end);
		const reportedBy = reporter(ctx, at(m.index));
		found.push({
			kind: 'share',
			value: parseNumber(m[2] as string),
			unit: '%',
			label: labelAfter(ctx, end),
			...(subject ? { subject: subject.entity } : {}),
			...(partner && partner.entity !== subject?.entity ? { partner: partner.entity } : {}),
			...(yearIn() ? { year: yearIn() } : {}),
			...(m[1] ? { approximate: true } : {}),
			...(reportedBy ? { reportedBy } : {}),
			start: ctx.start,
			end: ctx.end
		});
	}
	for (const m of ORDINAL_CORE.test(sentence) ? allMatches(ORDINAL, sentence) : []) {
		const value = parseNumber(m[1] as string);
		const noun = m[2] as string;
		const anniversary = /anniversaire|anniversary/.test(noun);
		const end = at(m.index + m[0].length);
		const [subject, partner] = actorsAfter(ctx, end).filter(
			(a, i, all) => all.findIndex((b) => b.entity === a.entity) === i
		);
		found.push({
			kind: anniversary ? 'anniversary' : 'ordinal',
			value,
			unit: anniversary
				? 'years'
				: noun
						.replace(/^(rencontre|meeting)$/, 'meetings')
						.replace(/^(sommet|summit)$/, 'summits')
						.replace(/^(visite|visit)$/, 'visits')
						.replace(/^entretien$/, 'talks'),
			label: phrase(ctx, at(m.index), 110) || noun,
			...(subject ? { subject: subject.entity } : {}),
			...(partner ? { partner: partner.entity } : {}),
			// An anniversary dates its origin: the 75th in 2024 marks 1949.
			year: anniversary ? ctx.articleYear - value : ctx.articleYear,
			start: ctx.start,
			end: ctx.end
		});
	}
	for (const m of COUNT_CORE.test(sentence) ? allMatches(COUNT, sentence) : []) {
		const before = ctx.actors.filter((a) => a.end <= at(m.index) && !a.descriptor);
		const subject = before[before.length - 1];
		found.push({
			kind: 'count',
			value: parseNumber(m[2] as string),
			unit: m[3] as string,
			label: ctx.text.slice(at(m.index), at(m.index + m[0].length)).trim(),
			...(subject ? { subject: subject.entity } : {}),
			...(yearIn() ? { year: yearIn() } : { year: ctx.articleYear }),
			...(m[1] ? { approximate: true } : {}),
			start: ctx.start,
			end: ctx.end
		});
	}
	for (const m of RATIO_CORE.test(sentence) ? allMatches(RATIO, sentence) : []) {
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
			label: phrase(ctx, at(m.index), 90),
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
