// Precision and recall of an extraction against a gold set, per category: entities by type,
// relations by type (actors compared; for statements only the speaker), indicators by kind.
// Dates and modalities are scored separately on the relations that match.
import { z } from 'zod';
import {
	INDICATOR_KINDS,
	MODALITIES,
	RELATION_TYPES,
	type Entity,
	type Indicator,
	type Quote,
	type Relation
} from '../types';

export const goldSchema = z
	.object({
		article: z.string(),
		entities: z.array(z.string()),
		relations: z.array(
			z
				.object({
					type: z.enum(RELATION_TYPES),
					source: z.string(),
					target: z.string().optional(),
					undirected: z.boolean().optional(),
					date: z.union([z.string(), z.number()]).transform(String).optional(),
					modality: z.enum(MODALITIES)
				})
				.strict()
		),
		indicators: z.array(z.object({ kind: z.enum(INDICATOR_KINDS), value: z.number() }).strict())
	})
	.strict();

export type Gold = z.infer<typeof goldSchema>;
type GoldRelation = Gold['relations'][number];

export interface Tally {
	tp: number;
	fp: number;
	fn: number;
}

export interface Score {
	categories: Record<string, Tally>;
	/** Of the relations that match gold, how many have the gold date and modality. */
	dates: { right: number; of: number };
	modalities: { right: number; of: number };
	/** Human-readable gold items not found, and predictions not in gold. */
	misses: string[];
	extras: string[];
}

export interface Predicted {
	entities: Pick<Entity, 'id' | 'type'>[];
	relations: (Pick<Relation, 'type' | 'source' | 'target' | 'directed' | 'date' | 'modality'> & {
		evidence?: readonly unknown[];
	})[];
	indicators: Pick<Indicator, 'kind' | 'value'>[];
	/** Quotes (a speaker alone) score as statements: gold statements name only the speaker. */
	quotes?: Pick<Quote, 'speaker' | 'date' | 'modality'>[];
}

const bump = (categories: Record<string, Tally>, key: string, field: keyof Tally) => {
	categories[key] ??= { tp: 0, fp: 0, fn: 0 };
	categories[key][field] += 1;
};

function matches(p: Predicted['relations'][number], g: GoldRelation): boolean {
	if (p.type !== g.type) return false;
	if (g.type === 'statement') return p.source === g.source;
	if (p.source === g.source && p.target === g.target) return true;
	const symmetric = g.undirected === true || !p.directed;
	return symmetric && p.source === g.target && p.target === g.source;
}

/** A relation judged against gold: `right` when it matched a gold relation. */
export type Judged<R> = (relation: R, right: boolean) => void;

/**
 * Pairs predicted and gold items one to one, preferring exact date and modality matches;
 * `judged` hears of each predicted relation whether it matched (a statement told in several
 * sentences matched when one of them did).
 */
