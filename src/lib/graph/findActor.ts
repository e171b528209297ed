// Finding an actor by what a user types: id, English or French name, or an alias, ignoring
// case and accents; among the visible nodes first.
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
