// Clauses of a sentence, so that a trigger takes its actors from its own clause: boundaries at
// semicolons, colons, quotes and brackets, relative pronouns ("which", « qui »), subordinate
// conjunctions ("because", « alors que »), complementisers ("that", « que »), and a
// conjunction, infinitive marker or comma right before another verb ("… and met", "to meet",
// ", urging"). A clause without a subject of its own takes the one that governs it: the
// antecedent of a relative pronoun, the subject of the clause before a coordinated verb, an
// infinitive or a participle.
import { allMatches } from '../text/matches';
import type { Sentence } from './sentence';

export type ClauseOpener =
	| 'start'
	| 'break'
	| 'relative'
	| 'subordinate'
	| 'complement'
	| 'coordinate'
	| 'infinitive'
	| 'participle'
	| 'resumed';

export interface Clause {
	/** Where the clause's words start (after its opener), article offsets. */
	start: number;
	end: number;
	opener: ClauseOpener;
	/** Where the opener itself starts ("which", "and", "to"), for the words before it. */
	openerAt: number;
}

const BREAK = /[;:]|\s[–—]\s|\s-\s/g;
const RELATIVE =
	/(?:,\s*|\s)(?:who|whom|whose|which|qui|lequel|laquelle|lesquels|lesquelles|auquel|duquel)\s/g;
