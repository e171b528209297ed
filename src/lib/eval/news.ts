// Scoring on the blind-written news set (tests/eval/news, its README defines the labels):
// relations per readable type and per PLOVER type, persons with their country, organisations,
// statements with their speaker, references resolved, figures, dates and modalities. Gold
// actors are matched to extracted ones by id, by ISO code or by the slug of a name or alias.
import { z } from 'zod';
import { codeRelation, type CameoTable } from '../events/coding';
import { nameKey } from '../extract/names';
import { slugify } from '../extract/persons';
import {
	MODALITIES,
	RELATION_TYPES,
	type Entity,
	type Extraction,
	type Indicator,
	type Relation
} from '../types';
import type { Tally } from './score';

const id = z.string().min(1);
const ids = z.union([id, z.array(id).min(1)]);

export const newsGoldSchema = z
	.object({
		article: id,
		entities: z.array(
			z
				.object({
					id,
					type: z.enum(['country', 'person', 'organization', 'group']),
					name: z.string().optional(),
					country: z.string().optional(),
					role: z.string().optional()
				})
				.strict()
		),
		relations: z.array(
			z
				.object({
					type: z.enum(RELATION_TYPES),
					source: id,
					target: id,
					undirected: z.boolean().optional(),
					date: z.union([z.string(), z.number()]).transform(String).optional(),
					modality: z.enum(MODALITIES),
					quote: z.string().optional()
				})
				.strict()
		),
		statements: z
			.array(z.object({ speaker: ids, quote: z.string().optional() }).strict())
			.default([]),
		references: z
			.array(z.object({ text: z.string(), quote: z.string(), antecedent: ids }).strict())
			.default([]),
		figures: z
			.array(
				z
					.object({
						/** A range may give only its bounds. */
						value: z.number().optional(),
						low: z.number().optional(),
						high: z.number().optional(),
						unit: z.string(),
						what: z.string().optional(),
						subject: ids.optional(),
						partner: ids.optional(),
						year: z.number().int().optional(),
						approximate: z.boolean().optional(),
						quote: z.string().optional()
					})
					.strict()
					.refine((f) => f.value !== undefined || (f.low !== undefined && f.high !== undefined), {
						message: 'a figure needs a value, or low and high for a range'
					})
			)
			.default([])
	})
	.strict();

export type NewsGold = z.infer<typeof newsGoldSchema>;
type GoldRelation = NewsGold['relations'][number];

export interface Share {
	right: number;
	of: number;
}

export interface NewsScore {
	byType: Record<string, Tally>;
	byPlover: Record<string, Tally>;
	persons: Tally & { rightCountry: number };
	organizations: Tally;
	statements: Tally;
	references: Share;
	figures: Tally & { allRight: number };
	dates: Share;
	modalities: Share;
	misses: string[];
	extras: string[];
}

export function emptyNewsScore(): NewsScore {
	const tally = () => ({ tp: 0, fp: 0, fn: 0 });
	return {
		byType: {},
		byPlover: {},
		persons: { ...tally(), rightCountry: 0 },
		organizations: tally(),
		statements: tally(),
		references: { right: 0, of: 0 },
		figures: { ...tally(), allRight: 0 },
		dates: { right: 0, of: 0 },
		modalities: { right: 0, of: 0 },
		misses: [],
		extras: []
	};
}

const VERBAL_ACTS: ReadonlySet<string> = new Set([
	'SUPPORT',
	'REQUEST',
	'ACCUSE',
	'REJECT',
	'THREATEN'
]);

const slug = (s: string | undefined) => (s ? slugify(s) : '');

// Kosovo has no ISO 3166-1 code: Entente uses i18n-iso-countries' XKK; gold labels may use the
// European Commission's and World Bank's XKX.
const OTHER_CODES: Record<string, string[]> = { XKK: ['XKX'] };

/**
 * Every key an extracted entity answers to: id, ISO code, slugs and transliteration keys of
 * its names and aliases (Pachinian is Pashinyan).
 */
function keysOf(e: Entity): Set<string> {
	const names = [e.name, e.names.en, e.names.fr, ...(e.aliases ?? [])];
	const keys = new Set<string>([e.id, ...names.map(slug), ...names.map((n) => `~${nameKey(n)}`)]);
	if (e.iso3) keys.add(e.iso3);
	for (const code of OTHER_CODES[e.iso3 ?? e.id] ?? []) keys.add(code);
	keys.delete('');
	keys.delete('~');
	return keys;
}

