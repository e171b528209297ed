// An actor's profile: who it is, its people (for a country), partners by relation count,
// the figures about it, and its dated relations in order.
import type { Dataset } from './dataset/schema';
import { NO_FILTERS } from './graph/filters';
import { nodeDetails, type NodeDetails } from './graph/networkView';
import type { RelationType } from './types';
import type { Locale } from './i18n/locale';
import type { OriginKind } from './gazetteer/schema';

export interface EntityProfile {
	details: NodeDetails;
	/** Where the actor's identity comes from: source, and the gazetteer file and line. */
	origin: { origin: OriginKind; where?: string }[];
	people: { id: string; name: string; role?: string }[];
	partners: { id: string; name: string; count: number }[];
	indicators: {
		id: string;
		label: string;
		value: number;
		unit: string;
		year?: number;
		quote: string;
		article: string;
	}[];
	/** Dated relations of the actor (and a country's people), oldest first; `actors` reads « A → B ». */
	timeline: { id: string; date: string; type: RelationType; actors: string; modality: string }[];
	articles: { id: string; title: string; date: string }[];
}

export function entityProfile(
	dataset: Dataset,
	id: string,
	locale: Locale = 'en'
): EntityProfile | undefined {
	const details = nodeDetails(dataset, id, NO_FILTERS, locale);
	const entity = dataset.entities.find((e) => e.id === id);
	if (!details || !entity) return undefined;
	const name = (key: string) => {
		const entity = dataset.entities.find((e) => e.id === key);
		return entity?.names[locale] ?? entity?.name ?? key;
	};
	const country = dataset.countries.find((c) => c.id === id);
	const people = (country?.people ?? []).map((p) => {
		const person = dataset.entities.find((e) => e.id === p);
		return { id: p, name: name(p), ...(person?.role ? { role: person.role } : {}) };
	});
	const partners = (country?.partners ?? []).map((p) => ({ ...p, name: name(p.id) }));
	const indicators = dataset.indicators
		.filter((i) => i.subject === id || i.partner === id)
		.map((i) => ({
			id: i.id,
			label: i.label,
			value: i.value,
			unit: i.unit,
			...(i.year ? { year: i.year } : {}),
			quote: i.evidence[0]?.quote ?? '',
			article: i.evidence[0]?.article ?? ''
		}));
	// A country's timeline includes its people's and organisations' dated relations.
	const own = new Set([id, ...(country ? [...country.people, ...country.organizations] : [])]);
	const timeline = dataset.relations
		.filter((r) => r.date && (own.has(r.source) || own.has(r.target)))
		.map((r) => ({
			id: r.id,
			date: r.date as string,
			type: r.type,
			actors: `${name(r.source)} ${r.directed ? '→' : '—'} ${name(r.target)}`,
			modality: r.modality
		}))
		.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
	const articles = dataset.articles
		.filter((a) => entity.articles.includes(a.id))
		.map((a) => ({ id: a.id, title: a.title, date: a.date }));
	const origin = entity.origin.map((o) => ({
		origin: o.origin,
		...(o.file ? { where: `${o.file}${o.line ? `:${o.line}` : ''}` } : {})
	}));
	return { details, origin, people, partners, indicators, timeline, articles };
}
