// An article as the reader checks it: its text in paragraphs, each mention marked with its
// actor and type, and the sentences that are evidence of a relation marked as such.
import { webUrl } from './dataset/articleRules';
import { datasetIndex } from './dataset/datasetIndex';
import type { Dataset } from './dataset/schema';
import type { Locale } from './i18n/locale';
import { curatedText } from './i18n/qualifiers';
import type { Article, CurationState, Entity, EntityType, Mention, Relation } from './types';

export interface ArticleSegment {
	text: string;
	/** The actor this span mentions. */
	entity?: { id: string; name: string; type: EntityType };
	/** Relations whose evidence covers this span. */
	relations?: string[];
}

export interface ArticleView {
	id: string;
	title: string;
	date: string;
	lang: string;
	source: string;
	/** The original's address, only when it is http: or https: (it is drawn as a live link). */
	url?: string;
	note?: string;
	paragraphs: ArticleSegment[][];
	relations: {
		id: string;
		type: string;
		source: string;
		target: string;
		/** Meetings, talks, agreements have no direction: shown as a pair, not an arrow. */
		directed: boolean;
		date?: string;
		modality: string;
		/** Whether a curator accepted or added it (absent when none decided it). */
		curated?: CurationState;
		curatedText?: string;
	}[];
}

export function articleView(
	dataset: Dataset,
	id: string,
	locale: Locale = 'en'
): ArticleView | undefined {
	const index = datasetIndex(dataset);
	const article = index.article(id);
	if (!article) return undefined;
	const mentions = [...index.mentionsIn(id)];
	// Only the actors this article names (not the whole corpus's).
	const named = new Map<string, Pick<Entity, 'id' | 'name' | 'type'>>();
	const relations = [...index.relationsIn(id)];
	for (const actor of [
		...mentions.map((m) => m.entity),
		...relations.flatMap((r) => [r.source, r.target])
	]) {
		const e = index.entity(actor);
		if (e && !named.has(actor)) named.set(actor, { ...e, name: e.names[locale] ?? e.name });
	}
	return articleViewOf(article, named, mentions, relations, locale);
}

/** The same view for any article and its extraction, in the data set or not yet (a preview). */
export function articleViewOf(
	article: Article,
	entities: ReadonlyMap<string, Pick<Entity, 'id' | 'name' | 'type'>>,
	articleMentions: Mention[],
	relations: Relation[],
	locale: Locale = 'en'
): ArticleView {
	const id = article.id;
	const mentions = [...articleMentions]
		.sort((a, b) => a.start - b.start || b.end - a.end)
		// Overlapping mentions (a role phrase naming two ministers) keep the first.
		.filter((m, i, all) => i === 0 || m.start >= (all[i - 1] as { end: number }).end);
	const spans = relations.flatMap((r) =>
		r.evidence
			.filter((e) => e.article === id)
			.map((e) => ({ start: e.start, end: e.end, id: r.id }))
	);
	const text = article.text;
	const cuts = new Set<number>([0, text.length]);
	for (const m of mentions) cuts.add(m.start).add(m.end);
	for (const s of spans) cuts.add(s.start).add(s.end);
	for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) cuts.add(i).add(i + 1);
	const points = [...cuts].sort((a, b) => a - b);
	const paragraphs: ArticleSegment[][] = [[]];
	for (let i = 0; i < points.length - 1; i++) {
		const [from, to] = [points[i] as number, points[i + 1] as number];
		const piece = text.slice(from, to);
		if (piece === '\n') {
			if ((paragraphs[paragraphs.length - 1] as ArticleSegment[]).length) paragraphs.push([]);
			continue;
		}
		const mention = mentions.find((m) => m.start <= from && to <= m.end);
		const entity = mention ? entities.get(mention.entity) : undefined;
		const covering = spans.filter((s) => s.start <= from && to <= s.end).map((s) => s.id);
		(paragraphs[paragraphs.length - 1] as ArticleSegment[]).push({
			text: piece,
			...(entity ? { entity: { id: entity.id, name: entity.name, type: entity.type } } : {}),
			...(covering.length ? { relations: [...new Set(covering)] } : {})
		});
	}
	const { text: _text, url: given, ...meta } = article;
	// A data set built before urls were checked, or edited by hand, may still hold javascript:.
	const url = webUrl(given);
	return {
		...meta,
		...(url ? { url } : {}),
		paragraphs: paragraphs.filter((p) => p.length),
		relations: relations.map((r) => ({
			id: r.id,
			type: r.type,
			source: entities.get(r.source)?.name ?? r.source,
			target: entities.get(r.target)?.name ?? r.target,
			directed: r.directed,
			...(r.date ? { date: r.date } : {}),
			modality: r.modality,
			...(r.curated ? { curated: r.curated, curatedText: curatedText(r.curated, locale) } : {})
		}))
	};
}