export function scoreExtraction(
	said: Predicted,
	gold: Gold,
	entityType: (id: string) => string,
	judged?: Judged<Predicted['relations'][number]>
): Score {
	const predicted = {
		...said,
		relations: [
			// The gold has one statement per utterance: a statement told in two sentences (one
			// relation, two evidence records) is two utterances, as on sets (c) and (d).
			...said.relations.flatMap((r) =>
				r.type === 'statement' && (r.evidence?.length ?? 0) > 1
					? (r.evidence ?? []).map(() => r)
					: [r]
			),
			...(said.quotes ?? []).map((q) => ({
				type: 'statement' as const,
				source: q.speaker,
				target: q.speaker,
				directed: true,
				date: q.date,
				modality: q.modality
			}))
		]
	};
	const categories: Record<string, Tally> = {};
	const misses: string[] = [];
	const extras: string[] = [];
	const describe = (r: {
		type: string;
		source: string;
		target?: string;
		date?: string;
		modality: string;
	}) =>
		`${gold.article}: ${r.type} ${r.source} → ${r.target ?? '…'} ${r.date ?? 'undated'} ${r.modality}`;
	const predictedIds = new Set(predicted.entities.map((e) => e.id));
	const goldIds = new Set(gold.entities);
	for (const id of predictedIds)
		bump(categories, `entity:${entityType(id)}`, goldIds.has(id) ? 'tp' : 'fp');
	for (const id of goldIds)
		if (!predictedIds.has(id)) bump(categories, `entity:${entityType(id)}`, 'fn');

	const dates = { right: 0, of: 0 };
	const modalities = { right: 0, of: 0 };
	const unmatched = new Set(predicted.relations.map((_, i) => i));
	const quality = (p: Predicted['relations'][number], g: GoldRelation) =>
		(p.date === g.date ? 2 : 0) + (p.modality === g.modality ? 1 : 0);
	for (const g of [...gold.relations].sort((a, b) => (b.date ? 1 : 0) - (a.date ? 1 : 0))) {
		const candidates = [...unmatched].filter((i) =>
			matches(predicted.relations[i] as Predicted['relations'][number], g)
		);
		candidates.sort(
			(a, b) => quality(predicted.relations[b]!, g) - quality(predicted.relations[a]!, g)
		);
		const best = candidates[0];
		if (best === undefined) {
			bump(categories, `relation:${g.type}`, 'fn');
			misses.push(describe(g));
			continue;
		}
		unmatched.delete(best);
		bump(categories, `relation:${g.type}`, 'tp');
		const p = predicted.relations[best] as Predicted['relations'][number];
		dates.of += 1;
		if ((p.date ?? undefined) === g.date) dates.right += 1;
		modalities.of += 1;
		if (p.modality === g.modality) modalities.right += 1;
	}
	for (const i of unmatched) {
		bump(categories, `relation:${predicted.relations[i]!.type}`, 'fp');
		extras.push(describe(predicted.relations[i]!));
	}
	if (judged) {
		const matched = new Set(
			predicted.relations.filter((_, i) => !unmatched.has(i)).map((r) => r as object)
		);
		for (const r of said.relations) judged(r, matched.has(r));
	}

	const goldIndicators = [...gold.indicators];
	for (const p of predicted.indicators) {
		const at = goldIndicators.findIndex((g) => g.kind === p.kind && g.value === p.value);
		if (at >= 0) {
			goldIndicators.splice(at, 1);
			bump(categories, `indicator:${p.kind}`, 'tp');
		} else bump(categories, `indicator:${p.kind}`, 'fp');
	}
	for (const g of goldIndicators) bump(categories, `indicator:${g.kind}`, 'fn');
	return { categories, dates, modalities, misses, extras };
}

export function mergeScores(scores: Score[]): Score {
	const total: Score = {
		categories: {},
		dates: { right: 0, of: 0 },
		modalities: { right: 0, of: 0 },
		misses: [],
		extras: []
	};
	for (const s of scores) {
		for (const [key, t] of Object.entries(s.categories)) {
			const into = (total.categories[key] ??= { tp: 0, fp: 0, fn: 0 });
			into.tp += t.tp;
			into.fp += t.fp;
			into.fn += t.fn;
		}
		total.misses.push(...s.misses);
		total.extras.push(...s.extras);
		for (const k of ['dates', 'modalities'] as const) {
			total[k].right += s[k].right;
			total[k].of += s[k].of;
		}
	}
	return total;
}

export const precision = (t: Tally) => (t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp));
export const recall = (t: Tally) => (t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn));

/** Tallies summed over categories whose name starts with `prefix` ("relation:", "entity:"). */
export function overall(score: Score, prefix: string): Tally {
	const sum: Tally = { tp: 0, fp: 0, fn: 0 };
	for (const [key, t] of Object.entries(score.categories)) {
		if (!key.startsWith(prefix)) continue;
		sum.tp += t.tp;
		sum.fp += t.fp;
		sum.fn += t.fn;
	}
	return sum;
}
