// Role nouns of news prose ("agents" in event-coder dictionaries), French and English, on
// folded text. A role combined with a country (« le président russe », "U.S. President")
// describes a person; with a name it introduces one.
import type { RoleKey } from '../gazetteer/schema';

export interface RoleNoun {
	pattern: RegExp;
	role: RoleKey;
}

// Longer phrases first: « ministre des affaires étrangères » before « ministre ».
export const ROLE_NOUNS: RoleNoun[] = [
	{
		pattern:
			/^(?:chefs? de la diplomatie|ministres? des affaires etrangeres|foreign ministers?|external affairs ministers?|foreign affairs ministers?|secretary of state|secretaire d'etat)/,
		role: 'foreign-minister'
	},
	{
		pattern:
			/^(?:ministres? de la defense|ministres? des armees|defen[cs]e ministers?|defen[cs]e secretary)/,
		role: 'defence-minister'
	},
	{
		pattern: /^(?:premiers? ministres?|prime ministers?|chanceli(?:er|ere)s?|chancellors?)/,
		role: 'head-of-government'
	},
	{
		pattern:
			/^(?:president(?:e|s|es)?|chefs? d'etat|heads? of state|dirigeants?|dirigeantes?|leaders?|rois?|reines?|kings?|queens?|emirs?|prince heritier|crown prince|dictateur|dictator)/,
		role: 'head-of-state'
	},
	{ pattern: /^(?:ministres?|ministers?|secretary)/, role: 'minister' },
	{ pattern: /^(?:conseill(?:er|ere)s?|advis[eo]rs?)/, role: 'adviser' },
	{ pattern: /^(?:porte-parole|spokes(?:man|woman|person))/, role: 'spokesperson' },
	{
		pattern:
			/^(?:expert(?:e|s|es)?|analystes?|analysts?|chercheu(?:r|se)s?|researchers?|directeur|directrice|director|professeur(?:e)?|professor|politologue|political scientist)/,
		role: 'expert'
	},
	{
		pattern: /^(?:ambassad(?:eur|rice)s?|ambassadors?|envoy|emissaires?|diplomates?|diplomats?)/,
		role: 'diplomat'
	}
];

// Words that may stand between a role noun and the name it introduces.
export const ROLE_QUALIFIERS =
	/^(?:des affaires etrangeres|de la defense|diplomatique|en relations internationales|adjoint|adjointe|du centre de reflexion|du centre|du groupe|of state|general|generale)\b/;

const ROLE_START = new RegExp(
	// Folded text: ASCII-range boundaries are enough and much faster than \p{L}.
	'(?<![a-z0-9\\u00c0-\\u024f])(?:' +
		ROLE_NOUNS.map((r) => r.pattern.source.slice(1)).join('|') +
		')(?![a-z0-9\\u00c0-\\u024f])',
	'g'
);

export interface RoleHit {
	start: number;
	end: number;
	role: RoleKey;
	plural: boolean;
}

export function findRoleNouns(folded: string): RoleHit[] {
	const hits: RoleHit[] = [];
	for (const m of folded.matchAll(ROLE_START)) {
		const found = m[0];
		const noun = ROLE_NOUNS.find((r) => r.pattern.test(found));
		if (!noun) continue;
		hits.push({
			start: m.index,
			end: m.index + found.length,
			role: noun.role,
			plural: /^(?:\S+s)(?:\s|$)/.test(found) && !/^(?:chefs? d'etat|porte-parole)/.test(found)
		});
	}
	return hits;
}
