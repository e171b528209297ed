// The curation layer: what rules cannot get right, written by people in data/curated/*.yaml.
// Every item cites a quote that must occur verbatim in its article, so decisions survive
// re-extraction and stay traceable.
import { z } from 'zod';
import type { RawMention } from '../extract/mentions';
import { SYMMETRIC_TYPES } from '../events/coding';
import { mergeRelations } from '../extract/mergeRelations';
import {
	MODALITIES,
	RELATION_TYPES,
	type Article,
	type CurationState,
	type Evidence,
	type Extraction,
	type Relation
} from '../types';
import { isPartialDate } from './dates';

const quote = z.string().min(3, 'a quote needs at least 3 characters');
const occurrence = z.number().int().min(1).optional();

export const curationSchema = z
	.object({
		article: z.string().min(1),
		mentions: z
			.array(
				z
					.object({ quote, occurrence, entity: z.string().min(1), note: z.string().optional() })
					.strict()
			)
			.default([]),
		relations: z
			.array(
				z
					.object({
						action: z.enum(['add', 'reject']),
						type: z.enum(RELATION_TYPES),
						source: z.string().min(1),
						target: z.string().min(1),
						quote: quote.optional(),
						occurrence,
						date: z
							.string()
							.refine(isPartialDate, 'date must be YYYY, YYYY-MM or a real YYYY-MM-DD')
							.optional(),
						location: z.string().optional(),
						modality: z.enum(MODALITIES).optional(),
						directed: z.boolean().optional(),
						reportedBy: z.string().optional(),
						note: z.string().optional()
					})
					.strict()
			)
			.default([])
	})
	.strict();

export type Curation = z.infer<typeof curationSchema>;

export interface CurationProblem {
	path: (string | number)[];
	message: string;
}

/** Start offset of the n-th occurrence (1-based) of `quote`, or -1. */
export function findQuote(text: string, quoteText: string, nth = 1): number {
	let at = -1;
	for (let i = 0; i < nth; i++) {
		at = text.indexOf(quoteText, at + 1);
		if (at < 0) return -1;
	}
	return at;
}

/** Problems in a curation file against the articles and the known entity ids. */
export function checkCuration(
	curation: Curation,
	articles: Map<string, Article>,
	knownEntity: (id: string, article: string) => boolean
): CurationProblem[] {
	const problems: CurationProblem[] = [];
	const article = articles.get(curation.article);
	if (!article) return [{ path: ['article'], message: `unknown article ${curation.article}` }];
	const checkQuote = (path: (string | number)[], q: string | undefined, nth?: number) => {
		if (q !== undefined && findQuote(article.text, q, nth) < 0)
			problems.push({
				path: [...path, 'quote'],
				message: `quote not found verbatim in article ${article.id}: « ${q} »`
			});
	};
	const checkEntity = (path: (string | number)[], id: string | undefined) => {
		if (id !== undefined && !knownEntity(id, article.id))
			problems.push({ path, message: `unknown entity id ${id}` });
	};
	curation.mentions.forEach((m, i) => {
		checkQuote(['mentions', i], m.quote, m.occurrence);
		checkEntity(['mentions', i, 'entity'], m.entity);
	});
	curation.relations.forEach((r, i) => {
		if (r.action === 'add' && !r.quote)
			problems.push({
				path: ['relations', i],
				message: 'an added relation needs the quote it rests on'
			});
		checkQuote(['relations', i], r.quote, r.occurrence);
		for (const key of ['source', 'target', 'location', 'reportedBy'] as const)
			checkEntity(['relations', i, key], r[key]);
	});
	return problems;
}

/** Curated mentions as extraction input: « le maître du Kremlin » → vladimir-putin. */
export function curatedMentions(curation: Curation, article: Article): RawMention[] {
	return curation.mentions.map((m) => {
		const start = findQuote(article.text, m.quote, m.occurrence);
		return { entity: m.entity, start, end: start + m.quote.length, via: 'curation' as const };
	});
}

function samePair(r: Relation, source: string, target: string): boolean {
	return (
		(r.source === source && r.target === target) ||
		(!r.directed && r.source === target && r.target === source)
	);
}

