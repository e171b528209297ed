// How sure the rules are of a relation (issue #13 §4): features read from its evidence — how
// specific its trigger word is, how far its actors stand from it and across how many clause
// breaks, whether an actor is a pronoun or a role resolved rather than a name, hedged or
// unasserted wording, how many sentences agree — mapped to a probability by a logistic model
// fitted on evaluation sets (a), (b) and (c) by `npm run calibrate` (data/calibration/confidence.json).
// Reading the features never changes which relations exist.
import type { Relation } from '../types';
import type { RawMention } from './mentions';
import type { TriggerHit } from './triggers';

/**
 * The evidence of one relation, in numbers (each ≥ 0). Over several evidence records each
 * feature takes its most favourable record's value; `records` counts them.
 */
export interface RelationFeatures {
	/** 1 when no sentence has a trigger of the relation's own type (a visit read from where a
	 * meeting took place, talks with a sponsor, a statement credited by « selon »). */
	derived: number;
	/** 1 when the trigger is a noun (« la visite de X à Y »), 0 for a verb. */
	noun: number;
	/** 1 when the trigger is one word; a phrase ("lodged a protest", « s'entretenir avec ») is specific. */
	singleWord: number;
	/** 1 when an actor is not named in the sentence at all (carried from an earlier one). */
	absent: number;
	/** 1 when an actor is only a resolved pronoun or anaphor (« il », "the latter"). */
	pronoun: number;
	/** 1 when an actor is only a role description (« le président russe ») or a pattern. */
	role: number;
	/** Distance from the trigger to its farther actor, in hundreds of characters (capped at 3). */
	distance: number;
	/** Clause breaks (, ; : quotes, brackets, dashes) between the trigger and its farther actor (capped at 4). */
	breaks: number;
	/** 1 when the modality is planned, proposed, hypothetical or negated. */
	unasserted: number;
	/** 1 when the modality is reported (someone else's word). */
	reported: number;
	/** 1 when the sentence hedges ("reportedly", « aurait », "?"). */
	hedged: number;
	/** Distinct actors in the sentence beyond two (capped at 6): more pairs to get wrong. */
	crowd: number;
	/** Sentence length in hundreds of characters (capped at 5). */
	length: number;
	/** Evidence records beyond the first, log2(1 + n − 1) (agreement between sentences). */
	agreement: number;
}

export const FEATURE_NAMES = [
	'derived',
	'noun',
	'singleWord',
	'absent',
	'pronoun',
	'role',
	'distance',
	'breaks',
	'unasserted',
	'reported',
	'hedged',
	'crowd',
	'length',
	'agreement'
] as const satisfies readonly (keyof RelationFeatures)[];

/**
 * The sign each feature's weight must keep: what the rule's author knows about the feature
 * (a pronoun is less sure than a name; agreeing sentences surer than one), the data only how
 * much. 0: either sign.
 */
export const FEATURE_SIGNS: Record<keyof RelationFeatures, -1 | 0 | 1> = {
	derived: -1,
	noun: 0,
	singleWord: -1,
	absent: -1,
	pronoun: -1,
	role: -1,
	distance: -1,
	breaks: -1,
	unasserted: -1,
	reported: -1,
	hedged: -1,
	crowd: -1,
	length: -1,
	agreement: 1
};

/** A logistic model: confidence = 1 / (1 + e^−(bias + Σ weights[f] · feature f)). */
export interface ConfidenceModel {
	bias: number;
	weights: Partial<Record<keyof RelationFeatures, number>>;
}

/** What the features are read from: the article's folded text, trigger hits and actor mentions. */
export interface FeatureContext {
	/** The article's folded text (src/lib/text/fold.ts): same offsets as the text. */
	folded: string;
	/** Every trigger hit of the article, in text order. */
	triggers: readonly TriggerHit[];
	/** Every actor mention of the article (descriptors left out), in text order. */
	mentions: readonly RawMention[];
}

// Words that say the writer is not sure (folded text): reportedly, allegedly, « aurait »,
// « selon des sources », « semble »; a question mark.
const HEDGE =
	/(?<![a-z])(?:reportedly|allegedly|apparently|purportedly|unconfirmed|rumou?rs?|seem(?:s|ed)? to|appear(?:s|ed)? to|it is understood|sources? (?:said|say|close)|aurai(?:t|ent)|serai(?:t|ent)|semble(?:nt|rait)?|apparemment|pretendument|vraisemblablement|selon (?:des|plusieurs) sources|de source)(?![a-z])|\?/;
