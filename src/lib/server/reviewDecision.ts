// An editor's decision on a relation, written as the per-article review writes it (to
// data/curated/<article>.yaml, then a rebuild off the request's thread): shared by the
// corpus-wide review queue (/review).
import { fail, type Cookies } from '@sveltejs/kit';
import type { ReviewRelation } from '../reviewView';
import { recordDecisions, type RelationDecision } from './curationWriter';
import { DataLockBusy } from './dataLock';
import { editingEnabled, isEditor } from './editing';
import { DATA_DIR } from './paths';
import { rebuildOffThread } from './rebuildOffThread';

/** A 403 when editing is off or the visitor has not given the token; undefined for an editor. */
export function refuseNonEditor(cookies: Cookies) {
	if (!editingEnabled()) return fail(403, { problem: 'Editing is off on this server.' });
	if (!isEditor(cookies))
		return fail(403, { problem: 'Give the editing token first (on “Add an article”).' });
	return undefined;
}

/**
 * The decision a review form sends: `accept` or `reject`, or a sentence saying what was sent
 * instead (anything else must not count as an acceptance).
 */
export function parseDecision(raw: string): { accept: boolean } | { problem: string } {
	if (raw === 'accept' || raw === 'reject') return { accept: raw === 'accept' };
	return {
		problem: `The decision must be “accept” or “reject”, not ${JSON.stringify(raw.slice(0, 40))}.`
	};
}

/** Accepting adds the relation in its words (a curator's, confidence 1); rejecting removes it. */
export function relationDecision(relation: ReviewRelation, accept: boolean): RelationDecision {
	return accept
		? {
				action: 'add',
				type: relation.type,
				source: relation.source,
				target: relation.target,
				directed: relation.directed,
				...(relation.date ? { date: relation.date } : {}),
				...(relation.location ? { location: relation.location } : {}),
				modality: relation.modality,
				quote: relation.quote
			}
		: {
				action: 'reject',
				type: relation.type,
				source: relation.source,
				target: relation.target,
				quote: relation.quote
			};
}

/**
 * Writes `decisions` for `article` and rebuilds (in a worker: pages keep answering from the
 * previous data set meanwhile); `{ done }`, or a 503 (data locked) or 400. Both review pages.
 */
export async function recordDecision(
	article: string,
	decisions: Parameters<typeof recordDecisions>[2],
	done: string
) {
	try {
		await recordDecisions(
			DATA_DIR,
			article,
			decisions,
			undefined,
			{ onWait: (message) => console.log(`review of ${article}: ${message}`) },
			rebuildOffThread
		);
		return { done };
	} catch (failure) {
		if (failure instanceof DataLockBusy)
			return fail(503, { problem: `Not recorded: ${failure.message}.` });
		return fail(400, {
			problem: `Not recorded: ${failure instanceof Error ? failure.message : String(failure)}`
		});
	}
}