/** Apply rejections, then additions; `origin(i)` names the file and line of relation item i. */
export function applyCuration(
	extraction: Extraction,
	curation: Curation,
	article: Article,
	origin: (index: number) => string
): Extraction {
	let relations = extraction.relations.map((r) => ({ ...r, evidence: [...r.evidence] }));
	for (const item of curation.relations) {
		if (item.action !== 'reject') continue;
		const span = item.quote
			? { start: findQuote(article.text, item.quote, item.occurrence), length: item.quote.length }
			: undefined;
		relations = relations.flatMap((r) => {
			if (
				r.type !== item.type ||
				!samePair(r, item.source, item.target) ||
				(item.date && r.date !== item.date)
			)
				return [r];
			if (!span) return [];
			const kept = r.evidence.filter(
				(e) => !(e.start <= span.start && span.start + span.length <= e.end)
			);
			return kept.length ? [{ ...r, evidence: kept }] : [];
		});
	}
	const added: Relation[] = curation.relations.flatMap((item, index) => {
		if (item.action !== 'add' || !item.quote) return [];
		const start = findQuote(article.text, item.quote, item.occurrence);
		const relation: Relation = {
			id: '',
			type: item.type,
			source: item.source,
			target: item.target,
			directed: item.directed ?? !SYMMETRIC_TYPES.has(item.type),
			...(item.date ? { date: item.date } : {}),
			...(item.location ? { location: item.location } : {}),
			modality: item.modality ?? 'asserted',
			...(item.reportedBy ? { reportedBy: item.reportedBy } : {}),
			// A curator's relation is as sure as the curator.
			confidence: 1,
			curated: 'added',
			evidence: [
				{
					article: article.id,
					start,
					end: start + item.quote.length,
					quote: item.quote,
					origin: origin(index)
				}
			]
		};
		return [relation];
	});
	return { ...extraction, relations: confirmed(mergeRelations([...relations, ...added]), added) };
}

/**
 * A relation a curator accepted (an addition in the very words the rules found it in): that
 * record names the curation file, and the relation is as sure as the curator (confidence 1),
 * so review queues see it decided.
 */
function confirmed(merged: Relation[], added: Relation[]): Relation[] {
	if (!added.length) return merged;
	return merged.map((r) => {
		let confirmedHere = false;
		const evidence = r.evidence.map((e) => {
			if (e.origin) return e;
			const by = added.find(
				(a) =>
					a.type === r.type &&
					samePair(r, a.source, a.target) &&
					a.evidence.some((x) => x.article === e.article && x.start === e.start && x.end === e.end)
			);
			if (!by) return e;
			confirmedHere = true;
			return { ...e, origin: by.evidence[0]?.origin as string };
		});
		// A relation merged with a curator's addition (the same event in other words) is theirs too.
		if (!confirmedHere && !r.evidence.some((e) => e.origin)) return r;
		const { evidence: _old, confidence: _confidence, curated: _curated, ...fields } = r;
		// Accepted when the rules found it too: in the curator's words, or beside them.
		const curated = confirmedHere || evidence.some((e) => !e.origin) ? 'accepted' : 'added';
		return { ...fields, confidence: 1, curated, evidence };
	});
}

const recordKey = (e: Evidence) => `${e.article}:${e.start}:${e.end}`;

/**
 * The relations of several articles merged into one event each (`merged`, from `parts`), with
 * what curators decided of them: accepted when any part was accepted or the rules' records
 * stand beside a curator's, added when only curators' records show it, nothing otherwise.
 */
export function mergedCuration(parts: readonly Relation[], merged: Relation[]): Relation[] {
	const accepted = new Set<string>();
	for (const r of parts)
		if (r.curated === 'accepted') for (const e of r.evidence) accepted.add(recordKey(e));
	return merged.map((r) => {
		if (!r.evidence.some((e) => e.origin)) {
			if (!r.curated) return r;
			const { curated: _curated, ...fields } = r;
			return fields;
		}
		const curated: CurationState = r.evidence.some((e) => !e.origin || accepted.has(recordKey(e)))
			? 'accepted'
			: 'added';
		return r.curated === curated ? r : { ...r, curated };
	});
}
