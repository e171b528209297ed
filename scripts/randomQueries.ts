// Query strings of filters a reader might set, seeded so that two runs ask for the same pages:
// shared by the load benchmarks (bench:scale, bench:server).
import { RELATION_TYPES } from '../src/lib/types';
import { seededRandom } from './generateCorpus';

/**
 * `count` query strings (`?country=CHN,RUS&types=…`, or '' for none) over `countries`: a
 * country or two (sometimes at depth 2), relation types, a period, a minimum count.
 */
export function randomQueries(countries: string[], count: number, seed: number): string[] {
	const random = seededRandom(seed);
	const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
	const queries: string[] = [];
	for (let i = 0; i < count; i++) {
		const params = new URLSearchParams();
		const roll = random();
		if (roll < 0.6 && countries.length) {
			params.set(
				'country',
				[pick(countries), ...(random() < 0.3 ? [pick(countries)] : [])].join(',')
			);
			if (random() < 0.2) params.set('depth', '2');
		}
		if (random() < 0.3) params.set('types', [pick(RELATION_TYPES), pick(RELATION_TYPES)].join(','));
		if (random() < 0.3) {
			const from = 2015 + Math.floor(random() * 10);
			params.set('from', `${from}-01-01`);
			params.set('to', `${from + 1 + Math.floor(random() * 3)}-12-31`);
		}
		if (random() < 0.1) params.set('min', '2');
		const query = params.toString();
		queries.push(query ? `?${query}` : '');
	}
	return queries;
}
