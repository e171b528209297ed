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
const LOCATIVE_SEAT = /(?:^|[\s(])(?:à|a|at)\s+(?:l['’]|la\s+|le\s+|the\s+)?$/i;

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
		candidates.push({ entity: form.entity, start: hit.start, end: hit.end, via: form.via });
	}
	return selectLongest(candidates).map((m) => {
		const before = text.slice(Math.max(0, m.start - 16), m.start);
		const locative = LOCATIVE_ANY.test(before) || (m.via === 'seat' && LOCATIVE_SEAT.test(before));
		return locative ? { ...m, locative: true } : m;
	});
}

/** Leftmost-longest, non-overlapping. */
export function selectLongest(candidates: RawMention[]): RawMention[] {
	const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
	const chosen: RawMention[] = [];
	let reach = -1;
	for (const m of sorted) {
		if (m.start < reach) continue;
		chosen.push(m);
		reach = m.end;
	}
	return chosen;
}
