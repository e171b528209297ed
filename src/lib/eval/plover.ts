// Scoring on the PLOVER gold-standard records (tests/eval/plover): one sentence each, coded
// with source and target countries and a PLOVER event type. A pair of the record is found when
// a relation of that PLOVER type, not negated, links the two countries (a person or an
// organisation standing for its country).
import { z } from 'zod';
import { PLOVER_TYPES, type Entity, type PloverType, type Relation } from '../types';
import type { Tally } from './score';

const actor = z.object({ actorText: z.string(), code: z.string() }).passthrough();

export const ploverRecordSchema = z
	.object({
		id: z.string(),
		date: z.string(),
		event: z.string(),
		mode: z.string().optional(),
		text: z.string(),
		source: z.union([z.array(actor), z.literal('')]).optional(),
		target: z.union([z.array(actor), z.literal('')]).optional()
	})
	.passthrough();

export type PloverRecord = z.infer<typeof ploverRecordSchema>;

/** The file's older names, read as PLOVER's current types (INVESTIGATE: ACCUSE in the 2021 table). */
const CURRENT_NAME: Record<string, PloverType> = {
	DEMAND: 'REQUEST',
	DISAPPROVE: 'ACCUSE',
	FIGHT: 'ASSAULT',
	INVESTIGATE: 'ACCUSE'
};

export function currentPlover(event: string): PloverType | undefined {
	if ((PLOVER_TYPES as readonly string[]).includes(event)) return event as PloverType;
	return CURRENT_NAME[event];
}

// The file writes Japan as JAP (a CAMEO code), everything else in ISO 3166-1 alpha-3.
const iso3 = (code: string) => (code === 'JAP' ? 'JPN' : code);

interface Pair {
	source: string;
	target: string;
	/** Sources named together (SRC/TAR): the pair has no direction. */
	joint: boolean;
}

/** A record's source–target pairs of countries, each once; pairs of a country with itself dropped. */
export function recordPairs(record: PloverRecord): Pair[] {
	const sources = [...new Set((record.source || []).map((a) => iso3(a.code)))];
	const targets = [...new Set((record.target || []).map((a) => iso3(a.code)))];
	const pairs: Pair[] = [];
	if (targets.length)
		for (const source of sources)
			for (const target of targets)
				if (source !== target) pairs.push({ source, target, joint: false });
	if (!targets.length)
		for (let i = 0; i < sources.length; i++)
			for (let j = i + 1; j < sources.length; j++)
				pairs.push({ source: sources[i] as string, target: sources[j] as string, joint: true });
	return pairs;
}

export interface PloverScore {
	/** Pairs per PLOVER type of the record: tp found, fn missed; fp per predicted relation's type. */
	byType: Record<string, Tally>;
	records: { found: number; of: number };
	misses: string[];
	extras: string[];
}

type Coded = Pick<Relation, 'type' | 'source' | 'target' | 'directed' | 'modality' | 'plover'>;

/**
 * Scores one record against the relations extracted from its sentence; `country(id)` is the
 * country an actor stands for (itself for a country), undefined when none.
 */
export function scorePloverRecord(
	record: PloverRecord,
	relations: Coded[],
	country: (id: string) => string | undefined,
	into: PloverScore,
	judged?: (relation: Coded, right: boolean) => void
): void {
	const plover = currentPlover(record.event);
	const key = plover ?? record.event;
	const pairs = recordPairs(record);
	const candidates = relations
		// Only what the text reports as happening or announced is a PLOVER event.
		.filter((r) => r.plover && r.modality !== 'negated' && r.modality !== 'hypothetical')
		.map((r) => ({ r, source: country(r.source), target: country(r.target), used: false }));
	let allFound = pairs.length > 0;
	for (const pair of pairs) {
		const match = candidates.find(
			(c) =>
				!c.used &&
				c.r.plover === plover &&
				((c.source === pair.source && c.target === pair.target) ||
					((pair.joint || !c.r.directed) && c.source === pair.target && c.target === pair.source))
		);
		const tally = (into.byType[key] ??= { tp: 0, fp: 0, fn: 0 });
		if (match) {
			match.used = true;
			tally.tp += 1;
		} else {
			tally.fn += 1;
			allFound = false;
			into.misses.push(
				`${record.id}: ${key} ${pair.source} → ${pair.target}  «${record.text.trim().slice(0, 110)}»`
			);
		}
	}
	for (const c of candidates) {
		if (c.used) {
			judged?.(c.r, true);
			continue;
		}
		// A second relation for a pair already found (a person and their country) is no error.
		const duplicate = candidates.some(
			(o) => o.used && o.r.plover === c.r.plover && o.source === c.source && o.target === c.target
		);
		judged?.(c.r, duplicate);
		if (duplicate) continue;
		const tally = (into.byType[c.r.plover as string] ??= { tp: 0, fp: 0, fn: 0 });
		tally.fp += 1;
		into.extras.push(
			`${record.id}: ${c.r.plover} (${c.r.type}) ${c.r.source} → ${c.r.target}  «${record.text.trim().slice(0, 90)}»`
		);
	}
	into.records.of += 1;
	if (allFound) into.records.found += 1;
}

export function emptyPloverScore(): PloverScore {
	return { byType: {}, records: { found: 0, of: 0 }, misses: [], extras: [] };
}

/** The country an entity stands for: a country itself, a person's or organisation's country. */
export function countryOfEntity(entity: Pick<Entity, 'type' | 'iso3' | 'country'> | undefined) {
	if (!entity) return undefined;
	return entity.type === 'country' ? entity.iso3 : entity.country;
}