/** gold id → the extracted entity ids that stand for it. */
export function entityMatcher(gold: NewsGold, predicted: Entity[]) {
	const byKey = new Map<string, Set<string>>();
	for (const e of predicted)
		for (const key of keysOf(e)) {
			const set = byKey.get(key) ?? new Set<string>();
			set.add(e.id);
			byKey.set(key, set);
		}
	const goldKeys = new Map(
		gold.entities.map((g) => [
			g.id,
			[g.id, slug(g.name), g.type === 'person' && g.name ? `~${nameKey(g.name)}` : ''].filter(
				Boolean
			)
		])
	);
	const cache = new Map<string, Set<string>>();
	return (goldId: string): Set<string> => {
		let found = cache.get(goldId);
		if (!found) {
			found = new Set<string>();
			for (const key of goldKeys.get(goldId) ?? [goldId])
				for (const match of byKey.get(key) ?? []) found.add(match);
			cache.set(goldId, found);
		}
		return found;
	};
}

type Predicted = Pick<
	Relation,
	'type' | 'source' | 'target' | 'directed' | 'date' | 'modality' | 'plover' | 'evidence'
>;

const bump = (into: Record<string, Tally>, key: string, field: keyof Tally) => {
	into[key] ??= { tp: 0, fp: 0, fn: 0 };
	into[key][field] += 1;
};

/** One-to-one pairing of gold and predicted relations under `same`, best date and modality first. */
function pairRelations(
	gold: GoldRelation[],
	predicted: Predicted[],
	same: (g: GoldRelation, p: Predicted) => boolean
): { pairs: [GoldRelation, Predicted][]; missed: GoldRelation[]; extra: Predicted[] } {
	const free = new Set(predicted.map((_, i) => i));
	const pairs: [GoldRelation, Predicted][] = [];
	const missed: GoldRelation[] = [];
	const quality = (g: GoldRelation, p: Predicted) =>
		(p.date === g.date ? 2 : 0) + (p.modality === g.modality ? 1 : 0);
	for (const g of gold) {
		let best = -1;
		for (const i of free) {
			const p = predicted[i] as Predicted;
			if (!same(g, p)) continue;
			if (best < 0 || quality(g, p) > quality(g, predicted[best] as Predicted)) best = i;
		}
		if (best < 0) missed.push(g);
		else {
			free.delete(best);
			pairs.push([g, predicted[best] as Predicted]);
		}
	}
	return { pairs, missed, extra: [...free].map((i) => predicted[i] as Predicted) };
}

function findSpan(
	text: string,
	quote: string,
	inner = quote
): { start: number; end: number } | undefined {
	const at = text.indexOf(quote);
	if (at < 0) return undefined;
	const offset = quote.indexOf(inner);
	if (offset < 0) return undefined;
	return { start: at + offset, end: at + offset + inner.length };
}

// Units that name the same thing counted: a head count is a head count whether the label
// says troops or people ("killed 20 Indian soldiers" is labelled people, "more than 1,000
// soldiers" troops), a member state is a country.
const UNIT_ALIASES: Record<string, string> = {
	percent: '%',
	pourcent: '%',
	$: 'USD',
	dollars: 'USD',
	'€': 'EUR',
	euros: 'EUR',
	'£': 'GBP',
	tonnes: 'tonnes',
	tons: 'tonnes',
	troops: 'people',
	soldiers: 'people',
	persons: 'people',
	'member states': 'countries',
	nations: 'countries',
	'km²': 'km2',
	'm³': 'm3'
};
const unitKey = (u: string | undefined) => {
	const k = (u ?? '').trim();
	return UNIT_ALIASES[k.toLowerCase()] ?? UNIT_ALIASES[k] ?? k.toLowerCase();
};

/**
 * A gold unit with a rate ("litres/day") needs the same rate; one without takes the figure's
 * unit whatever its rate (labellers often leave "a day" out of the unit).
 */
function sameUnit(gold: string, p: Indicator): boolean {
	const [unit, period] = gold.split('/');
	if (unitKey(unit) !== unitKey(p.unit)) return false;
	return period === undefined || p.per === period.trim();
}

const near = (a: number, b: number) => Math.abs(a - b) <= Math.abs(b) * 0.005;

/** A range matches a range with the same bounds; a single value, a single value. */
function sameValue(f: NewsGold['figures'][number], p: Indicator): boolean {
	if (f.value === undefined || (f.low !== undefined && f.high !== undefined))
		return (
			p.low !== undefined &&
			p.high !== undefined &&
			near(p.low, f.low as number) &&
			near(p.high, f.high as number)
		);
	return p.low === undefined && near(p.value, f.value);
}

