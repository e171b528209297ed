// Any filters a URL can give over a data set (fast-check), for the property tests that compare
// views, downloads and counts under random filters.
import fc from 'fast-check';
import type { Dataset } from '../../src/lib/dataset/schema';
import type { Filters } from '../../src/lib/graph/filters';
import {
	ENTITY_TYPES,
	PLOVER_TYPES,
	RELATION_TYPES,
	type EntityType,
	type PloverType,
	type RelationType
} from '../../src/lib/types';

/** Filters over `data`'s countries and articles, with a few fixed periods, minimum counts and
 * minimum confidences. */
export function anyFilters(data: Dataset): fc.Arbitrary<Filters> {
	const countryIds = data.entities.filter((e) => e.type === 'country').map((e) => e.id);
	return fc.record({
		countries: fc.subarray(countryIds, { maxLength: 2 }),
		depth: fc.constantFrom(1 as const, 2 as const),
		types: fc.oneof(fc.constant<RelationType[]>([]), fc.subarray([...RELATION_TYPES])),
		plover: fc.oneof(
			fc.constant<PloverType[]>([]),
			fc.subarray([...PLOVER_TYPES], { maxLength: 3 })
		),
		nodes: fc.oneof(fc.constant<EntityType[]>([]), fc.subarray([...ENTITY_TYPES])),
		article: fc.option(fc.constantFrom(...data.articles.map((a) => a.id)), { nil: undefined }),
		from: fc.option(fc.constantFrom('2022-01-01', '2023-06-01', '2024-05-16'), { nil: undefined }),
		to: fc.option(fc.constantFrom('2023-01-01', '2024-01-01', '2025-01-01'), { nil: undefined }),
		min: fc.integer({ min: 1, max: 3 }),
		minConfidence: fc.option(fc.constantFrom(0.5, 0.75, 0.85), { nil: undefined })
	});
}
