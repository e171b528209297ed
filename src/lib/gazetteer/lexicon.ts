// Compiles the gazetteer into one Aho-Corasick automaton over folded names, and the entity
// records extraction emits. Built once per run; reused for every article.
import type { TriggerLexicon } from '../lexicon/compile';
import type { Entity, EntityType, Mention } from '../types';
import { foldText } from '../text/fold';
import { PhraseTrie } from '../text/phraseTrie';
import { frenchForms } from './countries';
import { buildEntities } from './entities';
import { ROLE_KEYS, type RoleKey } from './roleKeys';
import type { EntityOrigin, Gazetteer, PersonEntry } from './schema';

export type MentionVia = NonNullable<Mention['via']>;

export interface LexiconForm {
	entity: string;
	via: MentionVia;
	/**
	 * Upper-case abbreviations of countries (US, UK) and organisations' acronyms that are common
	 * words (UN/« un », AU/« au ») match only as written: "us" is a pronoun. Other acronyms of
	 * organisations match in any case ("Nato", « l’Otan »).
	 */
	exact?: string;
	/** Written with a capital in the gazetteer: must be capitalised in the text too. */
	capitalised: boolean;
	rank: number;
}

export interface Lexicon {
	entities: Map<string, Entity>;
	/**
	 * The actors, with `people` narrowed to those a role description can name: holders of an
	 * office (head of state or government, foreign or defence minister, adviser,
	 * spokesperson…), not the thousands the dictionaries know only as "in the government"
	 * (official) or "a minister". Every person is still an entity and matched by name.
	 */
	gazetteer: Gazetteer;
	matcher: PhraseTrie;
	forms: LexiconForm[][];
	/** Trigger words of each language (data/lexicon), inflected and indexed. */
	triggers: TriggerLexicon;
	/** Where each gazetteer actor's identity comes from (file, line, source). */
	origins: Record<string, EntityOrigin[]>;
	/** Every person by id, with roles and dates (`gazetteer.people` holds only the describable). */
	people: Map<string, PersonEntry>;
	/**
	 * Who held an office, by role key and country (`head-of-state|FRA`), oldest first: the
	 * index a role description or a surname resolves against, without a scan of every person.
	 */
	officeHolders: Map<string, OfficeTerm[]>;
}

export interface OfficeTerm {
	person: string;
	from?: string;
	to?: string;
}

// Every office each person held, from the same terms, built once per lexicon.
const officesByPerson = new WeakMap<Lexicon, Map<string, { role: RoleKey; term: OfficeTerm }[]>>();

/**
 * The office a person held on a date ("YYYY-MM-DD"), the highest first (head of state, head
 * of government, foreign minister, defence minister, minister …); undefined when none is
 * known. « son homologue français » is the holder of this office in France.
 */
export function officeOn(lexicon: Lexicon, person: string, date: string): RoleKey | undefined {
	let index = officesByPerson.get(lexicon);
	if (!index) {
		index = new Map();
		for (const [key, terms] of lexicon.officeHolders) {
			const role = key.slice(0, key.indexOf('|')) as RoleKey;
			for (const term of terms) {
				const list = index.get(term.person) ?? [];
				list.push({ role, term });
				index.set(term.person, list);
			}
		}
		officesByPerson.set(lexicon, index);
	}
	const held = (index.get(person) ?? []).filter(
		({ term }) => (!term.from || term.from <= date) && (!term.to || date < term.to)
	);
	held.sort((a, b) => ROLE_KEYS.indexOf(a.role) - ROLE_KEYS.indexOf(b.role));
	return held[0]?.role;
}

/** The holders of an office on a date (from ≤ date < to); several when the data overlap. */
export function holdersOn(
	lexicon: Lexicon,
	role: RoleKey,
	country: string,
	date: string
): string[] {
	const terms = lexicon.officeHolders.get(`${role}|${country}`) ?? [];
	return [
		...new Set(
			terms
				.filter((t) => (!t.from || t.from <= date) && (!t.to || date < t.to))
				.map((t) => t.person)
		)
	];
}

// When two actors share a name, the more specific wins: a person over an organisation over
// a project, a group or a country.
const TYPE_RANK: Record<EntityType, number> = {
	person: 0,
	organization: 1,
	project: 2,
	group: 3,
	country: 4
};
const VIA_RANK: Record<MentionVia, number> = {
	curation: 0,
	pattern: 0,
	name: 0,
	role: 1,
	reference: 1,
	seat: 1,
	place: 2,
	adjective: 2
};

