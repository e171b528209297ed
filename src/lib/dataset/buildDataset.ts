// Articles + gazetteer + curation → one data set, deterministic (sorted everywhere, no clock).
import { codeRelation } from '../events/coding';
import { extractArticle } from '../extract/extractArticle';
import { mergeRelations } from '../extract/mergeRelations';
import { countryAliases } from '../gazetteer/countries';
import type { Lexicon } from '../gazetteer/lexicon';
import type {
	Article,
	Entity,
	Extraction,
	Indicator,
	Mention,
	Relation,
	RelationType
} from '../types';
import { applyCuration, curatedMentions, mergedCuration, type Curation } from './curation';
import { buildEdges } from './buildEdges';
import type { CountrySummary, Dataset, DatasetEntity, PersonSummary } from './schema';

export { buildEdges };

export interface CurationInput {
	curation: Curation;
	/** "data/curated/x.yaml:12" for relation item i. */
	origin: (index: number) => string;
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function extractWithCuration(
	article: Article,
	lexicon: Lexicon,
	curations: CurationInput[]
): Extraction {
	const mine = curations.filter((c) => c.curation.article === article.id);
	const extraMentions = mine.flatMap((c) => curatedMentions(c.curation, article));
	let extraction = extractArticle(article, lexicon, { extraMentions });
	for (const c of mine) extraction = applyCuration(extraction, c.curation, article, c.origin);
	// Relations a curator added are coded like the rules' (their type's CAMEO code).
	const table = lexicon.triggers.cameo;
	const relations = extraction.relations.map((r) =>
		r.plover || r.cameo ? r : { ...r, ...codeRelation(table, r.type, r.modality) }
	);
	return { ...extraction, relations };
}

function countTypes(relations: Relation[]): Partial<Record<RelationType, number>> {
	const counts: Partial<Record<RelationType, number>> = {};
	for (const r of relations)
		if (r.modality !== 'negated') counts[r.type] = (counts[r.type] ?? 0) + 1;
	return counts;
}

function summarise(
	entities: DatasetEntity[],
	relations: Relation[],
	indicators: Indicator[]
): { countries: CountrySummary[]; persons: PersonSummary[] } {
	const countryOf = new Map(entities.map((e) => [e.id, e.type === 'country' ? e.id : e.country]));
	// Each relation, member and figure is filed once under the actors it concerns (a scan of
	// every relation per actor was quadratic in the corpus).
	const file = <T>(map: Map<string, T[]>, key: string | undefined, item: T) => {
		if (key === undefined) return;
		const list = map.get(key);
		if (list) list.push(item);
		else map.set(key, [item]);
	};
	const entityCountry = new Map(entities.map((e) => [e.id, e.country]));
	const byActor = new Map<string, Relation[]>();
	const byCountry = new Map<string, Relation[]>();
	for (const r of relations) {
		for (const end of new Set([r.source, r.target])) file(byActor, end, r);
		// Filed under each end itself (a country) and each end's country (a member).
		const owners = [r.source, r.target].flatMap((end) => [end, entityCountry.get(end)]);
		for (const owner of new Set(owners)) file(byCountry, owner, r);
	}
	const membersOf = new Map<string, DatasetEntity[]>();
	for (const e of entities) file(membersOf, e.country, e);
	const figuresOf = new Map<string, Indicator[]>();
	for (const i of indicators)
		for (const country of new Set([i.subject, i.partner])) file(figuresOf, country, i);
	const touching = (id: string) => byActor.get(id) ?? [];
	const countries = entities
		.filter((e) => e.type === 'country')
		.map((c): CountrySummary => {
			const members = membersOf.get(c.id) ?? [];
			const own = new Set([c.id, ...members.map((m) => m.id)]);
			const mine = byCountry.get(c.id) ?? [];
			const partners = new Map<string, number>();
			for (const r of mine) {
				if (r.modality === 'negated') continue;
				for (const end of [r.source, r.target]) {
					const partner = countryOf.get(end) ?? end;
					if (!own.has(end) && partner !== c.id)
						partners.set(partner, (partners.get(partner) ?? 0) + 1);
				}
			}
			return {
				id: c.id,
				people: members.filter((m) => m.type === 'person').map((m) => m.id),
				organizations: members.filter((m) => m.type === 'organization').map((m) => m.id),
				mentionCount: c.mentionCount,
				relationCounts: countTypes(mine),
				partners: [...partners]
					.map(([id, count]) => ({ id, count }))
					.sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1)),
				indicators: (figuresOf.get(c.id) ?? []).map((i) => i.id)
			};
		});
	const persons = entities
		.filter((e) => e.type === 'person')
		.map((p): PersonSummary => {
			const mine = touching(p.id);
			return {
				id: p.id,
				...(p.country ? { country: p.country } : {}),
				...(p.role ? { role: p.role } : {}),
				mentionCount: p.mentionCount,
				meetings: mine.filter((r) => r.type === 'meeting').map((r) => r.id),
				statements: mine
					.filter((r) => r.type === 'statement' && r.source === p.id)
					.map((r) => r.id),
				relationCounts: countTypes(mine)
			};
		});
	return { countries, persons };
}

