// Every number Entente shows, defined once: which relations, actors, sentences, figures and
// articles a selection holds, and how an actor's or a pair's relations are counted. Every view,
// table, title, tooltip, download and embed counts through this module.
//
// - A relation (an event) is one `Relation` of the data set: one type between two actors, on
//   one date, with one modality, however many sentences tell it. It counts when it passes the
//   filters (src/lib/graph/buildGraph: type, PLOVER type, article, period, countries and depth,
//   actor types, and `min` on the link it belongs to). A negated one (« aucune information
//   n'indique que… ») never counts: it is reported as left out. A hedged one (planned, proposed,
//   hypothetical, reported) counts, and is also reported as hedged.
// - An actor counts when it is an end of a counted relation, or is a country the filter asks for
//   (the network draws exactly these).
// - A sentence is the sentence of an article holding an evidence record's start
//   (src/lib/sentenceIndex.ts): a record quoting a clause of it is not another sentence; two
//   relations told by one sentence share it. An evidence record is a relation's link to a
//   sentence (or to words of it).
// - A figure counts when its article and year pass the filters, it measures one of the chosen
//   relation or PLOVER types if any are chosen (src/lib/figureTypes.ts: meeting totals under
//   meetings, trade figures under supply and dependence, no other), and, under a country
//   filter, its subject or partner is, or belongs to, one of the countries.
// - An article counts when it holds the evidence of a counted relation or figure. Unless a
//   filter narrows which actors or relations count, every article that passes the article filter
//   and was published in the period counts too, one where nothing was found included: it was read.
// - A mention is a name, seat, adjective, role or resolved reference (« le maître du Kremlin »)
//   the extraction links to an actor; a resolved reference counts for the actor it names. An
//   actor's mentions are counted in the selection's articles (the actors table, a profile, the
//   network's panel).
import { datasetIndex } from './dataset/datasetIndex';
import { memo, memoed } from './dataset/memo';
import { findCounted, findRelations } from './dataset/relationFinder';
import type { Dataset } from './dataset/schema';
import { figureOfTypes } from './figureTypes';
import { buildGraphWithRelations, relationPasses, type Graph } from './graph/buildGraph';
import type { Filters } from './graph/filters';
import {
	relationSentenceCount,
	sentenceId,
	sentenceKeyer,
	type SentenceKey
} from './sentenceIndex';
import type { Evidence, Indicator, Relation } from './types';

export interface Selection {
	/** The counted relations, in the data set's order. */
	relations: Relation[];
	/** The filtered network the relations make. */
	graph: Graph;
	/** Actor ids the selection holds (the network's actors). */
	actors: ReadonlySet<string>;
	indicators: Indicator[];
	/** Articles holding evidence of a counted relation or figure. */
	articles: ReadonlySet<string>;
	/** Negated relations the filters would otherwise keep: left out, and said so. */
	negated: Relation[];
}

export interface Counts {
	actors: number;
	/** Relations (events). */
	relations: number;
	/** Of those, the planned, proposed, hypothetical and reported ones. */
	hedged: number;
	/** Negated relations left out. */
	negated: number;
	/** Distinct sentences behind the counted relations. */
	sentences: number;
	/** Evidence records behind the counted relations (a relation's link to a sentence). */
	evidence: number;
	figures: number;
	articles: number;
}

export { sentenceId };

/** Each article's records, each sentence once (the widest record of it, the last of equals),
 * articles in first-seen order. */
function sentencesByArticle(
	dataset: Dataset,
	evidence: readonly Evidence[]
): Map<string, Map<SentenceKey, Evidence>> {
	const keyOf = sentenceKeyer(dataset);
	const byArticle = new Map<string, Map<SentenceKey, Evidence>>();
	for (const e of evidence) {
		let sentences = byArticle.get(e.article);
		if (!sentences) byArticle.set(e.article, (sentences = new Map()));
		const key = keyOf(e);
		const kept = sentences.get(key);
		if (!kept || e.end - e.start >= kept.end - kept.start) sentences.set(key, e);
	}
	return byArticle;
}

