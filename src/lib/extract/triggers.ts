// Trigger words for each relation type, French and English, matched on folded text.
// CAMEO anchors (shared/research): meet 040, visit 042 / host 043, support 050, praise 051,
// aid 062, condemn 111, warn 130, sanctions 163, attack 190.
import type { RelationType } from '../types';

export interface TriggerRule {
	type: RelationType;
	pattern: string;
	/** Verb or noun: a noun (« la visite de ») takes its actors from its complements. */
	form: 'verb' | 'noun';
	directed: boolean;
	/** The host receives the visitor: a meeting, plus a visit by the guest to the host's country. */
	host?: boolean;
	/** The grammatical subject receives (« importées par la Russie … de Chine »). */
	reversed?: boolean;
	/** A warning whose « que » clause may announce sanctions (« pourraient faire l’objet de sanctions »). */
	warning?: boolean;
}

const rule = (
	type: RelationType,
	form: 'verb' | 'noun',
	directed: boolean,
	pattern: string,
	extra: Partial<TriggerRule> = {}
): TriggerRule => ({ type, form, directed, pattern, ...extra });

export const TRIGGER_RULES: TriggerRule[] = [
	rule(
		'meeting',
		'verb',
		false,
		"se sont rencontres|se rencontrent|se rencontreront|s'est entretenue?|s'etai(?:t|ent) entretenue?s?|se sont entretenue?s|rencontr(?:e|es|ent|er|era|eront|ait|aient|ant|e|ee|ees|és)|(?:has |have |had )?met(?! with resistance)|meets?|meeting with|held talks"
	),
	rule('meeting', 'noun', false, 'rencontres?|sommet|entrevue|meeting|summit'),
	rule(
		'meeting',
		'verb',
		false,
		'(?:(?:a|avait|ont|avaient|aura) (?:ete )?|(?:est|sont|etait|sera|seront) )recue?s?|recevra|recoit|(?:(?:a|ont) (?:ete )?)?accueilli(?:e|s|es)?|accueill(?:e|ent|it|ait|era|ir)|hosts?|hosted|welcomed|(?:was |were |is |will be )?received',
		{ host: true }
	),
	rule(
		'visit',
		'verb',
		true,
		"se rend(?:ra|ront|ait|re)?|s'est rendue?|est attendue?s?|sont attendus|visit(?:e|es|ent|er|era|eront|ait|ant|s|ed|ing)?|travel(?:s|led|ed)? to|arriv(?:e|es|ed|era|ent) (?:a|en|in)|flew to|heads? to"
	),
	rule(
		'visit',
		'noun',
		true,
		'visites?|visits?|deplacements?|voyages?|tournee|trips?|state visits?'
	),
	rule(
		'talks',
		'verb',
		false,
		"discut(?:e|ent|er|era|eront|eraient|ait|aient)|s'entretien(?:t|nent|dra)|telephon(?:e|er)|aborder|negoci(?:e|er|ent)|discuss(?:ed|es|ing)?|spoke with|talked|called"
	),
	rule(
		'talks',
		'noun',
		false,
		'entretien telephonique|appel telephonique|pourparlers|negociations?|echange de vues|talks|phone call|call with'
	),
	rule(
		'agreement',
		'verb',
		false,
		'sign(?:e|ent|er|era|eront|ait|aient|ed|s|ing)|conclu(?:re|ent)?|agreed|ratifi(?:e|ed)'
	),
	rule(
		'agreement',
		'noun',
		false,
		'accords?|declaration commune|traite|pacte|agreements?|deal|treaty|joint statement|joint declaration'
	),
	rule(
		'support',
		'verb',
		true,
		'resserrer les liens|renforcer les liens|strengthen(?:ed|ing)? ties|soutien(?:t|nent|dra)|soutenir|soutenu|appui(?:e|ent|er)|aider|aidera|aideront|supports?|supported|backs|backed|endorsed|help(?:s|ed)?'
	),
	rule('support', 'noun', true, 'soutiens?|appui|support|backing|rapprochement'),
	rule(
		'support',
		'noun',
		false,
		'amitie|amis?|amie|entente|partenariat strategique|confiance mutuelle|friendship|friends|alliance|allies'
	),
	rule(
		'congratulation',
		'verb',
		true,
		'felicit(?:e|ent|er|era|ait)|remerci(?:e|ent|er|ait)|salu(?:e|ent|er)|congratulat(?:ed|es|e)|thank(?:ed|s)?|praised|hailed'
	),
	rule('congratulation', 'noun', true, 'felicitations|remerciements|congratulations'),
	rule(
		'criticism',
		'verb',
		true,
		'condamn(?:e|ent|er|ait|aient|es)|critiqu(?:e|ent|er|ait)|denonc(?:e|ent|er|ait)|accus(?:e|ent|er|ait)|reproch(?:e|ent)|contrer|condemn(?:ed|s)?|critici[sz](?:ed|es|e)|denounc(?:ed|es|e)|accused|blamed|rebuked'
	),
	rule('criticism', 'noun', true, 'condamnation|critiques?|condemnation|criticism'),
	rule('sanctions', 'verb', true, 'sanctionn(?:e|ee|es|ees|er|ent)|sanction(?:ed|s)'),
	rule(
		'sanctions',
		'verb',
		true,
		'averti|avertit|menac(?:e|ent|er)|mis en garde|met en garde|warn(?:ed|s)?|threaten(?:ed|s)?',
		{ warning: true }
	),
	rule(
		'sanctions',
		'noun',
		true,
		'sanctions?(?: secondaires)?|avertissement|embargo|mise en garde|secondary sanctions|warning'
	),
	rule(
		'supply',
		'verb',
		true,
		'fourni(?:t|ssent|r|ssait|ra|ront|rait|raient)|livr(?:e|ent|er|ait|era)|approvisionn(?:e|ent|er|ait|ant)|vend(?:re|u|ent)|export(?:e|ent|er)|suppl(?:y|ies|ied|ying)|deliver(?:s|ed)?|sold|sells?|exports?|exported|provid(?:es|ed|ing)'
	),
	rule('supply', 'verb', true, 'import(?:e|ees|ent|er|ed|s)|bought|achet(?:e|ent)', {
		reversed: true
	}),
	rule(
		'supply',
		'noun',
		true,
		'livraisons?|exportations?|fournitures?|supplies|deliveries|arms sales'
	),
	rule(
		'supply',
		'noun',
		true,
		'importations?|imports|buyers? of|acheteurs? de|importateurs? de|importers? of',
		{ reversed: true }
	),
	rule('dependence', 'verb', true, 'depend(?:s|ent|ait|ra)?|tributaire|relies on|rely on'),
	rule('dependence', 'noun', true, 'dependance|dependence|dependency|reliance'),
	rule(
		'conflict',
		'verb',
		true,
		'envahi(?:t|r|e)?|attaqu(?:e|ent|er)|bombard(?:e|ent|er)|frapp(?:e|ent|er)|invad(?:ed|es|e)|attack(?:ed|s)|struck|bombed'
	),
	rule(
		'conflict',
		'noun',
		true,
		'invasion|offensive|guerre|agression|war|aggression|attacks?|strikes?'
	),
	rule(
		'statement',
		'verb',
		true,
		'(?:a|ont|avait|aurait) (?:ainsi |aussi |egalement |encore )?(?:declare|dit|affirme|explique|indique|souligne|ajoute|assure|precise|estime|annonce)|estime|avance|insiste|affirme|declare|explique|souligne|(?:has |had )?(?:said|told|stated|added|explained|argued|noted|insisted|declared)|says'
	)
];

