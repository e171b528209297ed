// Matching what a reader types to actors and countries: any name, alias, seat or code in
// either language, without accents or case; near matches ("Did you mean …?") on a miss.
import { distance } from 'fastest-levenshtein';
import { foldText } from '../text/fold';

/**
 * One thing a reader can pick: `{ id: 'CHN', label: 'China', forms: ['CHN', 'China',
 * 'Chine', 'Pékin', 'Beijing', …] }`. `label` is what is shown (in the page's language);
 * `forms` are every way of naming it, as written (folded when matched).
 */
export interface SearchEntry {
	id: string;
	label: string;
	forms: string[];
}

/**
 * An entry that matched: `{ id: 'CHN', label: 'China', form: 'Pékin' }`. `form` is the
 * form that matched when it is not the label (shown beside it, so a reader sees why).
 */
export interface SearchMatch {
	id: string;
	label: string;
	form?: string;
}

/** An actor as the data set holds it: `{ id, name, names: { fr, en }, aliases? }`. */
export interface NamedActor {
	id: string;
	name: string;
	names: { fr: string; en: string };
	aliases?: string[];
}

/** The entry of an actor, labelled in `locale`: id, both names and every alias. */
export function searchEntry(actor: NamedActor, locale: 'en' | 'fr'): SearchEntry {
	const label = actor.names[locale] || actor.name;
	const forms = [label, actor.id, actor.names.en, actor.names.fr, ...(actor.aliases ?? [])];
	return { id: actor.id, label, forms: [...new Set(forms.filter(Boolean))] };
}

/**
 * The key a form is compared by: folded (« Pékin » → "pekin"), hyphens and dots read as
 * spaces (« États-Unis » = "etats unis", "U.S." = "u s"), spaces collapsed.
 */
export function searchKey(text: string): string {
	return foldText(text)
		.replace(/[-.,;:()«»"]/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

// How well a form matches: equal, starts with the query, a word of it does, contains it.
const EQUAL = 0;
const PREFIX = 1;
const WORD_PREFIX = 2;
const INSIDE = 3;

function matchRank(form: string, query: string): number | undefined {
	if (form === query) return EQUAL;
	if (form.startsWith(query)) return PREFIX;
	if (form.includes(` ${query}`) || form.includes(`'${query}`)) return WORD_PREFIX;
	// One or two letters inside a word would match nearly everything.
	if (query.length >= 3 && form.includes(query)) return INSIDE;
	return undefined;
}

/**
 * The entries a query names, best first: a form equal to it, then starting with it, then
 * with a word starting with it, then containing it (three letters or more); ties by label.
 * At most `limit`. An empty query matches nothing.
 */
export function matchEntries(
	query: string,
	entries: readonly SearchEntry[],
	limit = 50
): SearchMatch[] {
	const wanted = searchKey(query);
	if (!wanted) return [];
	const found: { match: SearchMatch; rank: number }[] = [];
	for (const entry of entries) {
		let best: { rank: number; form: string } | undefined;
		for (const form of entry.forms) {
			const rank = matchRank(searchKey(form), wanted);
			if (rank !== undefined && (!best || rank < best.rank)) best = { rank, form };
			if (best?.rank === EQUAL) break;
		}
		if (best) found.push({ match: withForm(entry, best.form), rank: best.rank });
	}
	return found
		.sort((a, b) => a.rank - b.rank || a.match.label.localeCompare(b.match.label))
		.slice(0, limit)
		.map((f) => f.match);
}

/** How many edits a near match may be from the query: none under 3 letters, 1 up to 4,
 * 2 up to 8, then 3 ("Puttin" → Putin, "Chnia" → China, "Hungry" → Hungary). */
export function editsAllowed(length: number): number {
	if (length < 3) return 0;
	if (length <= 4) return 1;
	if (length <= 8) return 2;
	return 3;
}

/**
 * Entries close to a query that matched nothing, the closest first (then by label): a form,
 * or one word of it, within {@link editsAllowed} edits (Levenshtein distance, by
 * fastest-levenshtein) of the folded query. At most `limit`.
 */
export function nearMatches(
	query: string,
	entries: readonly SearchEntry[],
	limit = 3
): SearchMatch[] {
	const wanted = searchKey(query);
	const allowed = editsAllowed(wanted.length);
	if (!allowed) return [];
	const found: { match: SearchMatch; edits: number }[] = [];
	for (const entry of entries) {
		let best: { edits: number; form: string } | undefined;
		for (const form of entry.forms) {
			const key = searchKey(form);
			const words = key.includes(' ')
				? [key, ...key.split(' ').filter((w) => w.length >= 3)]
				: [key];
			for (const word of words) {
				// Lengths too far apart cannot be within the allowance: skip the computation.
				if (Math.abs(word.length - wanted.length) > allowed) continue;
				const edits = distance(word, wanted);
				if (edits <= allowed && (!best || edits < best.edits)) best = { edits, form };
			}
		}
		if (best) found.push({ match: withForm(entry, best.form), edits: best.edits });
	}
	return found
		.sort((a, b) => a.edits - b.edits || a.match.label.localeCompare(b.match.label))
		.slice(0, limit)
		.map((f) => f.match);
}

function withForm(entry: SearchEntry, form: string): SearchMatch {
	return searchKey(form) === searchKey(entry.label)
		? { id: entry.id, label: entry.label }
		: { id: entry.id, label: entry.label, form };
}