const BREAK = /[,;:()«»"“”—–]/g;

const NAMED = new Set(['name', 'seat', 'place', 'adjective', 'curation']);

const clamp = (x: number, high: number) => Math.min(high, Math.max(0, x));

/** One record's features: the relation's, less what its modality and its record count give. */
type RecordFeatures = Omit<RelationFeatures, 'unasserted' | 'reported' | 'agreement'>;

/** The gap in characters between a mention and a trigger (0 when they touch or overlap). */
const gap = (m: { start: number; end: number }, h: { start: number; end: number }) =>
	Math.max(0, m.start - h.end, h.start - m.end);

/** First index whose item starts at or after `at` (items sorted by start). */
function lowerBound(items: readonly { start: number }[], at: number): number {
	let lo = 0;
	let hi = items.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if ((items[mid] as { start: number }).start < at) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

function within<T extends { start: number; end: number }>(
	items: readonly T[],
	start: number,
	end: number
): T[] {
	const out: T[] = [];
	for (let i = lowerBound(items, start); i < items.length; i++) {
		const item = items[i] as T;
		if (item.start >= end) break;
		if (item.end <= end) out.push(item);
	}
	return out;
}

/** The features of one evidence record: the sentence `start`–`end` of the article. */
function recordFeatures(
	r: Pick<Relation, 'type' | 'source' | 'target'>,
	start: number,
	end: number,
	ctx: FeatureContext
): RecordFeatures {
	const sentence = ctx.folded.slice(start, end);
	const actors = within(ctx.mentions, start, end);
	const hits = within(ctx.triggers, start, end).filter((h) => h.rule.type === r.type);
	const crowd = clamp(new Set(actors.map((a) => a.entity)).size - 2, 6);
	const length = clamp((end - start) / 100, 5);
	const hedged = HEDGE.test(sentence) ? 1 : 0;
	const ends = [r.source, r.target].map((id) => actors.filter((a) => a.entity === id));
	const absent = ends.some((list) => list.length === 0) ? 1 : 0;
	const only = (test: (via: string) => boolean) =>
		ends.some((list) => list.length > 0 && list.every((a) => test(a.via))) ? 1 : 0;
	const pronoun = only((via) => via === 'reference');
	const role = only((via) => !NAMED.has(via) && via !== 'reference');
	if (!hits.length)
		return {
			derived: 1,
			noun: 0,
			singleWord: 1,
			absent,
			pronoun,
			role,
			distance: clamp((end - start) / 200, 3),
			breaks: 4,
			hedged,
			crowd,
			length
		};
	// The hit whose farther actor is nearest stands for the sentence.
	let best: { hit: TriggerHit; far: number; breaks: number } | undefined;
	for (const hit of hits) {
		let far = 0;
		let farthest: RawMention | undefined;
		for (const list of ends) {
			if (!list.length) continue;
			const nearest = list.reduce((a, b) => (gap(b, hit) < gap(a, hit) ? b : a));
			const d = gap(nearest, hit);
			if (!farthest || d >= far) {
				far = d;
				farthest = nearest;
			}
		}
		const between = farthest
			? ctx.folded.slice(Math.min(farthest.end, hit.end), Math.max(farthest.start, hit.start))
			: '';
		const breaks = (between.match(BREAK) ?? []).length;
		if (!best || far + 40 * breaks < best.far + 40 * best.breaks) best = { hit, far, breaks };
	}
	const { hit, far, breaks } = best as { hit: TriggerHit; far: number; breaks: number };
	return {
		derived: 0,
		noun: hit.rule.form === 'noun' ? 1 : 0,
		singleWord: /[\s'’-]/.test(ctx.folded.slice(hit.start, hit.end).trim()) ? 0 : 1,
		absent,
		pronoun,
		role,
		distance: clamp(far / 100, 3),
		breaks: clamp(breaks, 4),
		hedged,
		crowd,
		length
	};
}

/**
 * The features of `relation` from its evidence records in this article (records of other
 * articles, and a relation with none here, give the features of no trigger and no actor).
 */
export function relationFeatures(
	relation: Pick<Relation, 'type' | 'source' | 'target' | 'modality' | 'evidence'>,
	ctx: FeatureContext
): RelationFeatures {
	const records = relation.evidence.map((e) => recordFeatures(relation, e.start, e.end, ctx));
	// The most favourable record: a feature's lowest value (all of them count against).
	// A loop, not Math.min(...): a long article may give a relation tens of thousands of records.
	const lowest = (key: keyof RecordFeatures) => {
		let low = records.length ? Infinity : 1;
		for (const f of records) if (f[key] < low) low = f[key];
		return low;
	};
	const unasserted = ['planned', 'proposed', 'hypothetical', 'negated'].includes(relation.modality)
		? 1
		: 0;
	return {
		derived: lowest('derived'),
		noun: lowest('noun'),
		singleWord: lowest('singleWord'),
		absent: lowest('absent'),
		pronoun: lowest('pronoun'),
		role: lowest('role'),
		distance: lowest('distance'),
		breaks: lowest('breaks'),
		unasserted,
		reported: relation.modality === 'reported' ? 1 : 0,
		hedged: lowest('hedged'),
		crowd: lowest('crowd'),
		length: lowest('length'),
		agreement: Math.log2(Math.max(1, relation.evidence.length))
	};
}

/** The model's probability for `features`, rounded to 3 decimals (stable output). */
export function confidenceOf(features: RelationFeatures, model: ConfidenceModel): number {
	let z = model.bias;
	for (const name of FEATURE_NAMES) z += (model.weights[name] ?? 0) * features[name];
	return Math.round(1000 / (1 + Math.exp(-z))) / 1000;
}

/**
 * `relations` with their confidence (the key placed before `evidence`, so the other keys keep
 * their order). Pure: returns new objects.
 */
export function withConfidence(
	relations: Relation[],
	ctx: FeatureContext,
	model: ConfidenceModel
): Relation[] {
	return relations.map((r) => {
		const features = relationFeatures(r, ctx);
		const { evidence, confidence: _old, ...fields } = r;
		const scored: Relation = { ...fields, confidence: confidenceOf(features, model), evidence };
		featuresByRelation.set(scored, features);
		return scored;
	});
}

// The features each scored relation was given, for `npm run calibrate` (a weak map: a relation
// dropped takes its features with it; copies made later have none).
const featuresByRelation = new WeakMap<Relation, RelationFeatures>();

/** The features `withConfidence` read for this relation object, if it scored it. */
export const featuresOf = (relation: object): RelationFeatures | undefined =>
	featuresByRelation.get(relation as Relation);