const IN_TEXT_ORDER = (a: Evidence, b: Evidence) =>
	a.article.localeCompare(b.article) || a.start - b.start || a.end - b.end;

/** Evidence records once per sentence (src/lib/sentenceIndex.ts: the sentence holding a
 * record's start; the widest record of each, the last of equals), in article and text order. */
export function uniqueEvidence(dataset: Dataset, evidence: readonly Evidence[]): Evidence[] {
	const byArticle = sentencesByArticle(dataset, evidence);
	// Articles sorted once, not compared for every pair of records (290,000 at 10,000 articles).
	const articles = [...byArticle.keys()].sort((a, b) => a.localeCompare(b));
	if (articles.some((a, i) => i > 0 && a.localeCompare(articles[i - 1] as string) === 0))
		// Two ids the collation holds equal: their records interleave by position.
		return [...byArticle.values()].flatMap((spans) => [...spans.values()]).sort(IN_TEXT_ORDER);
	return articles.flatMap((article) =>
		[...(byArticle.get(article) as Map<SentenceKey, Evidence>).values()].sort(
			(a, b) => a.start - b.start || a.end - b.end
		)
	);
}

/** How many distinct sentences (src/lib/sentenceIndex.ts) a list of evidence records holds. */
export function sentenceCount(dataset: Dataset, evidence: readonly Evidence[]): number {
	if (evidence.length < 2) return evidence.length;
	let count = 0;
	for (const sentences of sentencesByArticle(dataset, evidence).values()) count += sentences.size;
	return count;
}

export const isHedged = (r: Relation): boolean =>
	r.modality === 'planned' ||
	r.modality === 'proposed' ||
	r.modality === 'hypothetical' ||
	r.modality === 'reported';

/** The country an actor stands for: itself, or the country of a person or organisation. */
export function countryOf(dataset: Dataset, id: string): string | undefined {
	const e = datasetIndex(dataset).entity(id);
	return e?.type === 'country' ? e.id : e?.country;
}

/** Whether an actor is, or belongs to, one of the filtered countries (all when none). */
function inCountries(dataset: Dataset, filters: Filters, id: string): boolean {
	return !filters.countries.length || filters.countries.includes(countryOf(dataset, id) ?? id);
}

/** Whether the filters keep a figure (article, period, relation and PLOVER types, countries): every view that lists figures (the headline, the
 * charts, a profile) asks this. */
export function indicatorCounts(dataset: Dataset, filters: Filters): (i: Indicator) => boolean {
	const articleDates = datasetIndex(dataset).articleDates;
	return (i) => {
		if (filters.article && !i.evidence.some((e) => e.article === filters.article)) return false;
		const year = i.year ?? Number(articleDates.get(i.evidence[0]?.article ?? '')?.slice(0, 4));
		if (filters.from && year < Number(filters.from.slice(0, 4))) return false;
		if (filters.to && year > Number(filters.to.slice(0, 4))) return false;
		if (!figureOfTypes(i, filters.types, filters.plover)) return false;
		const actors = [i.subject, i.partner].filter((a): a is string => !!a);
		return !filters.countries.length || actors.some((a) => inCountries(dataset, filters, a));
	};
}

/** Whether a figure is an actor's: its subject or partner is the actor or, for a country, one
 * of its people and organisations, as a country filter keeps figures (a profile lists the same
 * figures as the views filtered by that country). */
export function figureOf(dataset: Dataset, id: string): (i: Indicator) => boolean {
	const isCountry = datasetIndex(dataset).entity(id)?.type === 'country';
	const concerns = (a: string | undefined) =>
		!!a && (a === id || (isCountry && countryOf(dataset, a) === id));
	return (i) => concerns(i.subject) || concerns(i.partner);
}

const countedIndicators = (dataset: Dataset, filters: Filters): Indicator[] =>
	dataset.indicators.filter(indicatorCounts(dataset, filters));

/** Whether the filters narrow which actors and relations count (countries, relation or PLOVER
 * types, actor types, a minimum count), not only which articles and period: then only the
 * selection's actors are shown anywhere, the mentions chart's included, and only the articles
 * holding its evidence count. */
