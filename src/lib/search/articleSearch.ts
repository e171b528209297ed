// Finding an article by what a reader types of its title (or its id), so the filter bar
// never lists every article: the best few matches, the most recent first among equals.
import { searchKey } from './nameMatch';

/** An article as the filter bar offers it: `{ id: '004_3a04…', title: '…', date: '2024-05-16' }`. */
export interface ArticleOption {
	id: string;
	title: string;
	date: string;
}

// Titles folded once per list of articles (the data set's is kept until it is rebuilt).
const keysOf = new WeakMap<readonly ArticleOption[], string[]>();

function titleKeys(articles: readonly ArticleOption[]): string[] {
	let keys = keysOf.get(articles);
	if (!keys) {
		keys = articles.map((a) => searchKey(a.title));
		keysOf.set(articles, keys);
	}
	return keys;
}

/**
 * At most `limit` articles for a query, best first: the id itself, then a title starting with
 * the query, a word of the title starting with it, the title containing it; ties the most
 * recent first, then by id. An empty query gives the most recent articles.
 */
export function searchArticles(
	articles: readonly ArticleOption[],
	query: string,
	limit: number
): ArticleOption[] {
	const wanted = searchKey(query);
	const keys = titleKeys(articles);
	const ranked: { article: ArticleOption; rank: number }[] = [];
	articles.forEach((article, i) => {
		const title = keys[i] as string;
		const rank = !wanted
			? 0
			: article.id.toLowerCase() === query.trim().toLowerCase()
				? 0
				: title.startsWith(wanted)
					? 1
					: title.includes(` ${wanted}`) || title.includes(`'${wanted}`)
						? 2
						: title.includes(wanted)
							? 3
							: undefined;
		if (rank !== undefined) ranked.push({ article, rank });
	});
	return ranked
		.sort(
			(a, b) =>
				a.rank - b.rank ||
				b.article.date.localeCompare(a.article.date) ||
				a.article.id.localeCompare(b.article.id)
		)
		.slice(0, limit)
		.map(({ article }) => ({ id: article.id, title: article.title, date: article.date }));
}
