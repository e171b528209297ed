// Filters shared by every view, kept in the URL: ?country=CHN,RUS&depth=1|2&types=meeting,…
// &plover=CONSULT,…&nodes=country,person&article=<id>&from=YYYY-MM-DD&to=YYYY-MM-DD&min=<count>
// &minConfidence=<0–1>. A bad value gives a specific message naming its parameter and is left
// out (the view stays unfiltered on that point), except where a list filter (country, types,
// plover, nodes) or the article asks only for values the corpus or the vocabulary does not hold:
// those are kept and select nothing, never the whole corpus as if it were that selection (#14).
// A single-valued parameter given more than once is refused (none of its values applies) rather
// than read once. A period that ends before it starts applies neither date. A value is never
// echoed as markup.
import { EARLIEST_DATE, LATEST_DATE, isDateInRange } from '../dataset/articleRules';
import { isRealDate } from '../dataset/dates';
import {
	ENTITY_TYPES,
	PLOVER_TYPES,
	RELATION_TYPES,
	type EntityType,
	type PloverType,
	type RelationType,
	type UnknownValue
} from '../types';

export const FILTER_KEYS = [
	'country',
	'depth',
	'types',
	'plover',
	'nodes',
	'article',
	'from',
	'to',
	'min',
	'minConfidence'
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export interface Filters {
	countries: string[];
	depth: 1 | 2;
	/** Relation types to show (all when empty); an unknown one selects nothing. */
	types: (RelationType | UnknownValue)[];
	/** PLOVER event types to show (all when empty): relations coded otherwise are left out. */
	plover: (PloverType | UnknownValue)[];
	/** Actor types to show (all when empty). */
	nodes: (EntityType | UnknownValue)[];
	article?: string;
	from?: string;
	to?: string;
	min: number;
	/**
	 * Relations less sure than this (Relation.confidence, 0–1) are left out everywhere; absent
	 * or 0: every relation (the default: see DEFAULT_MIN_CONFIDENCE). A relation without a
	 * confidence (a curator's, older data) counts as sure.
	 */
	minConfidence?: number;
}

/**
 * The default threshold: 0, every relation shown. The calibration (npm run eval) puts the
 * rules' correct relations of the founding corpus as low as confidence 0.28, so any higher
 * default would hide right relations there; a reader chooses a threshold.
 */
export const DEFAULT_MIN_CONFIDENCE = 0;

export interface FilterProblem {
	/** The parameter at fault (`lang`: the page's language, carried with the filters). */
	key: FilterKey | 'lang';
	message: string;
}

export const NO_FILTERS: Filters = {
	countries: [],
	depth: 1,
	types: [],
	plover: [],
	nodes: [],
	min: 1
};

export interface FilterContext {
	countries: ReadonlySet<string>;
	articles: ReadonlySet<string>;
}

const MAX_SHOWN = 40;
/** A value quoted for a message: cut short, and only ever rendered as text. */
const shown = (value: string) =>
	JSON.stringify(value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value);

/** What a page says when a filter asks only for things the corpus does not hold. */
const NOTHING_SELECTED = 'Nothing in the corpus matches this filter, so nothing is selected.';
const nothingSelected = (key: FilterKey) =>
	`Nothing in the corpus matches “${key}”, so nothing is selected.`;

/** A refused value kept in the filters (it selects nothing), cut to a bounded length. */
const unknownValue = (raw: string) => raw.slice(0, MAX_SHOWN).trim() as UnknownValue;

/** Comma lists, repeated or both: ?country=CHN,RUS and ?country=CHN&country=RUS (a form's multi-select). */
function list(values: string[]): string[] {
	return values
		.join(',')
		.split(',')
		.map((v) => v.trim())
		.filter(Boolean);
}

const oneOf =
	<T extends string>(allowed: readonly T[]) =>
	(raw: string): T | undefined =>
		(allowed as readonly string[]).includes(raw) ? (raw as T) : undefined;

/**
 * The accepted values of a list parameter, in order and once each; each other value is a
 * problem. When none is accepted but some were asked for, the ones asked for are kept (cut
 * short, `normal` spelling) and select nothing, as the problem says: never the whole corpus
 * shown as if it were their selection (#14), and their chip removes them.
 */
function knownValues<T extends string>(
	params: URLSearchParams,
	key: FilterKey,
	accept: (raw: string) => T | undefined,
	explain: (raw: string) => string,
	problems: FilterProblem[],
	normal: (raw: string) => string = (raw) => raw
): (T | UnknownValue)[] {
	const asked = list(params.getAll(key));
	const values: T[] = [];
	for (const raw of asked) {
		const value = accept(raw);
		if (value === undefined) problems.push({ key, message: explain(raw) });
		else if (!values.includes(value)) values.push(value);
	}
	if (values.length || !asked.length) return values;
	problems.push({ key, message: nothingSelected(key) });
	return [...new Set(asked.map((raw) => unknownValue(normal(raw))))];
}

/** The keys that take one value; the others are lists. */
const SINGLE_KEYS = ['depth', 'article', 'from', 'to', 'min', 'minConfidence'] as const;

/**
 * A single-valued parameter's value: null when absent or empty, and when given more than once
 * with values (?minConfidence=0.5&minConfidence=0.9): that is a problem, and neither applies,
 * rather than the first read as if it were the only one (#14).
 */
export function singleValue(
	params: URLSearchParams,
	key: FilterProblem['key'],
	problems: FilterProblem[]
): string | null {
	const values = params.getAll(key).filter((v) => v.trim() !== '');
	if (values.length <= 1) return values[0] ?? null;
	problems.push({
		key,
		message: `“${key}” is given ${values.length} times (${values.map(shown).join(', ')}): give it once. None of them is applied.`
	});
	return null;
}

export function parseFilters(
	params: URLSearchParams,
	known: FilterContext
): { filters: Filters; problems: FilterProblem[] } {
	const problems: FilterProblem[] = [];
	const filters: Filters = { ...NO_FILTERS, countries: [], types: [], plover: [], nodes: [] };

	filters.countries = knownValues(
		params,
		'country',
		(raw) => (known.countries.has(raw.toUpperCase()) ? raw.toUpperCase() : undefined),
		(raw) =>
			`Unknown country code ${shown(raw)} in “country”: use ISO 3166-1 alpha-3 codes of countries in the corpus, such as CHN or RUS.`,
		problems,
		(raw) => raw.toUpperCase()
	);

	const single = Object.fromEntries(
		SINGLE_KEYS.map((key) => [key, singleValue(params, key, problems)])
	) as Record<(typeof SINGLE_KEYS)[number], string | null>;

	const depth = single.depth;
	if (depth !== null) {
		if (depth === '1' || depth === '2') filters.depth = Number(depth) as 1 | 2;
		else problems.push({ key: 'depth', message: `Depth must be 1 or 2, not ${shown(depth)}.` });
	}

	filters.types = knownValues(
		params,
		'types',
		oneOf(RELATION_TYPES),
		(raw) =>
			`Unknown relation type ${shown(raw)} in “types”: use a type the legend lists, such as meeting, visit, talks or sanctions (${RELATION_TYPES.length} types, listed in the README).`,
		problems
	);
	filters.plover = knownValues(
		params,
		'plover',
		(raw) => oneOf(PLOVER_TYPES)(raw.toUpperCase()),
		(raw) => `Unknown PLOVER event type ${shown(raw)} in “plover”: use ${PLOVER_TYPES.join(', ')}.`,
		problems,
		(raw) => raw.toUpperCase()
	);
	filters.nodes = knownValues(
		params,
		'nodes',
		oneOf(ENTITY_TYPES),
		(raw) => `Unknown actor type ${shown(raw)} in “nodes”: use ${ENTITY_TYPES.join(', ')}.`,
		problems
	);

	const article = single.article;
	if (article !== null && article !== '') {
		// An unknown article is kept, like an unknown country: it selects nothing.
		filters.article = known.articles.has(article) ? article : unknownValue(article);
		if (!known.articles.has(article))
			problems.push({
				key: 'article',
				message: `No article with id ${shown(article)} in the corpus: ${NOTHING_SELECTED.toLowerCase()}`
			});
	}

	for (const key of ['from', 'to'] as const) {
		const value = single[key];
		if (value === null) continue;
		if (isRealDate(value) && isDateInRange(value)) filters[key] = value;
		else
			problems.push({
				key,
				message: `“${key}” must be a date YYYY-MM-DD between ${EARLIEST_DATE} and ${LATEST_DATE}, not ${shown(value)}.`
			});
	}
	if (filters.from && filters.to && filters.from > filters.to) {
		problems.push({
			key: 'to',
			message: `The period ends (${filters.to}) before it starts (${filters.from}): neither date is applied.`
		});
		delete filters.from;
		delete filters.to;
	}

	const min = single.min;
	if (min !== null) {
		const n = Number(min);
		if (Number.isInteger(n) && n >= 1 && n <= 1000) filters.min = n;
		else
			problems.push({
				key: 'min',
				message: `The minimum count must be a whole number from 1 to 1000, not ${shown(min)}.`
			});
	}
	const minConfidence = single.minConfidence?.trim();
	if (minConfidence) {
		// A decimal from 0 to 1 ("0.6", ".6", "1"): not "60 %", "Infinity" nor "1e-1".
		if (/^(?:0?\.\d+|0|1(?:\.0*)?|0\.)$/.test(minConfidence)) {
			const n = Number(minConfidence);
			if (n > 0) filters.minConfidence = n;
		} else
			problems.push({
				key: 'minConfidence',
				message: `The minimum confidence must be a number from 0 to 1 such as 0.6, not ${shown(minConfidence)}.`
			});
	}
	return { filters, problems };
}

/** The query string for filters, in a fixed order (copied links reproduce the view). */
export function filtersToParams(filters: Filters): URLSearchParams {
	const params = new URLSearchParams();
	if (filters.countries.length) params.set('country', filters.countries.join(','));
	if (filters.depth !== 1) params.set('depth', String(filters.depth));
	if (filters.types.length) params.set('types', filters.types.join(','));
	if (filters.plover.length) params.set('plover', filters.plover.join(','));
	if (filters.nodes.length) params.set('nodes', filters.nodes.join(','));
	if (filters.article) params.set('article', filters.article);
	if (filters.from) params.set('from', filters.from);
	if (filters.to) params.set('to', filters.to);
	if (filters.min !== 1) params.set('min', String(filters.min));
	if (filters.minConfidence) params.set('minConfidence', String(filters.minConfidence));
	return params;
}

export function filtersQuery(filters: Filters, extra: Record<string, string> = {}): string {
	const params = filtersToParams(filters);
	for (const [k, v] of Object.entries(extra)) params.set(k, v);
	const query = params.toString();
	return query ? `?${query}` : '';
}

/** The filter parameters of a URL, as a query string for links to other views ('' when none). */
export function carryFilters(params: URLSearchParams): string {
	const kept = new URLSearchParams();
	// The language chosen follows too.
	for (const key of [...FILTER_KEYS, 'lang'])
		for (const value of params.getAll(key)) kept.append(key, value);
	const query = kept.toString();
	return query ? `?${query}` : '';
}