export interface TriggerHit {
	rule: TriggerRule;
	start: number;
	end: number;
}

// Folded text is lower-case without accents: an ASCII-range boundary is enough and much
// faster than Unicode property classes (the apostrophe is a boundary: « l’invasion »).
const BEFORE = '(?<![a-z0-9\\u00c0-\\u024f\\u0400-\\u04ff-])';
const AFTER = '(?![a-z0-9\\u00c0-\\u024f\\u0400-\\u04ff])';

/** Each rule on its own, anchored (sticky): which rules match where the scan stopped. */
const compiled = TRIGGER_RULES.map((r) => ({
	rule: r,
	re: new RegExp(`${BEFORE}(?:${r.pattern})${AFTER}`, 'y')
}));
/**
 * Every rule at once, each in its own group: one scan of the text finds where the next
 * trigger starts and the first rule that matches there (the rules before it cannot).
 */
const ANY_TRIGGER = new RegExp(
	`${BEFORE}(?:${TRIGGER_RULES.map((r) => `(${r.pattern})`).join('|')})${AFTER}`,
	'g'
);
/** The number of each rule's group in ANY_TRIGGER (a pattern's own groups come after it). */
const RULE_GROUP: number[] = [];
for (let i = 0, group = 1; i < TRIGGER_RULES.length; i++) {
	RULE_GROUP.push(group);
	// Matching the empty alternative reports how many groups a pattern holds.
	const ownGroups =
		(new RegExp(`${(TRIGGER_RULES[i] as TriggerRule).pattern}|`).exec('')?.length ?? 1) - 1;
	group += 1 + ownGroups;
}

