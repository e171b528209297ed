// Relations → the network's edges. Apart from buildDataset (which brings the extractor and the
// curation schema with it) so the browser's graph code can merge edges without them.
import type { Relation } from '../types';
import type { Edge } from './schema';

/** The id of the edge a relation belongs to: its type and pair (`meeting:A~B`, directed
 * `supply:A>B`). */
export const edgeIdOf = (r: Pick<Relation, 'type' | 'directed' | 'source' | 'target'>): string =>
	`${r.type}:${r.directed ? `${r.source}>${r.target}` : `${r.source}~${r.target}`}`;

/** Edges merged by pair and type. Negated relations (« aucune information n’indique que la
 * Chine fournit des armes ») are not edges: they stay in `relations` as evidence. */
export function buildEdges(relations: readonly Relation[]): Edge[] {
	const edges = new Map<string, Edge>();
	for (const r of relations) {
		if (r.modality === 'negated') continue;
		const id = edgeIdOf(r);
		const edge = edges.get(id) ?? {
			id,
			type: r.type,
			source: r.source,
			target: r.target,
			directed: r.directed,
			count: 0,
			relations: [],
			modalities: {},
			evidence: []
		};
		edge.count += 1;
		edge.relations.push(r.id);
		edge.modalities[r.modality] = (edge.modalities[r.modality] ?? 0) + 1;
		edge.evidence.push(...r.evidence);
		if (r.date) {
			if (!edge.firstDate || r.date < edge.firstDate) edge.firstDate = r.date;
			if (!edge.lastDate || r.date > edge.lastDate) edge.lastDate = r.date;
		}
		edges.set(id, edge);
	}
	return [...edges.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
