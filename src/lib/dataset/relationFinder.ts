// Which relations a view's filters start from, found by an index instead of a scan of the data
// set: the server attaches the embedded database's finder to the data set it serves; without
// one (no database, or filters it leaves alone), src/lib/counts.ts scans the relations itself.
import type { Filters } from '../graph/filters';
import type { Dataset } from './schema';

export interface FoundRelations {
	/**
	 * Positions in `dataset.relations`, ascending, of the relations that are not negated and pass
	 * the type, PLOVER, article and period filters with an end in (or of) a filtered country: an
	 * unknown actor's relations included (the network weighs their known end).
	 */
	asserted: number[];
	/** Positions, ascending, of the negated relations the same filters would otherwise keep. */
	negated: number[];
}

/** Answers for some filters (a country at depth 2 needs the whole network: undefined). */
export type RelationFinder = (filters: Filters) => FoundRelations | undefined;

/** One finder per data set (a weak map, so a replaced data set takes its finder with it). */
function finderRegistry<T>() {
	const finders = new WeakMap<Dataset, (filters: Filters) => T | undefined>();
	return {
		attach: (dataset: Dataset, finder: (filters: Filters) => T | undefined) =>
			void finders.set(dataset, finder),
		find: (dataset: Dataset, filters: Filters): T | undefined => finders.get(dataset)?.(filters)
	};
}

const relationFinders = finderRegistry<FoundRelations>();

/** Lets every view of `dataset` find its relations through `finder` (replacing any before). */
export const attachRelationFinder: (dataset: Dataset, finder: RelationFinder) => void =
	relationFinders.attach;

/** The relations `filters` start from, when a finder is attached to the data set and answers. */
export const findRelations: (dataset: Dataset, filters: Filters) => FoundRelations | undefined =
	relationFinders.find;

/**
 * The relations every view counts for some filters, without the network merged from them:
 * positions in `dataset.relations`, ascending, of the counted relations (not negated, both
 * actors in the data set, passing the filters) and of the negated ones the filters would
 * otherwise keep. Answers only filters that need no network to decide which relations count
 * (no minimum link count, no hidden actor types, no country at depth 2).
 */
export interface CountedRelations {
	counted: number[];
	negated: number[];
}

export type CountedFinder = (filters: Filters) => CountedRelations | undefined;

const countedFinders = finderRegistry<CountedRelations>();

/** Lets the charts and counts of `dataset` find their relations through `finder`. */
export const attachCountedFinder: (dataset: Dataset, finder: CountedFinder) => void =
	countedFinders.attach;

/** The counted relations of `filters`, when a finder is attached and answers. */
export const findCounted: (dataset: Dataset, filters: Filters) => CountedRelations | undefined =
	countedFinders.find;
