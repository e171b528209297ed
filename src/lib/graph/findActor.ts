// Finding an actor by what a user types: id, English or French name, or an alias, ignoring
// case and accents; among the visible nodes first.
import { nearMatches, searchEntry, type SearchMatch } from '../search/nameMatch';
import { foldText } from '../text/fold';

export interface Findable {
	id: string;
	name: string;
	names: { fr: string; en: string };
	aliases?: string[];
}

export function findActor<T extends Findable>(query: string, candidates: T[]): T | undefined {
	const wanted = foldText(query.trim());
	if (!wanted) return undefined;
	const forms = (c: T) =>
		[c.id, c.name, c.names.fr, c.names.en, ...(c.aliases ?? [])].map((f) => foldText(f));
	return (
		candidates.find((c) => forms(c).includes(wanted)) ??
		candidates.find((c) => forms(c).some((f) => f.startsWith(wanted)))
	);
}

/**
 * The actor a form used in the texts names (« Pékin », "the Kremlin", « le président
 * chinois »): the actor its mentions most often link that form to. For a query no name or
 * alias matches.
 */
export function findByMention(
	query: string,
	mentions: readonly { entity: string; text: string }[]
): string | undefined {
	const wanted = foldText(query.trim());
	if (!wanted) return undefined;
	const votes = new Map<string, number>();
	for (const m of mentions)
		if (foldText(m.text) === wanted) votes.set(m.entity, (votes.get(m.entity) ?? 0) + 1);
	return [...votes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}

/**
 * Actors close to a query that found none, labelled in `locale`, the closest first, at most
 * three: "Puttin" → `[{ id: 'vladimir-putin', label: 'Vladimir Putin' }]` ("Did you mean …?").
 */
export function nearActors(
	query: string,
	candidates: readonly Findable[],
	locale: 'en' | 'fr'
): SearchMatch[] {
	return nearMatches(
		query,
		candidates.map((c) => searchEntry(c, locale)),
		3
	);
}