export function narrowsActors(filters: Filters): boolean {
	return (
		filters.countries.length > 0 ||
		filters.types.length > 0 ||
		filters.plover.length > 0 ||
		!!filters.minConfidence ||
		filters.nodes.length > 0 ||
		filters.min > 1
	);
}

/** Whether the filters narrow the corpus at all: then a count is the selection's, and its
 * label says "in this selection", not "in the corpus". */
export function narrowsAnything(filters: Filters): boolean {
	return narrowsActors(filters) || !!filters.article || !!filters.from || !!filters.to;
}

/** Articles a selection holds: those of its relations' and figures' evidence and, unless a
 * filter narrows which actors or relations count, every article the article and period filters
 * keep (it was read). */
function selectedArticles(
	dataset: Dataset,
	filters: Filters,
	relations: readonly Relation[],
	indicators: readonly Indicator[]
): Set<string> {
	const articles = new Set<string>();
	for (const x of relations) for (const e of x.evidence) articles.add(e.article);
	for (const x of indicators) for (const e of x.evidence) articles.add(e.article);
	if (!narrowsActors(filters))
		for (const a of dataset.articles)
			if (
				(!filters.article || a.id === filters.article) &&
				(!filters.from || a.date >= filters.from) &&
				(!filters.to || a.date <= filters.to)
			)
				articles.add(a.id);
	return articles;
}

/** What the filters leave, computed once per data set and filters. */
export function selectionOf(dataset: Dataset, filters: Filters): Selection {
	return memo(dataset, 'countedSelection', filters, () => {
		// Found by the store's indexes when one is attached and answers these filters.
		const found = findRelations(dataset, filters);
		const at = (i: number) => dataset.relations[i] as Relation;
		const asserted = found?.asserted.map(at);
		const { graph, relations } = buildGraphWithRelations(dataset, filters, asserted);
		const actors = new Set(graph.nodes.map((n) => n.id));
		const indicators = countedIndicators(dataset, filters);
		const articles = selectedArticles(dataset, filters, relations, indicators);
		const articleDates = datasetIndex(dataset).articleDates;
		const typeShown = (id: string) =>
			!filters.nodes.length ||
			filters.nodes.includes(datasetIndex(dataset).entity(id)?.type ?? 'country');
		const negated = found
			? found.negated.map(at).filter((r) => typeShown(r.source) && typeShown(r.target))
			: dataset.relations.filter(
					(r) =>
						r.modality === 'negated' &&
						relationPasses({ ...r, modality: 'asserted' }, filters, articleDates) &&
						(inCountries(dataset, filters, r.source) || inCountries(dataset, filters, r.target)) &&
						typeShown(r.source) &&
						typeShown(r.target)
				);
		return { relations, graph, actors, indicators, articles, negated };
	});
}

/** A selection without its network: what the charts, tables and counts read. */
export type CountedSelection = Omit<Selection, 'graph'>;

/**
 * The selection's relations, actors, figures, articles and negated relations, the same as
 * {@link selectionOf}'s, found without merging the network when a finder of counted relations
 * is attached and answers the filters (src/lib/dataset/relationFinder.ts): under a broad filter
 * the network's links (185,000 of them for 210,000 relations at 10,000 articles) cost seconds
 * that a chart or a count does not need.
 */
export function countedSelection(dataset: Dataset, filters: Filters): CountedSelection {
	return memo(dataset, 'countedOnly', filters, (): CountedSelection => {
		// The selection with its network, when a view merged it already (the dashboard's and the
		// network page's network), or when no finder answers.
		const merged = memoed<Selection>(dataset, 'countedSelection', filters);
		const found = merged ? undefined : findCounted(dataset, filters);
		if (!found) {
			const { graph: _graph, ...selection } = merged ?? selectionOf(dataset, filters);
			return selection;
		}
		const at = (i: number) => dataset.relations[i] as Relation;
		const relations = found.counted.map(at);
		// The network's actors: the ends of its links (both in the data set), and the countries
		// asked for; in id order, as its nodes are.
		const ids = new Set<string>();
		for (const r of relations) ids.add(r.source).add(r.target);
		const index = datasetIndex(dataset);
		for (const id of filters.countries) if (index.entity(id)) ids.add(id);
		const actors = new Set([...ids].sort((a, b) => (a < b ? -1 : 1)));
		const indicators = countedIndicators(dataset, filters);
		return {
			relations,
			actors,
			indicators,
			articles: selectedArticles(dataset, filters, relations, indicators),
			negated: found.negated.map(at)
		};
	});
}

