// Gazetteer mentions: Aho-Corasick over the folded text, then the checks a word matcher
// would get wrong — boundaries that accept elision (l’Ukraine, d’armes), capitalised names
// that must be capitalised in the text (Chine vs chine), upper-case abbreviations (US vs us).
import type { Lexicon, MentionVia } from '../gazetteer/lexicon';

export interface RawMention {
	entity: string;
	start: number;
	end: number;
	via: MentionVia;
	/** Part of a person's description (« le président russe »): not an actor on its own. */
	descriptor?: boolean;
	/** Preceded by a locative preposition (« à Pékin », "in Beijing"). */
	locative?: boolean;
}

const UPPER = /\p{Lu}/u;
// « en France », "in France"; « à » and "at" place only cities and seats (« à Pékin »):
// « fournir à la Russie » is a recipient and "to Moscow" a destination, not a place.
const LOCATIVE_ANY =
	/(?:^|[\s(])(?:en|au|aux|in|dans|chez|inside)\s+(?:l['’]|la\s+|le\s+|les\s+|the\s+)?$/i;
// « à » only as written, or a capital « A » opening a sentence (« A Pékin, … »): "a
// Moscow-based analyst" is the English article.
const LOCATIVE_CITY =
	/(?:(?:^|[\s(])(?:[àÀ]|[aA]t|[nN]ear|[pP]rès de|[oO]utside)|(?:^|[.!?»]\s+|\n)A)\s+(?:l['’]|la\s+|le\s+|the\s+)?$/;
const DESTINATION = /(?:^|[\s(])(?:to|for|into|vers|pour)\s+(?:the\s+)?$/i;
// A part of a country says where too: "in the Amur region of Russia's Far East", "in the
// north of Syria", « dans l'est de l'Ukraine », « dans la région de Koursk, en Russie » is
// LOCATIVE_ANY's. Only words for a part of a territory: "in the invasion of Ukraine" names a
// party.
const LOCATIVE_PART =
	/(?:^|[\s(])(?:in|at|inside|near|dans|à|près)\s+(?:the\s+|l['’]|la\s+|le\s+|les\s+)?(?:[\p{Lu}][\p{L}-]*\s+){0,2}(?:regions?|north|south|east|west|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest|centre|center|interior|capital|provinces?|city|town|port|coast|outskirts|heart|régions?|nord|sud|est|ouest|nord-est|nord-ouest|sud-est|sud-ouest|centre|capitale|ville|côte|banlieue|cœur)\s+(?:of|de|du|des|d['’])\s*(?:the\s+|l['’]|la\s+|le\s+)?$/iu;

// "a country wedged between Ukraine and EU member Romania", « un pays enclavé entre le Mali
// et le Niger »: the countries a place lies between say where, never who.
const LIES_BETWEEN =
	/(?<![\p{L}])(?:wedged|located|situated|sandwiched|lying|nestled|squeezed|landlocked|située?s?|coincée?s?|enclavée?s?|prise?s? en étau)\s+(?:between|entre)\s/giu;

/** The spans [start, end) of the places named after "wedged between", « situé entre ». */
function placesBetween(text: string): [number, number][] {
	const spans: [number, number][] = [];
	for (const m of text.matchAll(LIES_BETWEEN)) {
		const from = m.index + m[0].length;
		const stop = /[,;.:()]/.exec(text.slice(from, from + 120));
		spans.push([from, from + (stop ? stop.index : 120)]);
	}
	return spans;
}

/** A name in capitals opening a line and followed by a comma: "JOHANNESBURG, Aug 24 (Reuters) –". */
function isDateline(text: string, m: RawMention): boolean {
	const original = text.slice(m.start, m.end);
	return (
		(m.start === 0 || text[m.start - 1] === '\n') &&
		original === original.toUpperCase() &&
		/^\s*(?:\([^)\n]{1,60}\))?,/.test(text.slice(m.end, m.end + 64))
	);
}

export function findLexiconMentions(lexicon: Lexicon, text: string, folded: string): RawMention[] {
	const candidates: RawMention[] = [];
	for (const hit of lexicon.matcher.search(folded)) {
		const forms = lexicon.forms[hit.phrase] ?? [];
		const original = text.slice(hit.start, hit.end);
		const capitalised = UPPER.test(original[0] ?? '');
		// "China" the country, not "china" the porcelain; "US", not the pronoun "us".
		const form = forms.find((f) =>
			f.exact ? original === f.exact : capitalised || !f.capitalised
		);
		if (!form) continue;
		const candidate: RawMention = {
			entity: form.entity,
			start: hit.start,
			end: hit.end,
			via: form.via
		};
		// Hits come by start, the shorter first: only the longest at each start can be chosen,
		// and keeping only it leaves the list in text order (no sort of every hit).
		if (candidates[candidates.length - 1]?.start === hit.start)
			candidates[candidates.length - 1] = candidate;
		else candidates.push(candidate);
	}
	// « Colombie-Britannique », « Nouvelle-Zélande » read whole are other places: a name glued
	// by a hyphen to another capitalised word is part of that name, not the country — unless
	// that word names a place too (« l'axe Pékin-Moscou » is two capitals; « Britannique » in
	// « Colombie-Britannique » is an adjective, so the compound stays one other place).
	const places = candidates.filter((c) => c.via !== 'adjective');
	const starts = new Set(places.map((c) => c.start));
	const ends = new Set(places.map((c) => c.end));
	// "Iran's Supreme National Security Council" is not the UN's: an organisation's name right
	// after other capitalised words of a name (not a sentence's first word) is part of another.
	const inLongerName = (c: RawMention) =>
		lexicon.entities.get(c.entity)?.type === 'organization' &&
		c.via === 'name' &&
		/[\p{Ll},;:'’]\s+(?:\p{Lu}[\p{Ll}-]+\s+)+$/u.test(
			text.slice(Math.max(0, c.start - 40), c.start)
		) &&
		!ends.has(c.start - 1);
	const unglued = candidates.filter((c) => {
		if (inLongerName(c)) return false;
		const place = c.via !== 'adjective';
		const after =
			/^-\p{Lu}/u.test(text.slice(c.end, c.end + 2)) && !(place && starts.has(c.end + 1));
		const before =
			/\p{Lu}[\p{L}]*-$/u.test(text.slice(Math.max(0, c.start - 20), c.start)) &&
			!(place && ends.has(c.start - 1));
		// « latino-américains », "Afro-American", « nord-américain »: a continent's or region's
		// prefix makes another people of the adjective (« nord-coréen » is a form of its own).
		const region =
			!place &&
			/(?:^|[^\p{L}])(?:latino|afro|pan|ibero|meso|euro|nord|north|sud|south|centre|central)-$/iu.test(
				text.slice(Math.max(0, c.start - 10), c.start)
			);
		return !after && !before && !region;
	});
	const found: RawMention[] = [];
	const between = placesBetween(text);
	for (const m of selectLongest(unglued)) {
		if (between.some(([from, to]) => m.start >= from && m.end <= to)) {
			found.push({ ...m, locative: true });
			continue;
		}
		const before = text.slice(Math.max(0, m.start - 16), m.start);
		const city = m.via === 'seat' || m.via === 'place';
		// "a Moscow-based analyst" says where someone works.
		const locative =
			LOCATIVE_ANY.test(before) ||
			LOCATIVE_PART.test(text.slice(Math.max(0, m.start - 60), m.start)) ||
			(city && (LOCATIVE_CITY.test(before) || /^-based\b/i.test(text.slice(m.end, m.end + 7))));
		// A place that is not a seat says where, never who: "in Johannesburg", « à Durban », "to
		// Kazan" (a destination), a dateline ("JOHANNESBURG, Aug 24 –"); "Johannesburg said"
		// names no actor, and a place is never a party.
		if (m.via === 'place') {
			const where = locative || DESTINATION.test(before);
			if ((where && text[m.end] !== '-') || isDateline(text, m))
				found.push({ ...m, locative: true });
			continue;
		}
		found.push(locative ? { ...m, locative: true } : m);
	}
	return found;
}

const byPosition = (a: RawMention, b: RawMention) => a.start - b.start || b.end - a.end;

/** In text order (by start, the longer first), sorting only when the list is not already. */
export function inTextOrder(mentions: RawMention[]): RawMention[] {
	for (let i = 1; i < mentions.length; i++)
		if (byPosition(mentions[i - 1] as RawMention, mentions[i] as RawMention) > 0)
			return [...mentions].sort(byPosition);
	return mentions;
}

/**
 * Lists already in text order, merged into one in a single pass: on a long article the
 * mentions number in the tens of thousands, and sorting them again and again showed.
 */
export function mergeInTextOrder(...lists: RawMention[][]): RawMention[] {
	let merged = inTextOrder(lists[0] ?? []);
	for (const next of lists.slice(1)) {
		const other = inTextOrder(next);
		if (!other.length) continue;
		const out: RawMention[] = [];
		let i = 0;
		let j = 0;
		while (i < merged.length && j < other.length)
			out.push(
				byPosition(merged[i] as RawMention, other[j] as RawMention) <= 0
					? (merged[i++] as RawMention)
					: (other[j++] as RawMention)
			);
		while (i < merged.length) out.push(merged[i++] as RawMention);
		while (j < other.length) out.push(other[j++] as RawMention);
		merged = out;
	}
	return merged;
}

/** Leftmost-longest, non-overlapping; on ties the earlier list wins. */
export function selectLongest(candidates: RawMention[]): RawMention[] {
	const sorted = inTextOrder(candidates);
	const chosen: RawMention[] = [];
	let reach = -1;
	for (const m of sorted) {
		if (m.start < reach) continue;
		chosen.push(m);
		reach = m.end;
	}
	return chosen;
}

/**
 * The candidates that overlap none of `existing` (a mention list in text order, as
 * mergeInTextOrder returns it): a binary search and a running maximum of ends, so that a
 * long text's thousands of pronouns are not each compared with every mention.
 */
export function notOverlapping(candidates: RawMention[], existing: RawMention[]): RawMention[] {
	const maxEnd: number[] = [];
	let running = -1;
	for (const m of existing) maxEnd.push((running = Math.max(running, m.end)));
	return candidates.filter((r) => {
		// The first mention that starts at or after r.end; every one before starts before it.
		let lo = 0;
		let hi = existing.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if ((existing[mid] as RawMention).start < r.end) lo = mid + 1;
			else hi = mid;
		}
		return lo === 0 || (maxEnd[lo - 1] as number) <= r.start;
	});
}
