// What the filter bar's search fields offer as the reader types: countries by any name (near
// matches on a miss), articles by title from the few the page holds, then from the server.
import { searchArticles, type ArticleOption } from './articleSearch';
import { matchEntries, nearMatches, type SearchEntry, type SearchMatch } from './nameMatch';

/**
 * The options a search field lists: `{ matches: [{ id: 'CHN', label: 'China', form: 'Pékin' }],
 * near: false }`; `near` when they are near matches of a query nothing matched ("Did you
 * mean …?").
 */
export interface Suggestions {
	matches: SearchMatch[];
	near: boolean;
}

/**
 * Countries for a query, those already chosen left out: every one for an empty query (in
 * the entries' order), else those it names, else those close to it.
 */
export function countrySuggestions(
	query: string,
	entries: readonly SearchEntry[],
	chosen: readonly string[] = []
): Suggestions {
	const open = entries.filter((e) => !chosen.includes(e.id));
	if (!query.trim())
		return { matches: open.map((e) => ({ id: e.id, label: e.label })), near: false };
	const matches = matchEntries(query, open);
	return matches.length
		? { matches, near: false }
		: { matches: nearMatches(query, open), near: true };
}

/** An article as an option: labelled by its date and title. */
export function articleMatch(article: ArticleOption): SearchMatch {
	return { id: article.id, label: `${article.date} — ${article.title}` };
}

/**
 * Articles for a query: first among those the page holds (the most recent), then, when the
 * server answers (`endpoint?q=`, JSON `{ articles }`), among all of them. A static copy of the
 * site has no such endpoint: its answer is the page's own list.
 */
export async function articleSuggestions(
	query: string,
	shipped: readonly ArticleOption[],
	endpoint: string,
	fetcher: typeof fetch = fetch
): Promise<Suggestions> {
	const local = searchArticles(shipped, query, shipped.length).map(articleMatch);
	try {
		const response = await fetcher(`${endpoint}?q=${encodeURIComponent(query)}`);
		if (!response.ok) return { matches: local, near: false };
		const body = (await response.json()) as { articles?: ArticleOption[] };
		return { matches: (body.articles ?? []).map(articleMatch), near: false };
	} catch {
		return { matches: local, near: false };
	}
}
