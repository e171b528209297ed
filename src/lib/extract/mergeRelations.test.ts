import { describe, expect, it } from 'vitest';
import type { Relation } from '../types';
import { mergeRelations } from './mergeRelations';

function relation(partial: Partial<Relation> & { at: [string, number] }): Relation {
	const { at, ...rest } = partial;
	const [article, start] = at;
	return {
		id: '',
		type: 'meeting',
		source: 'xi-jinping',
		target: 'vladimir-putin',
		directed: false,
		modality: 'asserted',
		evidence: [{ article, start, end: start + 10, quote: 'x'.repeat(10) }],
		...rest
	};
}

describe('mergeRelations', () => {
	it('keeps one relation per event, with each sentence once as evidence', () => {
		const merged = mergeRelations([
			relation({ date: '2024-05-16', at: ['a', 0] }),
			// The same meeting told the other way round, and the same sentence again.
			relation({
				date: '2024-05-16',
				source: 'vladimir-putin',
				target: 'xi-jinping',
				at: ['a', 50]
			}),
			relation({ date: '2024-05-16', at: ['a', 0] })
		]);
		expect(merged).toHaveLength(1);
		expect(merged[0]?.evidence.map((e) => e.start)).toEqual([0, 50]);
	});

	it('joins an undated event to the one dated event of the same actors in its article', () => {
		const merged = mergeRelations([
			relation({ date: '2024-05-16', at: ['a', 0] }),
			relation({ at: ['a', 100] }),
			// Another modality stays apart.
			relation({ modality: 'planned', at: ['a', 200] })
		]);
		expect(merged.map((r) => [r.date ?? 'undated', r.modality, r.evidence.length])).toEqual([
			['2024-05-16', 'asserted', 2],
			['undated', 'planned', 1]
		]);
	});

	it('does not date an event from what another article dates', () => {
		const merged = mergeRelations([
			relation({ date: '2024-05-16', at: ['a', 0] }),
			relation({ at: ['b', 100] })
		]);
		expect(merged.map((r) => r.date ?? 'undated')).toEqual(['2024-05-16', 'undated']);
	});

	it('leaves an undated event alone when two dated ones could claim it', () => {
		const merged = mergeRelations([
			relation({ date: '2023-03-21', at: ['a', 0] }),
			relation({ date: '2024-05-16', at: ['a', 50] }),
			relation({ at: ['a', 100] })
		]);
		expect(merged).toHaveLength(3);
	});

	it('never joins states (support, dependence) across dates', () => {
		const merged = mergeRelations([
			relation({ type: 'support', directed: true, date: '2022-02', at: ['a', 0] }),
			relation({ type: 'support', directed: true, at: ['a', 100] })
		]);
		expect(merged).toHaveLength(2);
	});
});
