// Modality of a relation from the words around its trigger: negation (« aucune information
// n’indique que »), hypothesis (« pourraient »), plan (« devraient signer », future tense),
// offer (« a proposé de », "offered to"), report (« selon le Kremlin »). Negation wins over
// hypothesis, hypothesis over offer, offer over plan.
// Word starts are lookbehinds, not a consumed character: the patterns run once per trigger,
// and an alternation opening on ^ or a character class is tried at every position.
import type { Modality } from '../types';

const NEGATION =
	/(?<![a-z\u00c0-\u024f])(?:ne|n'|aucune?|jamais|ni|sans|pas de|not|no|never|n't|neither|nor|without|refuse[sd]?|refuse de|s'abstenir|s'est engage a .{0,20}s'abstenir)(?![a-z\u00c0-\u024f])/;
// "warned Pyongyang against supplying": what one is warned against has not happened; nor
// has what is offered or proposed (« a proposé d'accueillir », "offered to host").
const HYPOTHESIS =
	/(?<![a-z\u00c0-\u024f])(?:pourr(?:ait|aient|a|ont)|risqu(?:e|ent)|eventuel(?:le)?|could|might|may|would|possibl[ey]|against|threaten(?:s|ed|ing)? to|menac(?:e|ent|ait|aient|er) de|hop(?:e|es|ed|ing) to|espere|esperent|souhaite|souhaitent)(?![a-z\u00c0-\u024f])/;
// Offers and invitations (issue: « a invité X à se rendre à Moscou », "offered to mediate"):
// proposed, not asserted.
const PROPOSAL =
	/(?<![a-z\u00c0-\u024f])(?:offer(?:s|ed|ing)? to|propos(?:e|es|ent|ait|aient|er|ed|es|ing) (?:de|to|d(?='))|invit(?:e|es|ed|ing|ent|ait|aient|er) .{0,40}?(?:to|a)|(?:is|are|was|were) (?:ready|willing) to|(?:se dit|se disent|s'est dit|se sont dits|est|sont|etait) pret(?:e|s|es)? a|pret(?:e|s|es)? a|dispose(?:e|s|es)? a)(?![a-z\u00c0-\u024f])/;
// A decision or a pledge to act (« ont décidé de se retrouver », "vowed to meet") is a plan;
// so is what was to happen (« les deux dirigeants devaient dîner jeudi soir »).
const PLAN =
	/(?<![a-z\u00c0-\u024f])(?:devr(?:ait|aient|a|ont)|doi(?:t|vent)|devai(?:t|ent)|va|vont|prevue?s?|attendue?s?|compte|prevoit|will|shall|is expected|are expected|plans? to|is set to|are set to|is due to|to hold|decid(?:e|es|ent|ed|er) (?:de|d'|to)|convenu de|(?:pledged|vowed|promised|resolved|intends?|intended) to|promis de|engage(?:e|s|es)? a|entend(?:ent)?)(?![a-z\u00c0-\u024f])/;
const FUTURE_TENSE = /(?:eront|era|erons|iront|ira|dront|dra|ront|will)$/;

/**
 * `before` is the clause before the trigger (from the last clause break), `trigger` the
 * trigger itself, `reported` whether the text attributes it to someone (« selon le Kremlin »).
 */
export function modalityOf(before: string, trigger: string, reported: boolean): Modality {
	const window = before.slice(-70);
	if (NEGATION.test(window)) return 'negated';
	if (HYPOTHESIS.test(window.slice(-40))) return 'hypothetical';
	if (PROPOSAL.test(window.slice(-60))) return 'proposed';
	if (PLAN.test(`${window.slice(-60)} ${trigger}`) || FUTURE_TENSE.test(trigger)) return 'planned';
	return reported ? 'reported' : 'asserted';
}