// « ce que », « ce qu’ » ('what') open a noun phrase, not a clause.
const COMPLEMENT = /(?<!\sce)\s(?:that\s|que\s|qu')/g;
const SUBORDINATE =
	/(?:,\s*|\s)(?:because(?!\s+of)|while|whereas|although|though|unless|if|when|whenever|parce\s+que|parce\s+qu'|alors\s+que|alors\s+qu'|tandis\s+que|tandis\s+qu'|bien\s+que|lorsque|lorsqu'|quand|puisque|pendant\s+que|afin\s+que|pour\s+que)\s/g;
const SUBORDINATE_AFTER_COMMA =
	/,\s*(?:after|before|since|until|as|but|apres|avant|depuis|car|mais)\s/g;
// A conjunction, an infinitive marker or a comma opens a clause only before a verb.
const BEFORE_VERB =
	/(?:,\s*|\s)(?:and|but|then|et|mais|puis)\s+(?:(?:also|then|later|aussi|ensuite|egalement|personally)\s+)?$/;
const INFINITIVE_MARK =
	/\s(?:to|a|de|d'|pour|afin de|en vue de)\s*(?:(?:also|then|aussi|ensuite)\s+)?$/;
const COMMA_BEFORE = /,\s*$/;
// « en rejetant », « , tout en accusant »: a French gerund, whose subject is the sentence's.
const GERUND_BEFORE = /(?:,\s*|\s)(?:tout\s+)?en\s+$/;
const GERUND = /^\p{L}+ant(?!\p{L})/u;
// « Le président argentin, qui avait …, a été accueilli par Lula », "Nauseda, who spoke with
// Duda, has said": a comma and a finite auxiliary resume the clause a relative interrupted.
/** Finite auxiliaries (folded), both languages: what makes the next verb a clause's own. */
export const AUXILIARY =
	'a|ont|est|sont|avait|avaient|etait|etaient|sera|seront|va|vont|has|have|had|was|were|is|are|will|would';
/** Words that may stand between an auxiliary and its verb (« a été », "has also"). */
export const AUXILIARY_MODIFIER =
	"ete|been|not|pas|ne|n'|also|aussi|deja|already|then|later|ensuite";
const RESUMED_BEFORE = new RegExp(
	`,\\s*(?:${AUXILIARY})\\s+(?:(?:${AUXILIARY_MODIFIER})\\s+){0,2}$`
);
const BOUNDARY = new RegExp(
	[
		`(?<brk>${BREAK.source})`,
		`(?<rel>${RELATIVE.source})`,
		`(?<cmp>${COMPLEMENT.source})`,
		`(?<sub>${SUBORDINATE.source})`,
		`(?<sbc>${SUBORDINATE_AFTER_COMMA.source})`
	].join('|'),
	'g'
);
const SUBJECT_PRONOUN = /^(?:he|she|they|it|il|elle|ils|elles|on)\s/;

/**
 * Where an infinitive marker before the verb at `verb` starts: "to", « à », « de », « pour »;
 * folded text writes « à » as "a", which is also the auxiliary (« a appelé »): the original
 * text tells them apart.
 */
function infinitiveMark(s: Sentence, lead: string, verb: number): number | undefined {
	const m = INFINITIVE_MARK.exec(lead);
	if (!m) return undefined;
	const at = verb - m[0].length;
	const word = /\S+/.exec(m[0])?.[0] ?? '';
	if (word === 'a' && s.text[at + m[0].indexOf(word)] !== 'à') return undefined;
	return at;
}

interface Boundary {
	at: number;
	start: number;
	opener: ClauseOpener;
}

/**
 * The clauses of a sentence in text order; `verbs` are the starts of the sentence's verb
 * triggers (a conjunction, an infinitive marker or a comma before one opens a clause).
 */
export function clausesOf(s: Sentence, verbs: number[]): Clause[] {
	const text = s.folded.slice(s.start, s.end);
	const at = (i: number) => s.start + i;
	const boundaries: Boundary[] = [];
	// One scan for every kind of boundary word (a regex per kind cost a pass each).
	for (const m of allMatches(BOUNDARY, text)) {
		const groups = m.groups ?? {};
		const opener: ClauseOpener = groups.brk
			? 'break'
			: groups.rel
				? 'relative'
				: groups.cmp
					? 'complement'
					: 'subordinate';
		// ", avant d'appeler M. Pachinian", ", after meeting Xi", « après avoir rencontré »:
		// an infinitive or gerund after the conjunction has the main clause's subject.
		const after = text.slice(m.index + m[0].length, m.index + m[0].length + 14);
		const nonFinite = groups.sbc !== undefined && /^(?:de\s|d'|avoir\s|\p{L}+ing\s)/u.test(after);
		boundaries.push({
			at: at(m.index),
			start: at(m.index + m[0].length),
			opener: nonFinite ? 'infinitive' : opener
		});
	}
	for (const verb of verbs) {
		const lead = s.folded.slice(Math.max(s.start, verb - 30), verb);
		const conjunction = BEFORE_VERB.exec(lead);
		if (conjunction)
			boundaries.push({ at: verb - conjunction[0].length, start: verb, opener: 'coordinate' });
		else if (infinitiveMark(s, lead, verb) !== undefined)
			boundaries.push({
				at: infinitiveMark(s, lead, verb) as number,
				start: verb,
				opener: 'infinitive'
			});
		else if (RESUMED_BEFORE.test(lead))
			boundaries.push({
				at: verb - (RESUMED_BEFORE.exec(lead)?.[0].length ?? 0),
				start: verb,
				opener: 'resumed'
			});
		else if (COMMA_BEFORE.test(lead))
			boundaries.push({
				at: verb - (COMMA_BEFORE.exec(lead)?.[0].length ?? 0),
				start: verb,
				opener: 'participle'
			});
		else if (GERUND_BEFORE.test(lead) && GERUND.test(s.folded.slice(verb, verb + 24)))
			boundaries.push({
				at: verb - (GERUND_BEFORE.exec(lead)?.[0].length ?? 0),
				start: verb,
				opener: 'participle'
			});
	}
	// A conjunction before a subject pronoun ("… and he met") opens a clause with its own subject.
	for (const m of allMatches(/(?:,\s*|\s)(?:and|but|et|mais)\s+/g, text))
		if (SUBJECT_PRONOUN.test(text.slice(m.index + m[0].length)))
			boundaries.push({ at: at(m.index), start: at(m.index + m[0].length), opener: 'coordinate' });
	boundaries.sort((a, b) => a.at - b.at || a.start - b.start);
	const clauses: Clause[] = [];
	let current: Clause = { start: s.start, end: s.end, opener: 'start', openerAt: s.start };
	for (const b of boundaries) {
		if (b.at < current.start) continue;
		current.end = b.at;
		clauses.push(current);
		current = { start: b.start, end: s.end, opener: b.opener, openerAt: b.at };
	}
	clauses.push(current);
	return clauses;
}

/** The clause holding `position`. */
export function clauseAt(clauses: Clause[], position: number): Clause {
	let found = clauses[0] as Clause;
	for (const c of clauses) {
		if (c.start > position) break;
		found = c;
	}
	return found;
}

/** The clause right before `clause` (the one that governs a clause without a subject). */
export function clauseBefore(clauses: Clause[], clause: Clause): Clause | undefined {
	const i = clauses.indexOf(clause);
	return i > 0 ? clauses[i - 1] : undefined;
}
