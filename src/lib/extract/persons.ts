// Persons: gazetteer names are already mentions; this finds the others from the patterns of
// news writing — a role with its country before a name (« le Premier ministre indien Narendra
// Modi », "U.S. Treasury Secretary Scott Bessent", "Lebanon's new President Elias Hrawi"), a
// name with its role in apposition ("Narendra Modi, the Indian prime minister", « X Y,
// ministre indonésien des Affaires étrangères »), a title before a name (Sheikh Tamim…) — and
// resolves a role without a name (« le président chinois ») to the person of the article
// with that role and country, else to whoever held it at the article's date. A role without a
// name nor a holder ("a French minister", "Palestinian officials") leaves its country an actor.
import { holdersOn, officeOn, type Lexicon } from '../gazetteer/lexicon';
import type { RoleKey } from '../gazetteer/schema';
import type { Entity } from '../types';
import type { RawMention } from './mentions';
import { nameAt, nameEndingAt, nameKey, skipTitles, surnamesOf } from './names';
import { findRoleNouns, ROLE_MODIFIERS, ROLE_QUALIFIERS, type RoleHit } from './roles';

/** The mention starting (or ending) at an offset. */
interface PositionIndex {
	get(position: number): RawMention | undefined;
	has(position: number): boolean;
}

/**
 * Binary search over gazetteer mentions, which come in text order without overlaps (so their
 * ends are in order too): two maps of every mention cost more on a long text than the lookups.
 */
function positionIndex(mentions: RawMention[], key: 'start' | 'end'): PositionIndex {
	const get = (position: number) => {
		let [low, high] = [0, mentions.length - 1];
		while (low <= high) {
			const mid = (low + high) >> 1;
			const at = (mentions[mid] as RawMention)[key];
			if (at === position) return mentions[mid];
			if (at < position) low = mid + 1;
			else high = mid - 1;
		}
		return undefined;
	};
	return { get, has: (position) => get(position) !== undefined };
}

export interface PersonFinding {
	mentions: RawMention[];
	discovered: Entity[];
}