function isAbbreviation(form: string): boolean {
	return !/\p{Ll}/u.test(form);
}

export function compileLexicon(gazetteer: Gazetteer, triggers: TriggerLexicon): Lexicon {
	const entities = buildEntities(gazetteer);
	const byPattern = new Map<string, LexiconForm[]>();
	const add = (form: string, entity: Entity, via: MentionVia, anyCase?: Set<string>) => {
		const trimmed = form.trim();
		if (trimmed.length < 2) return;
		const pattern = foldText(trimmed);
		const list = byPattern.get(pattern) ?? [];
		const same = list.find((f) => f.entity === entity.id);
		if (same) {
			// Written both ways ("Houthis", « les combattants houthis »): either case matches.
			if (same.capitalised && !/^\p{Lu}/u.test(trimmed) && !isAbbreviation(trimmed))
				same.capitalised = false;
			return;
		}
		const abbreviation = isAbbreviation(trimmed);
		const caseFree = abbreviation && !!anyCase?.has(trimmed);
		list.push({
			entity: entity.id,
			via,
			exact: abbreviation && !caseFree ? trimmed : undefined,
			capitalised: !caseFree && /^\p{Lu}/u.test(trimmed),
			rank: TYPE_RANK[entity.type] * 10 + VIA_RANK[via]
		});
		byPattern.set(pattern, list);
	};
	const excluded = new Set(gazetteer.countries.flatMap((c) => c.exclude.map(foldText)));
	for (const country of gazetteer.countries) {
		const entity = entities.get(country.iso3) as Entity;
		for (const name of [country.name.fr, country.name.en, ...country.names]) {
			if (!excluded.has(foldText(name))) add(name, entity, 'name');
		}
		for (const seat of country.seats) add(seat, entity, 'seat');
		for (const place of country.places) add(place, entity, 'place');
		for (const adjective of [...country.adjectives.fr, ...country.adjectives.en])
			add(adjective, entity, 'adjective');
	}
	const named = [
		...gazetteer.people,
		...gazetteer.organizations,
		...gazetteer.projects,
		...gazetteer.groups
	];
	for (const entry of named) {
		const entity = entities.get(entry.id) as Entity;
		const forms = [entry.name.fr, entry.name.en, ...entry.aliases];
		// An organisation's acronyms match in any case unless listed as common words.
		const anyCase =
			'exactCase' in entry
				? new Set(forms.filter((f) => isAbbreviation(f) && !entry.exactCase.includes(f)))
				: undefined;
		for (const name of forms) add(name, entity, 'name', anyCase);
	}
	for (const entry of [...gazetteer.organizations, ...gazetteer.groups]) {
		const entity = entities.get(entry.id) as Entity;
		for (const adjective of [
			...frenchForms(entry.adjectives?.fr ?? []),
			...(entry.adjectives?.en ?? [])
		])
			add(adjective, entity, 'adjective');
	}
	const patterns = [...byPattern.keys()].sort();
	const forms = patterns.map((p) =>
		(byPattern.get(p) as LexiconForm[]).sort((a, b) => a.rank - b.rank)
	);
	const matcher = new PhraseTrie(patterns);
	// « le président chinois » is resolved by a scan of these people for each role phrase.
	const describable = gazetteer.people.filter((p) =>
		p.roles.some((r) => r.role !== 'official' && r.role !== 'minister')
	);
	const officeHolders = new Map<string, OfficeTerm[]>();
	for (const p of gazetteer.people)
		for (const r of p.roles) {
			const country = r.country ?? p.country;
			if (!country) continue;
			const key = `${r.role}|${country}`;
			const list = officeHolders.get(key) ?? [];
			list.push({
				person: p.id,
				...(r.from ? { from: r.from } : {}),
				...(r.to ? { to: r.to } : {})
			});
			officeHolders.set(key, list);
		}
	for (const list of officeHolders.values())
		list.sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''));
	return {
		entities,
		gazetteer: { ...gazetteer, people: describable },
		matcher,
		forms,
		origins: gazetteer.origins,
		people: new Map(gazetteer.people.map((p) => [p.id, p])),
		officeHolders,
		triggers
	};
}
