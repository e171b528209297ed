// Persons: gazetteer names are already mentions; this finds the others from the usual news
// patterns (« le Premier ministre indien Narendra Modi », "U.S. President Joe Biden",
// « Alexander Gabuev, le directeur du… ») and resolves role descriptions without a name
// (« le président chinois ») to whoever held that role at the article's date.
import type { Lexicon } from '../gazetteer/lexicon';
import type { RoleKey } from '../gazetteer/schema';
import type { Entity } from '../types';
import type { RawMention } from './mentions';
import { findRoleNouns, ROLE_QUALIFIERS, type RoleHit } from './roles';

const NAME_TOKEN = "\\p{Lu}[\\p{Ll}\\p{Lu}'’]*(?:-\\p{Lu}?[\\p{Ll}\\p{Lu}]+)*";
const NAME_AT_START = new RegExp(
	`^${NAME_TOKEN}(?:\\s+(?:(?:von|van|der|de|da|bin|al|el)\\s+)?${NAME_TOKEN}){1,3}`,
	'u'
);
const NAME_AT_END = new RegExp(`${NAME_TOKEN}(?:\\s+${NAME_TOKEN}){1,3}$`, 'u');
// Capitalised words that open sentences or titles, never a first name.
const NOT_A_NAME =
	/^(?:Le|La|Les|L|Un|Une|Des|Du|De|Ce|Cette|Ces|Il|Elle|Ils|Elles|Selon|Pour|Mais|Et|The|A|An|In|On|At|Of|For|But|And|He|She|They|It|This|That|According|President|Président|Premier|Prime|Foreign|Minister|Ministre|Mr|Mrs|Ms|M|Mme|Affaires|État|State)$/u;

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
	/** Where the phrase ends, and a name may start. */
	end: number;
}

