// The same event reported twice is one relation with several evidence records (GDELT keeps
// events and their mentions apart; Phoenix keeps one event per date, source, target, type).
import type { Evidence, Relation } from '../types';

function pairKey(r: Pick<Relation, 'source' | 'target' | 'directed'>): string {
	if (r.directed) return `${r.source}>${r.target}`;
	// The pair in sorted order (as Array#sort orders strings), without an array per call.
	return r.source <= r.target ? `${r.source}~${r.target}` : `${r.target}~${r.source}`;
}

export function relationKey(
	r: Pick<Relation, 'type' | 'source' | 'target' | 'directed' | 'date' | 'modality'>
): string {
	return `${r.type}:${pairKey(r)}:${r.date ?? 'undated'}:${r.modality}`;
}

/** What an undated event must share with a dated one to join it: type, actors, modality. */
function eventKey(r: Relation): string {
	return `${r.type}:${pairKey(r)}:${r.modality}`;
}

const evidenceKey = (e: Pick<Evidence, 'article' | 'start' | 'end'>) =>
	`${e.article}:${e.start}:${e.end}`;

function absorb(into: Relation, from: Relation, seen: Set<string>): void {
	for (const e of from.evidence) {
		const key = evidenceKey(e);
		if (seen.has(key)) continue;
		seen.add(key);
		into.evidence.push(e);
	}
	into.location ??= from.location;
	into.reportedBy ??= from.reportedBy;
}

// Events happen on a day; support, dependence or friendship are states and keep their own dates.
const EVENT_TYPES = new Set(['meeting', 'visit', 'talks', 'agreement']);

/** A relation without its id and evidence: what a sentence states. */
export type RelationFields = Omit<Relation, 'id' | 'evidence'>;

/**
 * Merges relations as they come (see mergeRelations). A long article states the same event
 * in many sentences, and the same sentence may state it twice: `addStated` makes a record
 * only for a new event, and evidence only for a new sentence.
 */
export class RelationMerger {
	private readonly byKey = new Map<string, Relation>();
	private readonly seen = new Map<Relation, Set<string>>();

	private seenOf(r: Relation): Set<string> {
		let set = this.seen.get(r);
		if (!set) {
			set = new Set(r.evidence.map(evidenceKey));
			this.seen.set(r, set);
		}
		return set;
	}

	/** A relation with its evidence. */
	add(r: Relation): void {
		// An undirected pair in one order: a copy only where the order changes.
		const canonical =
			!r.directed && r.source > r.target ? { ...r, source: r.target, target: r.source } : r;
		const key = relationKey(canonical);
		const existing = this.byKey.get(key);
		if (existing) absorb(existing, canonical, this.seenOf(existing));
		else this.byKey.set(key, { ...canonical, evidence: [...canonical.evidence], id: key });
	}

	/**
	 * A relation stated at `article:start-end`; `evidence` makes its evidence when needed.
	 * Sentences come in text order, so a sentence already recorded is the record's last one.
	 */
	addStated(
		fields: RelationFields,
		at: { article: string; start: number; end: number },
		evidence: () => Evidence
	): void {
		const swap = !fields.directed && fields.source > fields.target;
		const key = relationKey(
			swap ? { ...fields, source: fields.target, target: fields.source } : fields
		);
		const existing = this.byKey.get(key);
		if (!existing) {
			const record: Relation = { ...fields, id: key, evidence: [evidence()] };
			if (swap) [record.source, record.target] = [fields.target, fields.source];
			this.byKey.set(key, record);
			return;
		}
		const last = existing.evidence[existing.evidence.length - 1];
		const stated = last?.article === at.article && last.start === at.start && last.end === at.end;
		// Evidence from add() may come in any order: there, the set of every sentence decides.
		const known = this.seen.get(existing);
		const sentence = known && evidenceKey(at);
		if (!stated && !(sentence && known.has(sentence))) {
			if (sentence) known.add(sentence);
			existing.evidence.push(evidence());
		}
		existing.location ??= fields.location;
		existing.reportedBy ??= fields.reportedBy;
	}

	/** The merged relations, undated events joined to their dated twin, in id order. */
	relations(): Relation[] {
		const { byKey } = this;
		// Dated events by type, actors and modality: looking each undated one up in all the
		// relations made merging quadratic on long articles.
		const datedByEvent = new Map<string, Relation[]>();
		for (const r of byKey.values()) {
			if (!r.date) continue;
			const event = eventKey(r);
			const group = datedByEvent.get(event);
			if (group) group.push(r);
			else datedByEvent.set(event, [r]);
		}
		for (const [key, r] of byKey) {
			if (r.date || !EVENT_TYPES.has(r.type)) continue;
			const articles = new Set(r.evidence.map((e) => e.article));
			const dated = (datedByEvent.get(eventKey(r)) ?? []).filter((o) =>
				o.evidence.some((e) => articles.has(e.article))
			);
			if (dated.length === 1) {
				absorb(dated[0] as Relation, r, this.seenOf(dated[0] as Relation));
				byKey.delete(key);
			}
		}
		const merged = [...byKey.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
		for (const r of merged)
			r.evidence.sort((a, b) =>
				a.article < b.article ? -1 : a.article > b.article ? 1 : a.start - b.start
			);
		return merged;
	}
}

/**
 * Merge relations with the same type, actors, date and modality. An undated event joins
 * the one dated event of the same type, actors and modality from the same article: an
 * article that dates an event once rarely repeats the date.
 */
export function mergeRelations(relations: Relation[]): Relation[] {
	const merger = new RelationMerger();
	for (const r of relations) merger.add(r);
	return merger.relations();
}
