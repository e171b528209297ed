// Where a gathering is held, and who attends it: "Harris, representing Biden at the APEC summit",
// « Celso Amorim … y assistait », "leaders attending it" are visits to the country that holds it
// (CAMEO 042, as event coders read attendance abroad), named in the sentence or told before.
import type { RawMention } from './mentions';
import { slice, typeOf, type Sentence, type SentenceRelation } from './sentence';
import type { TriggerHit } from './triggers';

// A gathering one attends, on folded text: summits, meetings, talks, ceremonies, named forums.
const GATHERING =
	/\b(?:sommets?|summits?|reunions?|meetings?|conferences?|ceremon\w*|talks|pourparlers|negociations?|negotiations?|forums?|assemblees?|assembl(?:y|ies)|sessions?|funerals?|obseques|funerailles|investitures?|inaugurations?|inaugural\w*|commemorations?|g7|g20|cop\d+|conseil europeen|european council)\b/;
// Attending from afar visits nobody ("took part by video link", « par visioconférence »).
const REMOTE =
	/(?:video ?link|video-?conferen\w*|visio\w*|virtual(?:ly)?|remotely|a distance|en ligne|online|by video|par video)/;
// « y assistait », « n'y a pas participé »: the gathering told before.
const Y_BEFORE = /(?:^|[\s'])y\s+(?:\S+\s+)?$/;
const IT_AFTER = /^\s+(?:it|them)\b/;

/** "on the sidelines of", « en marge de »: an attendance hit that says everyone named was there. */
export function isSidelines(s: Sentence, hit: TriggerHit): boolean {
	return (
		!!hit.rule.attendance && /^(?:en marge|on the sidelines)/.test(slice(s, hit.start, hit.end))
	);
}

/**
 * The country whose gathering an attendance trigger's subject attends, as a mention at the
 * trigger: a country or city named as the place after it ("the summit in Bangkok"), else where
 * the last gathering of the article was held (`s.venue`). Undefined for other triggers, when
 * no gathering is named or pointed to (« assister les réfugiés »), when it was attended from
 * afar, or when no place is known.
 */
export function attendedVenue(s: Sentence, hit: TriggerHit): RawMention | undefined {
	if (!hit.rule.attendance) return undefined;
	const after = slice(s, hit.end, Math.min(s.end, hit.end + 80));
	const pointed = Y_BEFORE.test(slice(s, Math.max(s.start, hit.start - 12), hit.start));
	if (!pointed && !IT_AFTER.test(after) && !GATHERING.test(after)) return undefined;
	if (REMOTE.test(slice(s, s.start, s.end))) return undefined;
	const named = s.actors.find(
		(a) => a.start >= hit.end && a.start - hit.end < 100 && a.locative && typeOf(s, a) === 'country'
	);
	const entity = named?.entity ?? s.venue;
	return entity ? { entity, start: hit.start, end: hit.end, via: 'reference' } : undefined;
}

const IN_PERSON = new Set(['meeting', 'visit', 'talks']);
const GATHERING_NOUN = /^(?:sommets?|summits?|reunions?|meetings?|conferences?|forums?)$/;

/**
 * Where the sentence says a gathering is held, for the sentences after it: the place of an
 * in-person event it tells as happened (asserted or reported) ("met in Doha", "is in Bangkok for the summit"), or a
 * gathering noun with a place right after it (« le sommet du G20 à New Delhi »); undefined
 * when it tells neither.
 */
export function sentenceVenue(s: Sentence, relations: SentenceRelation[]): string | undefined {
	const located = relations.find(
		(r) =>
			r.location &&
			IN_PERSON.has(r.type) &&
			(r.modality === 'asserted' || r.modality === 'reported')
	);
	if (located) return located.location;
	for (const hit of s.hits) {
		if (hit.rule.type !== 'meeting' || !GATHERING_NOUN.test(slice(s, hit.start, hit.end))) continue;
		const place = s.actors.find(
			(a) =>
				a.start >= hit.end && a.start - hit.end < 40 && a.locative && typeOf(s, a) === 'country'
		);
		if (place) return place.entity;
	}
	return undefined;
}