/** Extend a role noun over the words that qualify it: country adjectives, « des Affaires étrangères ». */
function readRolePhrase(
	lexicon: Lexicon,
	text: string,
	folded: string,
	hit: RoleHit,
	mentionsAt: PositionIndex,
	mentionsEndingAt: PositionIndex
): RolePhrase {
	const phrase: RolePhrase = { hit, countries: [], descriptors: [], role: hit.role, end: hit.end };
	// English puts the country first: "Chinese Foreign Minister", "U.S. President".
	const gapBefore = /\s+$/.exec(text.slice(Math.max(0, hit.start - 4), hit.start))?.[0].length ?? 0;
	const before = gapBefore ? mentionsEndingAt.get(hit.start - gapBefore) : undefined;
	if (before && countryOf(lexicon, before.entity)) {
		phrase.countries.push(countryOf(lexicon, before.entity) as string);
		phrase.descriptors.push(before);
	}
	let cursor = hit.end;
	for (let step = 0; step < 6; step++) {
		const gap = /^\s*/.exec(text.slice(cursor))?.[0].length ?? 0;
		const at = cursor + gap;
		const mention = mentionsAt.get(at);
		const rest = folded.slice(at, at + 60);
		const country = mention ? countryOf(lexicon, mention.entity) : undefined;
		if (mention && country && lexicon.entities.get(mention.entity)?.type !== 'person') {
			phrase.countries.push(country);
			phrase.descriptors.push(mention);
			cursor = mention.end;
			continue;
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

function holderOf(
	lexicon: Lexicon,
	role: RoleKey,
	country: string,
	date: string
): string | undefined {
	const holders = lexicon.gazetteer.people.filter((p) =>
		p.roles.some(
			(r) =>
				r.role === role &&
				(r.country ?? p.country) === country &&
				(!r.from || r.from <= date) &&
				(!r.to || date < r.to)
		)
	);
	return holders.length === 1 ? holders[0]?.id : undefined;
}

export function findPersons(
	lexicon: Lexicon,
	text: string,
	folded: string,
	lexiconMentions: RawMention[],
	articleDate: string
): PersonFinding {
	const mentionsAt = positionIndex(lexiconMentions, 'start');
	const mentionsEndingAt = positionIndex(lexiconMentions, 'end');
	const found: RawMention[] = [];
	const discovered = new Map<string, Entity>();
	for (const hit of findRoleNouns(folded)) {
		const phrase = readRolePhrase(lexicon, text, folded, hit, mentionsAt, mentionsEndingAt);
		for (const d of phrase.descriptors) d.descriptor = true;
		const afterPhrase = /^,?\s+/.exec(text.slice(phrase.end))?.[0] ?? '';
		const nameStart = phrase.end + afterPhrase.length;
		const known = mentionsAt.get(nameStart);
		if (afterPhrase && known && lexicon.entities.get(known.entity)?.type === 'person') continue;
		const name = afterPhrase
			? NAME_AT_START.exec(text.slice(nameStart, nameStart + 80))?.[0]
			: undefined;
		const firstToken = name?.split(/\s+/)[0] ?? '';
		if (name && !NOT_A_NAME.test(firstToken) && !mentionsAt.has(nameStart)) {
			const person = discover(discovered, name, phrase.role, phrase.countries[0]);
			found.push({
				entity: person.id,
				start: nameStart,
				end: nameStart + name.length,
				via: 'pattern'
			});
			continue;
		}
		// "Narendra Modi, the Indian prime minister": the name comes first.
		const lead = text.slice(Math.max(0, hit.start - 90), hit.start);
		const apposition = /,\s+(?:le|la|l['’]|un|une|the|an?)\s+(?:\p{L}+\s+)?$/u.exec(lead);
		if (apposition) {
			const beforeComma = lead.slice(0, apposition.index);
			const nameBefore = NAME_AT_END.exec(beforeComma)?.[0];
			const start = hit.start - lead.length + apposition.index - (nameBefore?.length ?? 0);
			if (
				nameBefore &&
				!NOT_A_NAME.test(nameBefore.split(/\s+/)[0] ?? '') &&
				!mentionsAt.has(start)
			) {
				const person = discover(discovered, nameBefore, phrase.role, phrase.countries[0]);
				found.push({ entity: person.id, start, end: start + nameBefore.length, via: 'pattern' });
				continue;
			}
		}
		// « le président chinois », « les ministres russe et chinois des Affaires étrangères ».
		for (const country of phrase.countries) {
			const holder = holderOf(lexicon, phrase.role, country, articleDate);
			if (!holder) continue;
			const start =
				phrase.descriptors.length && phrase.descriptors[0]!.start < hit.start
					? phrase.descriptors[0]!.start
					: hit.start;
			found.push({ entity: holder, start, end: phrase.end, via: 'role' });
			if (!phrase.hit.plural) break;
		}
	}
	const surnames = findLaterSurnames(text, [...discovered.values()], lexiconMentions, found);
	return { mentions: [...found, ...surnames], discovered: [...discovered.values()] };
}

function discover(
	discovered: Map<string, Entity>,
	name: string,
	role: RoleKey,
	country?: string
): Entity {
	const id = slugify(name);
	const existing = discovered.get(id);
	if (existing) return existing;
	const person: Entity = {
		id,
		type: 'person',
		name,
		names: { fr: name, en: name },
		role,
		...(country ? { country } : {}),
		discovered: true
	};
	discovered.set(id, person);
	return person;
}

/** After « Narendra Modi » is introduced, « Modi » alone refers to him. */
function findLaterSurnames(
	text: string,
	people: Entity[],
	lexiconMentions: RawMention[],
	found: RawMention[]
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
	const extra: RawMention[] = [];
	for (const person of people) {
		const tokens = person.name.split(/\s+/);
		const surname = tokens[tokens.length - 1] ?? '';
		const forms = [person.name, ...(surname.length >= 3 ? [surname] : [])];
		for (const form of forms) {
			const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
			for (const m of text.matchAll(
				new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu')
			)) {
				const start = m.index;
				const end = start + form.length;
				if (isTaken(start, end)) continue;
				const mention: RawMention = { entity: person.id, start, end, via: 'pattern' };
				extra.push(mention);
				take(mention);
			}
		}
	}
	return extra;
}
