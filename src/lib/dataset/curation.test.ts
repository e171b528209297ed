// A curator's decision on a relation the rules found (#13 §4): accepting it marks it decided
// (confidence 1), never doubles it, and flags it as accepted (or added) wherever it is read.
import { describe, expect, it } from 'vitest';
import type { Article, Extraction, Relation } from '../types';
import { relationDecision } from '../server/reviewDecision';
import { foundingDataset } from '../../../tests/helpers/corpus';
import { articleView } from '../articleView';
import { relationPasses } from '../graph/buildGraph';
import { NO_FILTERS } from '../graph/filters';
import { nodeDetails } from '../graph/networkView';
import { TABLES } from '../opendata/tables';
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
				quote: sentence
			},
			true
		);
		const relations = curated(decision);
		expect(relations).toHaveLength(1);
		expect(relations[0]?.confidence).toBe(1);
		expect(relations[0]?.evidence[0]?.origin).toBe('data/curated/a1.yaml:3');
		// Hand-verified, and flagged so wherever it is read (panels, events.csv).
		expect(relations[0]?.curated).toBe('accepted');
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
		expect(relations[0]?.curated).toBe('accepted');
	});
	it('flags a relation only a curator’s words show as added, and leaves the others unflagged', () => {
		const relations = curated({
			action: 'add',
			type: 'meeting',
			source: 'vladimir-putin',
			target: 'xi-jinping',
			modality: 'asserted',
			quote: 'Ils se sont revus en mars.'
		});
		expect(relations.find((r) => r.type === 'meeting')?.curated).toBe('added');
		expect(relations.find((r) => r.type === 'support')?.curated).toBeUndefined();
	});
});

describe('accepting a negated relation', () => {
	it('records that it did not happen: it stays negated, never becomes an event', () => {
		const denied: Relation = { ...rules, id: 'r2', type: 'meeting', modality: 'negated' };
		const decision = relationDecision(
			{
				id: 'r2',
				type: 'meeting',
				label: 'meeting',
				source: 'vladimir-putin',
				target: 'xi-jinping',
				directed: false,
				modality: 'negated',
				quote: sentence
			},
			true
		);
		expect(decision).toMatchObject({ action: 'add', modality: 'negated' });
		const relations = applyCuration(
			{ relations: [denied] } as unknown as Extraction,
			curationSchema.parse({ article: 'a1', relations: [decision] }),
			article,
			() => 'data/curated/a1.yaml:3'
		).relations;
		expect(relations.map((r) => [r.type, r.modality, r.curated])).toEqual([
			['meeting', 'negated', 'accepted']
		]);
		// No view counts it: the filters every view shares leave negated relations out.
		expect(relationPasses(relations[0] as Relation, NO_FILTERS, new Map())).toBe(false);
	});
});

describe('curation flags in the founding data set and its events table', () => {
	it('says accepted, added or none for every event, as the curation files decided', async () => {
		const dataset = await foundingDataset();
		const events = TABLES.find((t) => t.name === 'events');
		const rows = events?.rows({
			articles: dataset.articles,
			actors: dataset.entities,
			mentions: dataset.mentions,
			events: dataset.relations,
			figures: dataset.indicators,
			quotes: dataset.quotes ?? []
		});
		const flag = (id: string) => rows?.find((r) => r.id === id)?.curated;
		// Rules and a curator's narrower words: accepted. A curator's alone: added.
		expect(flag('meeting:vladimir-putin~xi-jinping:2023-03:asserted')).toBe('accepted');
		expect(flag('talks:vladimir-putin~xi-jinping:2023-10-18:planned')).toBe('added');
		expect(flag('visit:xi-jinping>FRA:2024-05:asserted')).toBe('accepted');
		const curatedByEvidence = dataset.relations.filter((r) => r.evidence.some((e) => e.origin));
		expect(rows?.filter((r) => r.curated !== 'none')).toHaveLength(curatedByEvidence.length);
		expect(new Set(rows?.map((r) => r.curated))).toEqual(new Set(['accepted', 'added', 'none']));
		expect(events?.schema.fields.find((f) => f.name === 'curated')?.constraints?.enum).toEqual([
			'accepted',
			'added',
			'none'
		]);
		// Where a reader sees the relation: the actor's panel and the article's page say it.
		const panel = nodeDetails(dataset, 'vladimir-putin', NO_FILTERS, 'en', 1);
		const items = panel?.groups.flatMap((g) => g.items) ?? [];
		expect(
			items.find((i) => i.id === 'talks:vladimir-putin~xi-jinping:2023-10-18:planned')
		).toMatchObject({
			curated: 'added',
			curatedText: 'added by an editor'
		});
		const page = articleView(dataset, '000_9aa84c4f3abaae7f', 'fr');
		expect(
			page?.relations.find((r) => r.id === 'meeting:vladimir-putin~xi-jinping:2023-03:asserted')
				?.curatedText
		).toBe('validé par un éditeur');
		expect(page?.relations.filter((r) => !r.curated).length).toBeGreaterThan(0);
	});
});
