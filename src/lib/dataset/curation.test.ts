// A curator's decision on a relation the rules found (#13 §4): accepting it marks it decided
// (confidence 1), never doubles it.
import { describe, expect, it } from 'vitest';
import type { Article, Extraction, Relation } from '../types';
import { relationDecision } from '../server/reviewDecision';
import { applyCuration, curationSchema } from './curation';

const text = 'Vladimir Poutine et Xi Jinping ont célébré leur amitié. Ils se sont revus en mars.';
const article: Article = {
	id: 'a1',
	title: 't',
	date: '2024-05-16',
	lang: 'fr',
	source: 's',
	text
};
const sentence = 'Vladimir Poutine et Xi Jinping ont célébré leur amitié.';
const rules: Relation = {
	id: 'r1',
	type: 'support',
	source: 'vladimir-putin',
	target: 'xi-jinping',
	directed: false,
	modality: 'asserted',
	confidence: 0.62,
	evidence: [{ article: 'a1', start: 0, end: sentence.length, quote: sentence }]
};
const extraction = { relations: [rules] } as unknown as Extraction;
const curated = (item: Record<string, unknown>) =>
	applyCuration(
		extraction,
		curationSchema.parse({ article: 'a1', relations: [item] }),
		article,
		() => 'data/curated/a1.yaml:3'
	).relations;

describe('accepting a relation the rules found', () => {
	it('keeps a mutual relation one relation, decided, when accepted as mutual', () => {
		// As the review pages write it.
		const decision = relationDecision(
			{
				id: 'r1',
				type: 'support',
				label: 'support',
				source: 'vladimir-putin',
				target: 'xi-jinping',
				directed: false,
				modality: 'asserted',
				quote: sentence,
				curated: false
			},
			true
		);
		const relations = curated(decision);
		expect(relations).toHaveLength(1);
		expect(relations[0]?.confidence).toBe(1);
		expect(relations[0]?.evidence[0]?.origin).toBe('data/curated/a1.yaml:3');
	});
	it('makes a relation merged with a curator’s addition in other words the curator’s too', () => {
		const relations = curated({
			action: 'add',
			type: 'support',
			source: 'vladimir-putin',
			target: 'xi-jinping',
			directed: false,
			modality: 'asserted',
			quote: 'ont célébré leur amitié'
		});
		expect(relations).toHaveLength(1);
		expect(relations[0]?.confidence).toBe(1);
		expect(relations[0]?.evidence.map((e) => !!e.origin)).toContain(true);
	});
});
