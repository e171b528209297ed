// Role nouns of news prose ("agents" in event-coder dictionaries such as Phoenix's), French
// and English, on folded text. A role combined with a country (« le président russe », "U.S.
// President") describes a person; with a name it introduces one.
import type { RoleKey } from '../gazetteer/schema';

export interface RoleNoun {
	pattern: RegExp;
	role: RoleKey;
	/** « son homologue », "his counterpart": the office of the person it is compared with. */
	relative?: boolean;
}

// Longer phrases first: « ministre des affaires étrangères » before « ministre ».
export const ROLE_NOUNS: RoleNoun[] = [
	{ pattern: /^(?:homologues?|counterparts?)/, role: 'head-of-state', relative: true },
	{
		pattern:
			/^(?:chefs? de la diplomatie|ministres? des affaires etrangeres|ministres? des relations exterieures|foreign ministers?|foreign secretary|external affairs ministers?|foreign affairs ministers?|secretary of state|secretaire d'etat|top diplomat|chief diplomat)/,
		role: 'foreign-minister'
	},
	{
		pattern:
			/^(?:ministres? de la defense|ministres? des armees|defen[cs]e ministers?|defen[cs]e secretary|secretary of defen[cs]e)/,
		role: 'defence-minister'
	},
	{
		pattern:
			/^(?:premiers? ministres?|premieres? ministres?|prime ministers?|chanceli(?:er|ere)s?|chancellors?|chefs? du gouvernement|heads? of government|premier)/,
		role: 'head-of-government'
	},
	{
		pattern:
			/^(?:president(?:e|s|es)?|chefs? d'etat|heads? of state|dirigeants?|dirigeantes?|leaders?|rois?|reines?|kings?|queens?|emirs?|prince heritier|crown prince|sultan|monarch|dictateur|dictator|supreme leader|guide supreme)/,
		role: 'head-of-state'
	},
	{ pattern: /^(?:ministres?|ministers?|secretary|secretaire)/, role: 'minister' },
	{ pattern: /^(?:conseill(?:er|ere)s?|advis[eo]rs?)/, role: 'adviser' },
	{ pattern: /^(?:porte-parole|spokes(?:man|woman|person))/, role: 'spokesperson' },
	{
		pattern:
			/^(?:expert(?:e|s|es)?|analystes?|analysts?|chercheu(?:r|se)s?|researchers?|directeur|directrice|director|professeur(?:e)?|professor|politologue|political scientist|fellow)/,
		role: 'expert'
	},
	{
		pattern:
			/^(?:ambassad(?:eur|rice)s?|ambassadors?|envoy|envoye(?:e)? special(?:e)?|emissaires?|diplomates?|diplomats?|negotiators?|negociat(?:eur|rice)s?|representati(?:ve|f)s?)/,
		role: 'diplomat'
	},
	{
		pattern:
			/^(?:secretaire general(?:e)?|secretary-general|secretary general|commissaires?|commissioners?|haut representant|high representative|governors?|gouverneur|commandant|commander|chef d'etat-major|chief of staff|officials?|responsables?|deputes?|deputees?|senat(?:eur|rice)s?|senators?|lawmakers?|legislators?|congress(?:wo)?m[ae]n|house speaker|speaker of the house|patron|fondat(?:eur|rice)|founder|opposante?s?|opposition figure)/,
		role: 'official'
	}
];

// Words that may stand between a role noun and the name it introduces.
export const ROLE_QUALIFIERS =
	/^(?:des affaires etrangeres|de la defense|diplomatique|en relations internationales|adjoint|adjointe|du centre de reflexion|du centre|du groupe|of state|general|generale|special|speciale|interimaire|sortant|sortante|chretien-democrate|social-democrate|conservat(?:eur|rice)|ecologiste|socialiste|republicaine?|democrate|travailliste|centriste|liberale?|de l'opposition|d'opposition|du gouvernement|of the government|du parti|of the party)\b/;

/**
 * Words before a role noun that keep it a role ("former", « ancien »); those that make it
 * another office than the one named ("vice", "deputy", « adjoint ») are `lesser`.
 */
export const ROLE_MODIFIERS =
	/^(?:former|then|then-|ex|ex-|acting|interim|religious|spiritual|new|newly appointed|newly elected|outgoing|incoming|senior|junior|top|chief|ancien|ancienne|nouveau|nouvel|nouvelle|futur|future|president-elect)$/;
export const LESSER_MODIFIERS = /^(?:vice|vice-|deputy|sous|adjoint|assistant|junior|under)$/;

/** Any role noun of ROLE_NOUNS, as one alternation (no anchor) for patterns built on it. */
export const ROLE_WORDS = `(?:${ROLE_NOUNS.map((r) => r.pattern.source.slice(1)).join('|')})`;

const ROLE_START = new RegExp(
	// Folded text: ASCII-range boundaries are enough and much faster than \p{L}.
	'(?<![a-z0-9\\u00c0-\\u024f])' + ROLE_WORDS + '(?![a-z0-9\\u00c0-\\u024f])',
	'g'
);

export interface RoleHit {
	start: number;
	end: number;
	role: RoleKey;
	plural: boolean;
	/** A counterpart: the office is the one the person in focus holds. */
	relative?: boolean;
	/** "leader", « dirigeant »: whoever leads the country, head of state or of government. */
	leader?: boolean;
}

/** Role nouns of folded text; `text` is the original (« premier » is a role only as Premier). */
export function findRoleNouns(folded: string, text: string = folded): RoleHit[] {
	const hits: RoleHit[] = [];
	for (const m of folded.matchAll(ROLE_START)) {
		const found = m[0];
		if (found === 'premier' && text[m.index] !== 'P') continue;
		const noun = ROLE_NOUNS.find((r) => r.pattern.test(found));
		if (!noun) continue;
		// "vice-president", « vice-président », "deputy prime minister": another office.
		const before = folded.slice(Math.max(0, m.index - 12), m.index);
		const lesser = /(?:^|[\s-])(?:vice|deputy|sous|under)[\s-]*$/.test(before);
		hits.push({
			start: m.index,
			end: m.index + found.length,
			role: lesser ? 'official' : noun.role,
			...(noun.relative ? { relative: true } : {}),
			...(/^(?:leaders?|dirigeante?s?)$/.test(found) ? { leader: true } : {}),
			plural: /^(?:\S+s)(?:\s|$)/.test(found) && !/^(?:chefs? d'etat|porte-parole)/.test(found)
		});
	}
	return hits;
}