// « la visite », « cette rencontre », "the visit": after a determiner the word is a noun.
const DETERMINER_BEFORE =
	/(?:^|[\s'])(?:la|le|les|l'|une?|cette|ce|ces|sa|son|ses|leur|leurs|de|des|du|d'|the|a|an|this|that|his|her|its|their|\d+(?:e|eme|th|st|nd|rd)|premiere?|derniere?|nouvelle|prochaine|first|last|next)\s*$/;

// « a rencontré », « a visité »: a French past participle is a verb whatever precedes it.
const PARTICIPLE_END = /é(?:e|es|s)?$/;

/** A hit with how well its rule's form (noun or verb) fits the words before it: 0 best. */
interface RankedHit extends TriggerHit {
	rank: number;
}

/** All trigger hits in folded text, leftmost-longest across rules; `text` is the original. */
export function findTriggers(folded: string, text: string = folded): TriggerHit[] {
	const chosen: TriggerHit[] = [];
	ANY_TRIGGER.lastIndex = 0;
	// At the leftmost position where any rule matches, every rule matching there competes:
	// the longest wins, then the one whose form (noun or verb) fits the words before it. The
	// scan goes on after the winner, so hits never overlap.
	for (let m = ANY_TRIGGER.exec(folded); m; m = ANY_TRIGGER.exec(folded)) {
		const start = m.index;
		let first = 0;
		while (first < compiled.length - 1 && m[RULE_GROUP[first] as number] === undefined) first++;
		let best: RankedHit | undefined;
		for (let i = first; i < compiled.length; i++) {
			const { rule, re } = compiled[i] as (typeof compiled)[number];
			let length = m[0].length;
			if (i > first) {
				re.lastIndex = start;
				const own = re.exec(folded);
				if (!own) continue;
				length = own[0].length;
			}
			const end = start + length;
			if (best && end < best.end) continue;
			const participle = PARTICIPLE_END.test(text.slice(Math.max(start, end - 3), end));
			const noun =
				!participle && DETERMINER_BEFORE.test(folded.slice(Math.max(0, start - 14), start));
			const rank = (rule.form === 'noun') === noun ? 0 : 1;
			if (!best || end > best.end || rank < best.rank) best = { rule, start, end, rank };
		}
		if (!best) {
			ANY_TRIGGER.lastIndex = start + 1;
			continue;
		}
		chosen.push({ rule: best.rule, start: best.start, end: best.end });
		ANY_TRIGGER.lastIndex = best.end;
	}
	return chosen;
}
