// The active filters in words, each with the query string that removes it: what a page says
// above its figures ("Hungary · meetings, visits · from 1 January 2023 · 1 article").
import { readableDate } from '../i18n/chartText';
import type { Locale } from '../i18n/locale';
import { RELATION_LABELS } from '../i18n/relationLabels';
import type { EntityType, UnknownValue } from '../types';
import { filtersQuery, type FilterKey, type Filters } from './filters';

export interface FilterChip {
	/** Which filter it is (a list filter gives one chip per value). */
	key: FilterKey;
	/** The value in words. */
	text: string;
	/** The query string of the same view without it ('' when nothing is left). */
	without: string;
}

const WORDS = {
	en: {
		depth2: 'links of links',
		from: (d: string) => `from ${d}`,
		to: (d: string) => `to ${d}`,
		min: (n: number) => `links of ${n} or more relations`,
		// Figures have no confidence: a caption under this filter must not suggest they were sifted.
		minConfidence: (c: number) => `relations of confidence ${c} or more (figures are not scored)`,
		article: (title: string) => `article “${title}”`,
		plover: (code: string) => `PLOVER ${code}`,
		nodes: {
			country: 'countries',
			person: 'people',
			organization: 'organisations',
			project: 'projects',
			group: 'groups'
		} as Record<EntityType, string>,
		remove: (what: string) => `Remove the filter: ${what}`
	},
	fr: {
		depth2: 'liens des liens',
		from: (d: string) => `à partir du ${d}`,
		to: (d: string) => `jusqu’au ${d}`,
		min: (n: number) => `liens d’au moins ${n} relations`,
		minConfidence: (c: number) =>
			`relations de confiance ${String(c).replace('.', ',')} ou plus (les chiffres n’en ont pas)`,
		article: (title: string) => `article « ${title} »`,
		plover: (code: string) => `PLOVER ${code}`,
		nodes: {
			country: 'pays',
			person: 'personnes',
			organization: 'organisations',
			project: 'projets',
			group: 'groupes'
		} as Record<EntityType, string>,
		remove: (what: string) => `Retirer le filtre : ${what}`
	}
} satisfies Record<Locale, unknown>;

/** A value in words: its label, or as the URL gave it when the vocabulary does not hold it (it
 * selects nothing, as a country the corpus does not hold: src/lib/graph/filters.ts). */
const labelOf = <T extends string>(labels: Record<T, string>, value: T | UnknownValue): string =>
	(labels as Record<string, string | undefined>)[value] ?? value;

export const removeLabel = (locale: Locale, what: string) => WORDS[locale].remove(what);

/**
 * One chip per active filter value, in the filter bar's order. `name` gives an actor's name
 * and `title` an article's title in the page's language; `extra` keeps the view's own
 * parameters (lang, top) in the removal links.
 */
export function filterChips(
	filters: Filters,
	locale: Locale,
	name: (id: string) => string,
	title: (id: string) => string,
	extra: Record<string, string> = {}
): FilterChip[] {
	const w = WORDS[locale];
	const chips: FilterChip[] = [];
	const without = (f: Filters) => filtersQuery(f, extra);
	for (const c of filters.countries)
		chips.push({
			key: 'country',
			text: name(c),
			without: without({ ...filters, countries: filters.countries.filter((x) => x !== c) })
		});
	if (filters.depth === 2)
		chips.push({ key: 'depth', text: w.depth2, without: without({ ...filters, depth: 1 }) });
	for (const t of filters.types)
		chips.push({
			key: 'types',
			text: labelOf(RELATION_LABELS[locale], t),
			without: without({ ...filters, types: filters.types.filter((x) => x !== t) })
		});
	for (const p of filters.plover)
		chips.push({
			key: 'plover',
			text: w.plover(p),
			without: without({ ...filters, plover: filters.plover.filter((x) => x !== p) })
		});
	for (const n of filters.nodes)
		chips.push({
			key: 'nodes',
			text: labelOf(w.nodes, n),
			without: without({ ...filters, nodes: filters.nodes.filter((x) => x !== n) })
		});
	if (filters.article) {
		const { article: _article, ...rest } = filters;
		chips.push({ key: 'article', text: w.article(title(filters.article)), without: without(rest) });
	}
	if (filters.from) {
		const { from: _from, ...rest } = filters;
		chips.push({
			key: 'from',
			text: w.from(readableDate(filters.from, locale)),
			without: without(rest)
		});
	}
	if (filters.to) {
		const { to: _to, ...rest } = filters;
		chips.push({ key: 'to', text: w.to(readableDate(filters.to, locale)), without: without(rest) });
	}
	if (filters.min > 1)
		chips.push({ key: 'min', text: w.min(filters.min), without: without({ ...filters, min: 1 }) });
	if (filters.minConfidence) {
		const { minConfidence: _minConfidence, ...rest } = filters;
		chips.push({
			key: 'minConfidence',
			text: w.minConfidence(filters.minConfidence),
			without: without(rest)
		});
	}
	return chips;
}
