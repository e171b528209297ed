// What the embedded network's title and legend say, from the links it draws: the pair of
// actors joined by the most relations (the finding its title states) and the relation and
// actor types the picture shows, in the legend's order (quad class, then the types' own).
import { relationGroups } from '../events/coding';
import type { Locale } from '../i18n/locale';
import { uiText } from '../i18n/ui';
import { ENTITY_TYPES, type EntityType, type RelationType } from '../types';
import { pairLinks, type TypedEdge } from './pairLinks';

export interface StrongestPair {
	source: string;
	target: string;
	/** Relations (events) between the two, every type. */
	count: number;
	/** Relations behind every link drawn. */
	total: number;
}

/**
 * The pair joined by the most relations, when it stands out: at least two relations, more
 * than any other pair (a tie names no pair rather than pick one by its spelling).
 */
export function strongestPair(edges: readonly TypedEdge[]): StrongestPair | undefined {
	const links = pairLinks(edges);
	const total = links.reduce((sum, l) => sum + l.count, 0);
	const [best, next] = [...links].sort((a, b) => b.count - a.count);
	if (!best || !next || best.count < 2 || next.count === best.count) return undefined;
	return { source: best.source, target: best.target, count: best.count, total };
}

/** The relation types drawn, in the legend's order, and the actor types drawn. */
export function networkKey(
	nodes: readonly { type: EntityType }[],
	edges: readonly Pick<TypedEdge, 'type'>[]
): { relations: RelationType[]; actors: EntityType[] } {
	const drawn = new Set(edges.map((e) => e.type));
	const actors = new Set(nodes.map((n) => n.type));
	return {
		relations: relationGroups().flatMap((g) => g.types.filter((t) => drawn.has(t))),
		actors: ENTITY_TYPES.filter((t) => actors.has(t))
	};
}

/**
 * The embedded network's title and the line under it: the finding when one pair stands out
 * ("Vladimir Putin and Xi Jinping: 10 of the 45 relations in this network"), then what the
 * picture holds (its actors and the links it draws, one per pair); the counts alone else.
 */
export function networkEmbedTitle(
	nodes: readonly { id: string; name: string }[],
	edges: readonly TypedEdge[],
	locale: Locale
): { title: string; subtitle?: string } {
	const words = uiText(locale).network;
	const heading = words.embedHeading(nodes.length, pairLinks(edges).length);
	const pair = strongestPair(edges);
	const name = (id: string) => nodes.find((n) => n.id === id)?.name;
	const [a, b] = pair ? [name(pair.source), name(pair.target)] : [];
	if (!pair || !a || !b) return { title: heading };
	return { title: words.embedFinding(a, b, pair.count, pair.total), subtitle: heading };
}
