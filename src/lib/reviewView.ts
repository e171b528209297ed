// What an editor reviews in one article: each relation found (with the words it rests on and
// whether a curator already decided it), the people the patterns found that the gazetteer does
// not know, and the actors a relation can be added between.
import { articleView, type ArticleView } from './articleView';
import type { Dataset } from './dataset/schema';
import { RELATION_STYLE } from './graph/style';
import type { CurationState, EntityType, Modality, RelationType } from './types';

export interface ReviewRelation {
	id: string;
	type: RelationType;
	label: string;
	source: string;
	target: string;
	/** As the data set has it: accepting writes it so, or a mutual relation would be doubled. */
	directed: boolean;
	date?: string;
	location?: string;
	modality: Modality;
	/** The words in this article it rests on (the first record). */
	quote: string;
	/** What a curator decided of it in this article (absent when none did here). */
	curated?: CurationState;
}

export interface ReviewView {
	article: ArticleView;
	relations: ReviewRelation[];
	unknownPeople: { id: string; name: string; mentions: { quote: string; occurrence: number }[] }[];
	actors: { id: string; name: string; type: EntityType }[];
}

/** 1-based: which occurrence of `quote` in `text` starts at `start`. */
function occurrenceAt(text: string, quote: string, start: number): number {
	let n = 0;
	for (let at = text.indexOf(quote); at >= 0 && at <= start; at = text.indexOf(quote, at + 1)) n++;
	return Math.max(1, n);
}

export function reviewView(dataset: Dataset, id: string): ReviewView | undefined {
	const article = articleView(dataset, id);
	const text = dataset.articles.find((a) => a.id === id)?.text;
	if (!article || text === undefined) return undefined;
	const entities = new Map(dataset.entities.map((e) => [e.id, e]));
	const name = (key: string) => entities.get(key)?.name ?? key;
	const relations = dataset.relations
		.filter((r) => r.evidence.some((e) => e.article === id))
		.map((r) => {
			const here = r.evidence.filter((e) => e.article === id);
			return {
				id: r.id,
				type: r.type,
				label: `${RELATION_STYLE[r.type].label}: ${name(r.source)} ${r.directed ? '→' : '—'} ${name(r.target)}`,
				source: r.source,
				target: r.target,
				directed: r.directed,
				...(r.date ? { date: r.date } : {}),
				...(r.location ? { location: r.location } : {}),
				modality: r.modality,
				quote: (here.find((e) => !e.origin) ?? here[0])?.quote ?? '',
				...(here.some((e) => !!e.origin) ? { curated: r.curated ?? 'added' } : {})
			};
		});
	const mentions = dataset.mentions.filter((m) => m.article === id);
	const unknownPeople = dataset.entities
		.filter((e) => e.discovered && mentions.some((m) => m.entity === e.id))
		.map((e) => ({
			id: e.id,
			name: e.name,
			mentions: mentions
				.filter((m) => m.entity === e.id)
				.map((m) => ({ quote: m.text, occurrence: occurrenceAt(text, m.text, m.start) }))
		}));
	const actors = dataset.entities
		.filter((e) => !e.discovered || mentions.some((m) => m.entity === e.id))
		.map((e) => ({ id: e.id, name: e.name, type: e.type }))
		.sort((a, b) => a.name.localeCompare(b.name));
	return { article, relations, unknownPeople, actors };
}
