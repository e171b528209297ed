// How sure a link of the network is, for the graph downloads (GEXF, GraphML, JSON, edges CSV):
// the mean of the confidences of the relations it counts.
import { edgeIdOf } from '../dataset/buildEdges';
import type { Relation } from '../types';

/** What an edge's `confidence` is, as each download says it (GraphML `desc`, GEXF meta, JSON). */
export const EDGE_CONFIDENCE =
	'confidence: the mean confidence (0 to 1) of the relations the edge counts, a curator’s counting 1; Weight × confidence is how many of them are expected right';

/** Each edge's confidence by edge id: the mean of its relations' (a relation without one, a
 * curator's, counts 1), to 3 decimals. The mean, not the maximum: a link of ten doubtful
 * relations and one sure one is not as sure as the sure one, and Weight × mean stays a count. */
export function edgeConfidence(relations: readonly Relation[]): Map<string, number> {
	const sums = new Map<string, { sum: number; n: number }>();
	for (const r of relations) {
		const id = edgeIdOf(r);
		const s = sums.get(id) ?? { sum: 0, n: 0 };
		s.sum += r.confidence ?? 1;
		s.n += 1;
		sums.set(id, s);
	}
	return new Map([...sums].map(([id, s]) => [id, Math.round((s.sum / s.n) * 1000) / 1000]));
}

/** An edge's confidence as text ('' when the download was given none for it). */
export const confidenceOf = (confidence: ReadonlyMap<string, number> | undefined, id: string) => {
	const c = confidence?.get(id);
	return c === undefined ? '' : String(c);
};