/**
 * Scores one article's extraction against its gold labels, into `score`. `text` is the
 * article's text; `table` codes the gold relations the way the extraction codes its own;
 * `judged` hears of each relation whether it matched gold (an event by type and actors, a
 * statement when one of its sentences matched a gold utterance of its speaker).
 */
export function scoreNewsArticle(
	gold: NewsGold,
	text: string,
	extraction: Pick<Extraction, 'entities' | 'relations' | 'mentions' | 'indicators'> &
		Partial<Pick<Extraction, 'quotes'>>,
	table: CameoTable,
	score: NewsScore,
	judged?: (relation: Relation, right: boolean) => void
): void {
	const match = entityMatcher(gold, extraction.entities);
	const is = (goldId: string, predictedId: string) => match(goldId).has(predictedId);
	const entityById = new Map(extraction.entities.map((e) => [e.id, e]));
	const describe = (r: {
		type: string;
		source: string;
		target: string;
		date?: string;
		modality: string;
	}) => `${gold.article}: ${r.type} ${r.source} → ${r.target} ${r.date ?? 'undated'} ${r.modality}`;

	// Relations, per readable type.
	const events = extraction.relations.filter((r) => r.type !== 'statement');
	const samePair = (g: GoldRelation, p: Predicted) =>
		(is(g.source, p.source) && is(g.target, p.target)) ||
		((g.undirected === true || !p.directed) && is(g.source, p.target) && is(g.target, p.source));
	const byType = pairRelations(
		gold.relations,
		events,
		(g, p) => g.type === p.type && samePair(g, p)
	);
	for (const [g, p] of byType.pairs) {
		bump(score.byType, g.type, 'tp');
		if (g.date) {
			score.dates.of += 1;
			if (p.date === g.date) score.dates.right += 1;
			else score.misses.push(`${describe(g)} dated ${p.date ?? 'none'}  «${g.quote ?? ''}»`);
		}
		score.modalities.of += 1;
		if (p.modality === g.modality) score.modalities.right += 1;
	}
	for (const g of byType.missed) {
		bump(score.byType, g.type, 'fn');
		score.misses.push(`${describe(g)}  «${g.quote ?? ''}»`);
	}
	if (judged) {
		for (const [, p] of byType.pairs) judged(p as Relation, true);
		for (const p of byType.extra) judged(p as Relation, false);
	}
	for (const p of byType.extra) {
		bump(score.byType, p.type, 'fp');
		const e = p.evidence[0];
		score.extras.push(`${describe(p)}  «${e ? text.slice(e.start, e.end).slice(0, 100) : ''}»`);
	}

	// Relations, per PLOVER type (the gold coded the way the extraction codes its relations).
	const ploverOf = (g: GoldRelation) => codeRelation(table, g.type, g.modality).plover;
	// Only what the text reports as happening or announced is a PLOVER event.
	const uncoded = (m: string) => m === 'negated' || m === 'hypothetical';
	const coded = gold.relations.filter((g) => ploverOf(g) && !uncoded(g.modality));
	const predictedCoded = events.filter((p) => p.plover && !uncoded(p.modality));
	const byPlover = pairRelations(
		coded,
		predictedCoded,
		(g, p) => ploverOf(g) === p.plover && samePair(g, p)
	);
	for (const [g] of byPlover.pairs) bump(score.byPlover, ploverOf(g) as string, 'tp');
	for (const g of byPlover.missed) bump(score.byPlover, ploverOf(g) as string, 'fn');
	for (const p of byPlover.extra) bump(score.byPlover, p.plover as string, 'fp');

	// Persons with their country; organisations and groups.
	const matchedPredicted = new Set<string>();
	for (const g of gold.entities) {
		if (g.type === 'country') continue;
		const found = [...match(g.id)].map((i) => entityById.get(i)).filter((e): e is Entity => !!e);
		for (const e of found) matchedPredicted.add(e.id);
		if (g.type === 'person') {
			if (found.length) {
				score.persons.tp += 1;
				const country = found[0]?.type === 'country' ? found[0].iso3 : found[0]?.country;
				if (country === g.country) score.persons.rightCountry += 1;
			} else {
				score.persons.fn += 1;
				score.misses.push(`${gold.article}: person ${g.id} (${g.country})`);
			}
		} else if (found.length) score.organizations.tp += 1;
		else {
			score.organizations.fn += 1;
			score.misses.push(`${gold.article}: ${g.type} ${g.id}`);
		}
	}
	for (const e of extraction.entities) {
		if (matchedPredicted.has(e.id)) continue;
		if (e.type === 'person') {
			score.persons.fp += 1;
			score.extras.push(`${gold.article}: person ${e.id}`);
		} else if (e.type === 'organization' || e.type === 'group') {
			score.organizations.fp += 1;
			score.extras.push(`${gold.article}: ${e.type} ${e.id}`);
		}
	}

	// Statements: each gold utterance against the sentences where the extraction has its
	// speaker say something — a statement, or a verbal act (praise, accusation, threat, request,
	// rejection, criticism: PLOVER's verbal acts), which is an utterance too.
	// Quotes (the speaker alone) are utterances too.
	const said = [
		...extraction.relations.filter(
			(r) => r.type === 'statement' || (r.plover && VERBAL_ACTS.has(r.plover))
		),
		...(extraction.quotes ?? []).map((q) => ({ source: q.speaker, evidence: q.evidence }))
	].flatMap((r) =>
		r.evidence.map((e) => ({ r, speaker: r.source, start: e.start, end: e.end, used: false }))
	);
	for (const s of gold.statements) {
		const speakers = Array.isArray(s.speaker) ? s.speaker : [s.speaker];
		const span = s.quote ? findSpan(text, s.quote) : undefined;
		const hit = said.find(
			(p) =>
				!p.used &&
				speakers.some((sp) => is(sp, p.speaker)) &&
				(!span || (p.start <= span.start && span.start < p.end))
		);
		if (hit) {
			hit.used = true;
			score.statements.tp += 1;
		} else {
			score.statements.fn += 1;
			score.misses.push(`${gold.article}: statement by ${speakers.join(' & ')} «${s.quote ?? ''}»`);
		}
	}
	score.statements.fp += said.filter((p) => !p.used).length;
	if (judged)
		for (const r of extraction.relations)
			if (r.type === 'statement')
				judged(
					r,
					said.some((p) => p.r === r && p.used)
				);

	// References: a mention over the words that names the antecedent.
	for (const r of gold.references) {
		score.references.of += 1;
		const span = findSpan(text, r.quote, r.text);
		if (!span) continue;
		const over = extraction.mentions.filter((m) => m.start < span.end && span.start < m.end);
		const wanted = Array.isArray(r.antecedent) ? r.antecedent : [r.antecedent];
		if (wanted.every((w) => over.some((m) => is(w, m.entity)))) score.references.right += 1;
	}

	// Figures: found by value (the one quoting the gold words first); all right with unit,
	// subject and year too.
	const figures: Indicator[] = [...extraction.indicators];
	for (const f of gold.figures) {
		const span = f.quote ? findSpan(text, f.quote) : undefined;
		const quotes = (p: Indicator) =>
			!!span && p.evidence.some((e) => e.start <= span.start && span.end <= e.end);
		let at = figures.findIndex((p) => sameValue(f, p) && quotes(p));
		if (at < 0) at = figures.findIndex((p) => sameValue(f, p));
		const shown = `${f.value ?? `${f.low}–${f.high}`} ${f.unit}`;
		if (at < 0) {
			score.figures.fn += 1;
			score.misses.push(`${gold.article}: figure ${shown} «${f.quote ?? ''}»`);
			continue;
		}
		const p = figures.splice(at, 1)[0] as Indicator;
		score.figures.tp += 1;
		const subjects = f.subject === undefined ? [] : [f.subject].flat();
		const subjectRight =
			!subjects.length ||
			(p.subject !== undefined && subjects.some((g) => is(g, p.subject as string)));
		const unitRight = sameUnit(f.unit, p);
		const yearRight = !f.year || p.year === f.year;
		if (unitRight && subjectRight && yearRight) score.figures.allRight += 1;
		else
			score.misses.push(
				`${gold.article}: figure ${shown} found with ${[
					unitRight ? '' : `unit ${p.unit}${p.per ? `/${p.per}` : ''}`,
					subjectRight ? '' : `subject ${p.subject ?? 'none'} (gold ${subjects.join(', ')})`,
					yearRight ? '' : `year ${p.year ?? 'none'} (gold ${f.year})`
				]
					.filter(Boolean)
					.join(', ')}  «${f.quote ?? ''}»`
			);
	}
	for (const p of figures)
		score.extras.push(
			`${gold.article}: figure ${p.value} ${p.unit} «${text.slice(p.evidence[0]?.start ?? 0, p.evidence[0]?.end ?? 0).slice(0, 90)}»`
		);
	score.figures.fp += figures.length;
}