/** An actor's mentions in the selection's articles, as the actors table counts them: the
 * corpus's count when the filters narrow nothing. 0 for an unknown id. */
export function mentionCountOf(dataset: Dataset, id: string, filters: Filters): number {
	const index = datasetIndex(dataset);
	const entity = index.entity(id);
	if (!entity) return 0;
	if (!narrowsAnything(filters)) return entity.mentionCount;
	const articles = countedSelection(dataset, filters).articles;
	let count = 0;
	for (const article of entity.articles)
		if (articles.has(article))
			for (const m of index.mentionsIn(article)) if (m.entity === id) count++;
	return count;
}

/** The selection's numbers: what every headline, lede and summary says. */
export function countsOf(dataset: Dataset, filters: Filters): Counts {
	return memo(dataset, 'counts', filters, () => {
		const sel = countedSelection(dataset, filters);
		let evidence = 0;
		for (const r of sel.relations) evidence += r.evidence.length;
		return {
			actors: sel.actors.size,
			relations: sel.relations.length,
			hedged: sel.relations.filter(isHedged).length,
			negated: sel.negated.length,
			// Numbered once per data set (src/lib/sentenceIndex.ts); counted from the records for
			// relations that are not the data set's own.
			sentences:
				relationSentenceCount(dataset, sel.relations) ??
				sentenceCount(
					dataset,
					sel.relations.flatMap((r) => r.evidence)
				),
			evidence,
			figures: sel.indicators.length,
			articles: sel.articles.size
		};
	});
}

/** Relations per actor: each counted relation once for each of its two actors (an actor's own
 * relations; a country's people are counted apart). */
export function relationsPerActor(relations: readonly Relation[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const r of relations)
		for (const id of new Set([r.source, r.target])) counts.set(id, (counts.get(id) ?? 0) + 1);
	return counts;
}

/** A country's relations with each partner, its people and organisations counted for it and a
 * partner's people for their country: each relation once per partner it reaches. */
export function partnerCounts(
	dataset: Dataset,
	relations: readonly Relation[],
	country: string
): { id: string; count: number }[] {
	const partners = new Map<string, number>();
	for (const r of relations) {
		const sides = [r.source, r.target].map((end) => countryOf(dataset, end) ?? end);
		if (!sides.includes(country)) continue;
		for (const partner of new Set(sides))
			if (partner !== country) partners.set(partner, (partners.get(partner) ?? 0) + 1);
	}
	return [...partners]
		.map(([id, count]) => ({ id, count }))
		.sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1));
}

/** How a pair's relations split: by one side towards the other, and mutual (undirected, such as
 * a meeting). A matrix cell `a → b` holds `fromA + mutual`. */
export interface PairSplit {
	total: number;
	/** Directed from the first of the pair (in the order given) to the second. */
	fromA: number;
	fromB: number;
	mutual: number;
}

export function pairSplit(
	relations: readonly { source: string; target: string; directed: boolean }[],
	a: string,
	b: string,
	side: (id: string) => string
): PairSplit {
	const split: PairSplit = { total: 0, fromA: 0, fromB: 0, mutual: 0 };
	for (const r of relations) {
		const [from, to] = [side(r.source), side(r.target)];
		if (!((from === a && to === b) || (from === b && to === a))) continue;
		split.total++;
		if (!r.directed) split.mutual++;
		else if (from === a) split.fromA++;
		else split.fromB++;
	}
	return split;
}