/** Keeps an article's extraction between builds (see server/extractionCache): answers the one
 * kept for this article and curation, or makes it with `extract`. */
export type RememberExtraction = (
	article: Article,
	curationKey: string,
	extract: () => Extraction
) => Extraction;

/** What an article's curation files say, as a key (the items and where each comes from). */
function curationKey(article: Article, curations: CurationInput[]): string {
	const mine = curations.filter((c) => c.curation.article === article.id);
	return JSON.stringify(
		mine.map((c) => ({
			curation: c.curation,
			origins: (c.curation.relations ?? []).map((_, i) => c.origin(i))
		}))
	);
}

export function buildDataset(
	articles: Article[],
	lexicon: Lexicon,
	curations: CurationInput[],
	remember?: RememberExtraction
): Dataset {
	const sorted = [...articles].sort(byId);
	const extract = (a: Article) => () => extractWithCuration(a, lexicon, curations);
	const extractions = sorted.map((a) =>
		remember ? remember(a, curationKey(a, curations), extract(a)) : extract(a)()
	);
	const mentions: Mention[] = extractions.flatMap((x) => x.mentions);
	const parts = extractions.flatMap((x) => x.relations);
	const relations = mergedCuration(parts, mergeRelations(parts));
	const indicators = extractions.flatMap((x) => x.indicators).sort(byId);
	const quotes = extractions.flatMap((x) => x.quotes ?? []);
	const known = new Map<string, Entity>();
	for (const x of extractions) for (const e of x.entities) if (!known.has(e.id)) known.set(e.id, e);
	const counts = new Map<string, { n: number; articles: Set<string> }>();
	for (const m of mentions) {
		const c = counts.get(m.entity) ?? { n: 0, articles: new Set<string>() };
		c.n += 1;
		c.articles.add(m.article);
		counts.set(m.entity, c);
	}
	// A country's other names and seats are searchable (« Pékin » finds China), as a person's aliases are.
	const countries = new Map(lexicon.gazetteer.countries.map((c) => [c.iso3, c]));
	const aliasesOf = (e: Entity) => {
		const country = e.type === 'country' ? countries.get(e.id) : undefined;
		const aliases = country ? countryAliases(country) : [];
		return aliases.length ? { aliases } : {};
	};
	const entities: DatasetEntity[] = [...known.values()]
		.map((e) => ({
			...e,
			...aliasesOf(e),
			origin: lexicon.origins[e.id] ?? [{ origin: 'pattern' as const }],
			mentionCount: counts.get(e.id)?.n ?? 0,
			articles: [...(counts.get(e.id)?.articles ?? [])].sort()
		}))
		.sort(byId);
	return {
		version: 1,
		articles: sorted.map((a) => ({ ...a })),
		entities,
		mentions,
		relations,
		indicators,
		quotes,
		edges: buildEdges(relations),
		...summarise(entities, relations, indicators)
	};
}
