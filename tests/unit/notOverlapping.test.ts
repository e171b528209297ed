// notOverlapping keeps exactly the candidates that overlap no existing mention, as the naive
// comparison of every pair does (it replaced that comparison, quadratic on long texts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeInTextOrder, notOverlapping, type RawMention } from '../../src/lib/extract/mentions';

const mention = fc
	.tuple(fc.nat({ max: 500 }), fc.integer({ min: 1, max: 40 }))
	.map(([start, length]): RawMention => ({
		entity: 'x',
		start,
		end: start + length,
		via: 'name'
	}));

describe('notOverlapping', () => {
	it('keeps the candidates that overlap no mention, in their order', () => {
		fc.assert(
			fc.property(fc.array(mention, { maxLength: 40 }), fc.array(mention), (candidates, raw) => {
				const existing = mergeInTextOrder(raw);
				const naive = candidates.filter(
					(r) => !existing.some((m) => m.start < r.end && r.start < m.end)
				);
				expect(notOverlapping(candidates, existing)).toEqual(naive);
			})
		);
	});
});
