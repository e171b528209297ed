import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Relation } from '../types';
import { mergeRelations, RelationMerger, type RelationFields } from './mergeRelations';

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

describe('RelationMerger.addStated', () => {
	const fields: fc.Arbitrary<RelationFields> = fc.record(
		{
			type: fc.constantFrom('meeting', 'support', 'visit'),
			source: fc.constantFrom('chn', 'rus', 'xi'),
			target: fc.constantFrom('chn', 'rus', 'srb'),
			directed: fc.boolean(),
			modality: fc.constantFrom('asserted', 'planned'),
			date: fc.constantFrom('2024-05-16', '2023-03'),
			location: fc.constantFrom('CHN', 'RUS'),
			reportedBy: fc.constant('kremlin')
		},
		{ requiredKeys: ['type', 'source', 'target', 'directed', 'modality'] }
	);

	it('merges what sentences state, in text order, exactly as mergeRelations merges them', () => {
		fc.assert(
			fc.property(fc.array(fc.array(fields, { maxLength: 3 }), { maxLength: 12 }), (sentences) => {
				const merger = new RelationMerger();
				const whole: Relation[] = [];
				sentences.forEach((stated, index) => {
					const at = { article: 'a', start: index * 100, end: index * 100 + 80 };
					const evidence = () => ({ ...at, quote: `sentence ${index}` });
					for (const relation of stated) {
						merger.addStated(relation, at, evidence);
						whole.push({ ...relation, id: '', evidence: [evidence()] });
					}
				});
				expect(merger.relations()).toEqual(mergeRelations(whole));
			})
		);
	});
});