export function slugify(name: string): string {
	return name
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

function countryOf(lexicon: Lexicon, entityId: string): string | undefined {
	const entity = lexicon.entities.get(entityId);
	if (!entity) return undefined;
	if (entity.type === 'country') return entity.iso3;
	if (entity.type === 'organization') return entity.country;
	return undefined;
}

interface RolePhrase {
	hit: RoleHit;
	countries: string[];
	descriptors: RawMention[];
	role: RoleKey;
	/** Where the phrase starts (its country or modifiers before the role noun). */
	start: number;
	/** Where the phrase ends, and a name may start. */
	end: number;
	/** « la présidente de la Commission européenne »: the organisation the office is of. */
	organization?: RawMention;
}

interface Context {
	lexicon: Lexicon;
	text: string;
	folded: string;
	mentionsAt: PositionIndex;
	mentionsEndingAt: PositionIndex;
}

const isActorCountry = (c: Context, m: RawMention | undefined) =>
	!!m && !!countryOf(c.lexicon, m.entity) && c.lexicon.entities.get(m.entity)?.type !== 'person';

/**
 * English puts the country before the role, with modifiers or office words between: "U.S.
 * President", "Lebanon's new President", "US Treasury Secretary", "Nigerian junior foreign
 * minister". Up to three such words are crossed.
 */
function countryBefore(
	c: Context,
	start: number
): { mention: RawMention; start: number } | undefined {
	let at = start;
	for (let words = 0; words <= 3; words++) {
		const gap = /\s+$/.exec(c.text.slice(Math.max(0, at - 4), at))?.[0].length ?? 0;
		const end = at - gap;
		// "Lebanon's", "Russia’s": a possessive country.
		const possessive = /['’]s$/.exec(c.text.slice(Math.max(0, end - 2), end)) ? 2 : 0;
		const mention = c.mentionsEndingAt.get(end - possessive);
		if (isActorCountry(c, mention))
			return { mention: mention as RawMention, start: (mention as RawMention).start };
		const word = /(\S+)$/.exec(c.text.slice(Math.max(0, end - 30), end))?.[1];
		if (!word || !gap) return undefined;
		const folded = c.folded.slice(end - word.length, end);
		// Modifiers ("new", "former", « ancien ») and office words ("Treasury", "National Assembly").
		if (
			!ROLE_MODIFIERS.test(folded) &&
			!/^\p{Lu}[\p{L}-]+$/u.test(word) &&
			!/^(?:junior|senior|deputy|foreign|defence|defense|interior|finance|trade|national|security|economic|economy|military|diplomatic|climate|energy|chief|top|special|ministry|ministry's|office|department|government|presidential|health|justice|agriculture|army|navy|police|intelligence|central|bank|coast|guard|border)$/.test(
				folded
			)
		)
			return undefined;
		at = end - word.length;
	}
	return undefined;
}

/** Extend a role noun over the words that qualify it: country adjectives, « des Affaires étrangères ». */
function readRolePhrase(c: Context, hit: RoleHit): RolePhrase {
	const phrase: RolePhrase = {
		hit,
		countries: [],
		descriptors: [],
		role: hit.role,
		start: hit.start,
		end: hit.end
	};
	const before = countryBefore(c, hit.start);
	if (before) {
		phrase.countries.push(countryOf(c.lexicon, before.mention.entity) as string);
		phrase.descriptors.push(before.mention);
		phrase.start = before.start;
	}
	let cursor = hit.end;
	for (let step = 0; step < 6; step++) {
		const gap = /^\s*/.exec(c.text.slice(cursor))?.[0].length ?? 0;
		const at = cursor + gap;
		const mention = c.mentionsAt.get(at);
		const rest = c.folded.slice(at, at + 60);
		if (mention && isActorCountry(c, mention)) {
			phrase.countries.push(countryOf(c.lexicon, mention.entity) as string);
			phrase.descriptors.push(mention);
			cursor = mention.end;
			continue;
		}
		if (
			mention &&
			!phrase.countries.length &&
			c.lexicon.entities.get(mention.entity)?.type === 'organization'
		) {
			phrase.organization = mention;
			cursor = mention.end;
			break;
		}
		const qualifier = ROLE_QUALIFIERS.exec(rest);
		if (qualifier) {
			if (/affaires etrangeres/.test(qualifier[0]) && phrase.role === 'minister')
				phrase.role = 'foreign-minister';
			if (/defense/.test(qualifier[0]) && phrase.role === 'minister')
				phrase.role = 'defence-minister';
			cursor = at + qualifier[0].length;
			continue;
		}
		const linker = /^(?:et|and|de la|de l'|du|des|de|d'|of the|of)(?=\s|')/.exec(rest);
		if (linker && step < 5) {
			cursor = at + linker[0].length;
			continue;
		}
		break;
	}
	phrase.end = cursor;
	return phrase;
}

/**
 * Who "the Australian leader", « le dirigeant turc » is: the last person named before (in
 * `before`, any order) whose country is `country` and who heads its state or government on
 * `date`; else the head of government where the head of state belongs to another country (the
 * King for Australia or Canada), else the head of state. Undefined when none is known.
 */
function leaderOf(
	lexicon: Lexicon,
	cast: Cast,
	country: string,
	date: string,
	before: RawMention[]
): string | undefined {
	let last: RawMention | undefined;
	for (const m of before) {
		if (last && m.start < last.start) continue;
		const person = cast.discovered.get(m.entity) ?? lexicon.entities.get(m.entity);
		if (person?.type !== 'person' || person.country !== country) continue;
		const office = cast.discovered.get(m.entity)?.role ?? officeOn(lexicon, m.entity, date);
		if (office === 'head-of-state' || office === 'head-of-government') last = m;
	}
	if (last) return last.entity;
	const head = holderOf(lexicon, 'head-of-state', country, date);
	if (head && lexicon.entities.get(head)?.country !== country)
		return holderOf(lexicon, 'head-of-government', country, date);
	return head;
}

// Each gazetteer person's organisation (`organization`, else `affiliation`), built once.
const organizations = new WeakMap<Lexicon, Map<string, string>>();

/** The organisation a gazetteer person belongs to, if the gazetteer says. */
function organizationOf(lexicon: Lexicon, id: string): string | undefined {
	let map = organizations.get(lexicon);
	if (!map) {
		map = new Map();
		for (const p of lexicon.gazetteer.people) {
			const org = p.organization ?? p.affiliation;
			if (org && !map.has(p.id)) map.set(p.id, org);
		}
		organizations.set(lexicon, map);
	}
	return map.get(id);
}

function holderOf(
	lexicon: Lexicon,
	role: RoleKey,
	country: string,
	date: string
): string | undefined {
	const holders = holdersOn(lexicon, role, country, date);
	return holders.length === 1 ? holders[0] : undefined;
}

// Where two capitalised words start, the first not inside a word (a name's possible start).
const NAME_PAIR_START = /(?<![\p{L}\p{N}'’.-])(?=\p{Lu}[\p{L}'’-]*\s+\p{Lu})/gu;

// Every gazetteer person by the key of each of their full names, built once per lexicon.
const personKeys = new WeakMap<Lexicon, Map<string, string>>();
function personKeysOf(lexicon: Lexicon): Map<string, string> {
	let keys = personKeys.get(lexicon);
	if (!keys) {
		keys = new Map();
		for (const p of lexicon.people.values())
			for (const name of [p.name.en, p.name.fr, ...p.aliases])
				if (/\s/.test(name)) keys.set(nameKey(name), p.id);
		personKeys.set(lexicon, keys);
	}
	return keys;
}

/** People named in the article so far, by the key of their full name and by their surnames. */
class Cast {
	readonly discovered = new Map<string, Entity>();
	private readonly byKey = new Map<string, string>();
	/** Gazetteer people answer to every transliteration of their names (Zelenskiy, Zelensky). */
	private readonly known: Map<string, string>;

	constructor(lexicon: Lexicon) {
		this.known = personKeysOf(lexicon);
	}

	/** The actor a newly found name is: a known person under another spelling, or a new one. */
	person(name: string, role: RoleKey | undefined, country: string | undefined): string {
		const key = nameKey(name);
		const known = this.byKey.get(key) ?? this.known.get(key);
		if (known) {
			const entity = this.discovered.get(known);
			if (entity && !entity.country && country) entity.country = country;
			return known;
		}
		const id = slugify(name);
		const person: Entity = {
			id,
			type: 'person',
			name,
			names: { fr: name, en: name },
			...(role ? { role } : {}),
			...(country ? { country } : {}),
			discovered: true
		};
		this.discovered.set(id, person);
		this.byKey.set(key, id);
		return id;
	}

	/** The person of the article with this role and country, if exactly one. */
	withRole(role: RoleKey, country: string): string | undefined {
		const matches = [...this.discovered.values()].filter(
			(p) => p.role === role && p.country === country
		);
		return matches.length === 1 ? matches[0]?.id : undefined;
	}
}

/** The index of the first of `sorted` (by start) starting at or after `at`: a binary search. */
function firstFrom(sorted: RawMention[], at: number): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if ((sorted[mid] as RawMention).start < at) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/**
 * The person mention ending last before `at`, within 300 characters, among `found` (in text
 * order as it grows) and `sorted` (in text order): a backward walk from `at`, never a scan of
 * every mention (a long article has thousands of counterparts).
 */
function lastPersonBefore(
	found: RawMention[],
	sorted: RawMention[],
	at: number,
	isPerson: (id: string) => boolean
): RawMention | undefined {
	let best: RawMention | undefined;
	const consider = (m: RawMention) => {
		if (m.end <= at && at - m.end < 300 && isPerson(m.entity) && (!best || m.end > best.end))
			best = m;
	};
	for (let i = found.length - 1; i >= 0; i--) {
		const m = found[i] as RawMention;
		if (m.end <= at - 300) break;
		consider(m);
	}
	// The first mention starting at or after `at`, then walk back.
	for (let i = firstFrom(sorted, at) - 1; i >= 0; i--) {
		const m = sorted[i] as RawMention;
		if (m.start < at - 400) break;
		consider(m);
	}
	return best;
}

export function findPersons(
	lexicon: Lexicon,
	text: string,
	folded: string,
	lexiconMentions: RawMention[],
	articleDate: string
): PersonFinding {
	const c: Context = {
		lexicon,
		text,
		folded,
		mentionsAt: positionIndex(lexiconMentions, 'start'),
		mentionsEndingAt: positionIndex(lexiconMentions, 'end')
	};
	const found: RawMention[] = [];
	const cast = new Cast(lexicon);
	const taken = (start: number, end: number) =>
		found.some((m) => m.start < end && start < m.end) || c.mentionsAt.has(start);
	const isPersonId = (id: string) =>
		cast.discovered.has(id) || lexicon.entities.get(id)?.type === 'person';
	// The lexicon's mentions before a position, within the last 3,000 characters.
	const lexiconBefore = (at: number) => {
		const lo = firstFrom(lexiconMentions, at);
		let from = lo;
		while (from > 0 && at - (lexiconMentions[from - 1] as RawMention).start < 3000) from--;
		return lexiconMentions.slice(from, lo);
	};
	for (const hit of findRoleNouns(folded, text)) {
		const phrase = readRolePhrase(c, hit);
		if (hit.relative) {
			// « Tebboune … son homologue français », "Nauseda … his Polish counterpart Andrzej
			// Duda": the office of the last person named before (within a sentence or two).
			const focus = lastPersonBefore(found, lexiconMentions, phrase.start, isPersonId);
			const office = focus
				? ((cast.discovered.get(focus.entity)?.role as RoleKey | undefined) ??
					officeOn(lexicon, focus.entity, articleDate))
				: undefined;
			if (!phrase.countries.length) continue;
			if (office) phrase.role = office;
			// Without an office to compare with, only a name after it can be read.
			else if (!/^,?\s+\p{Lu}/u.test(text.slice(phrase.end, phrase.end + 3))) continue;
		}
		const afterPhrase = /^,?\s+/.exec(text.slice(phrase.end))?.[0] ?? '';
		const nameStart = phrase.end + afterPhrase.length;
		const known = c.mentionsAt.get(skipTitles(text, nameStart));
		if (afterPhrase && known && lexicon.entities.get(known.entity)?.type === 'person') {
			for (const d of phrase.descriptors) d.descriptor = true;
			continue;
		}
		const name = afterPhrase ? nameAt(text, nameStart) : undefined;
		if (name && !taken(name.start, name.end)) {
			const id = cast.person(name.name, phrase.role, phrase.countries[0]);
			found.push({ entity: id, start: name.start, end: name.end, via: 'pattern' });
			for (const d of phrase.descriptors) d.descriptor = true;
			continue;
		}
		// « Le ministre de l’Intérieur, Bruno Retailleau, », « Le porte-parole du ministère indien
		// des affaires étrangères, Arindam Bagchi, »: a role with its complement, then the name
		// in apposition, closed by a comma or the sentence's end.
		const complement =
			/^\s+(?:de|du|des|d['’]|à|au|aux|of|for)[\s'’][^,;.()«»"\n]{1,70}?,\s+/u.exec(
				text.slice(hit.end, hit.end + 90)
			);
		if (complement) {
			const at = hit.end + complement[0].length;
			const named = nameAt(text, at);
			if (
				named &&
				!taken(named.start, named.end) &&
				/^\s*(?:[,;.)]|$)/.test(text.slice(named.end, named.end + 2))
			) {
				let country = phrase.countries[0];
				for (let i = hit.end; !country && i < at; i++) {
					const m = c.mentionsAt.get(i);
					if (isActorCountry(c, m)) {
						country = countryOf(lexicon, (m as RawMention).entity);
						(m as RawMention).descriptor = true;
					}
				}
				for (const d of phrase.descriptors) d.descriptor = true;
				const id = cast.person(named.name, phrase.role, country);
				found.push({ entity: id, start: named.start, end: named.end, via: 'pattern' });
				continue;
			}
		}
		// "Narendra Modi, the Indian prime minister", « X Y, ministre indonésien des … ».
		const lead = text.slice(Math.max(0, phrase.start - 100), phrase.start);
		const apposition = /,\s+(?:(?:le|la|l['’]|un|une|the|an?)\s+)?(?:\p{L}+\s+)?$/u.exec(lead);
		if (apposition) {
			const commaAt = phrase.start - lead.length + apposition.index;
			const before = nameEndingAt(text, commaAt);
			if (before && !taken(before.start, before.end)) {
				const id = cast.person(before.name, phrase.role, phrase.countries[0]);
				found.push({ entity: id, start: before.start, end: before.end, via: 'pattern' });
				for (const d of phrase.descriptors) d.descriptor = true;
				continue;
			}
		}
		// « le président chinois », « les ministres russe et chinois des Affaires étrangères ».
		let resolved = false;
		for (const country of phrase.countries) {
			const holder =
				(phrase.hit.leader
					? leaderOf(lexicon, cast, country, articleDate, [
							...lexiconBefore(phrase.start),
							...found
						])
					: undefined) ??
				cast.withRole(phrase.role, country) ??
				holderOf(lexicon, phrase.role, country, articleDate);
			if (!holder) continue;
			found.push({ entity: holder, start: phrase.start, end: phrase.end, via: 'role' });
			resolved = true;
			if (!phrase.hit.plural) break;
		}
		if (resolved) for (const d of phrase.descriptors) d.descriptor = true;
		// « la présidente de la Commission européenne », "the UN secretary-general" after the
		// person was named: the last person named before who belongs to that organisation
		// (gazetteer `organization` or `affiliation`); the organisation is no actor there.
		const organization = phrase.organization;
		if (!resolved && organization && !phrase.countries.length) {
			const member = [...lexiconBefore(phrase.start), ...found.filter((m) => m.end <= phrase.start)]
				.sort((a, b) => b.start - a.start)
				.find((m) => organizationOf(lexicon, m.entity) === organization.entity);
			// "Alexander Gabuev, le directeur du centre Carnegie": an apposition to the name is the
			// same mention, not another.
			const apposed =
				member &&
				/^\s*,\s*(?:(?:le|la|l['’]|the|an?)\s*)?$/u.test(text.slice(member.end, phrase.start));
			if (member && !apposed) {
				found.push({ entity: member.entity, start: phrase.start, end: phrase.end, via: 'role' });
				organization.descriptor = true;
			}
		}
	}
	// "Sheikh Tamim bin Hamad Al Thani", "Prince Faisal bin Farhan": a title before a name.
	for (const m of text.matchAll(
		/(?<![\p{L}\p{N}])(?:Sheikh|Cheikh|Prince|Princess|Ayatollah|Archbishop|(?:le |the )?(?:[Gg]énéral|General|Gen\.|[Cc]olonel|[Mm]aréchal|Field Marshal))\s+/gu
	)) {
		const name = nameAt(text, m.index + m[0].length);
		if (!name || taken(name.start, name.end)) continue;
		found.push({
			entity: cast.person(name.name, undefined, undefined),
			start: name.start,
			end: name.end,
			via: 'pattern'
		});
	}
	// « Nikol Pachinian », "Sergei Shoigu": a gazetteer person under another transliteration of
	// their full name, with no role before it.
	const known = personKeysOf(lexicon);
	const covered = new Uint8Array(text.length + 1);
	for (const m of [...lexiconMentions, ...found]) covered.fill(1, m.start, m.end);
	for (const m of text.matchAll(NAME_PAIR_START)) {
		if (covered[m.index]) continue;
		const name = nameAt(text, m.index);
		if (!name || covered[name.start] || covered[name.end - 1]) continue;
		const id = known.get(nameKey(name.name));
		if (!id) continue;
		found.push({ entity: id, start: name.start, end: name.end, via: 'name' });
		covered.fill(1, name.start, name.end);
	}
	const people = [
		...cast.discovered.values(),
		...lexiconMentions
			.map((m) => lexicon.entities.get(m.entity))
			.filter((e): e is Entity => e?.type === 'person')
	];
	const surnames = findLaterSurnames(text, people, lexiconMentions, found, (id) =>
		lexicon.entities.get(id)
	);
	return { mentions: [...found, ...surnames], discovered: [...cast.discovered.values()] };
}

/**
 * After « Narendra Modi » is introduced, « Modi », « M. Modi » and "Mr Modi" refer to him; a
 * surname two people of the article share refers to neither.
 */
function findLaterSurnames(
	text: string,
	people: Entity[],
	lexiconMentions: RawMention[],
	found: RawMention[],
	entityOf: (id: string) => Entity | undefined
): RawMention[] {
	// Characters already named: a list of every mention, scanned for each occurrence, made
	// this quadratic on long articles that keep naming a newcomer.
	const taken = new Uint8Array(text.length);
	const take = (m: RawMention) => taken.fill(1, m.start, m.end);
	const isTaken = (start: number, end: number) => {
		for (let i = start; i < end; i++) if (taken[i]) return true;
		return false;
	};
	for (const m of lexiconMentions) take(m);
	for (const m of found) take(m);
	const firstSeen = new Map<string, number>();
	for (const m of [...lexiconMentions, ...found])
		if (!firstSeen.has(m.entity) || (firstSeen.get(m.entity) as number) > m.start)
			firstSeen.set(m.entity, m.start);
	const owners = new Map<string, Set<string>>();
	const own = (form: string, id: string) => {
		const set = owners.get(form) ?? new Set<string>();
		set.add(id);
		owners.set(form, set);
	};
	const byId = new Map<string, Entity>();
	for (const person of people) {
		if (byId.has(person.id)) continue;
		byId.set(person.id, person);
		for (const form of [person.name, ...surnamesOf(person.name, person.country)])
			own(form, person.id);
	}
	// The name as the article spells it: « Ilham Aliev » (the gazetteer's Aliyev) is then
	// « M. Aliev ».
	for (const m of [...lexiconMentions, ...found]) {
		const person = byId.get(m.entity) ?? entityOf(m.entity);
		const written = text.slice(m.start, m.end);
		if (!person || written === person.name || !/\s/.test(written)) continue;
		// A name, not a role (« le président chinois »).
		if (m.via === 'role' || nameAt(text, m.start)?.end !== m.end) continue;
		for (const form of surnamesOf(written, person.country)) own(form, person.id);
	}
	const extra: RawMention[] = [];
	for (const [form, ids] of owners) {
		if (ids.size !== 1) continue;
		const id = [...ids][0] as string;
		const from = firstSeen.get(id) ?? 0;
		const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		for (const m of text.matchAll(
			new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu')
		)) {
			const start = m.index;
			const end = start + form.length;
			if (start < from || isTaken(start, end)) continue;
			// Not the first word of another name ("Ali" in "Ali Shamkhani" is not Irfaan Ali).
			if (/^\s+\p{Lu}\p{Ll}/u.test(text.slice(end, end + 3))) continue;
			const mention: RawMention = { entity: id, start, end, via: 'pattern' };
			extra.push(mention);
			take(mention);
		}
	}
	return extra;
}
