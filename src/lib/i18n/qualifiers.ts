// A relation's qualifiers in words, as the text gives them: its modality (a negation worded as
// the text words it: « aucune information n'indique… » is "not established", not "denied"), who
// reports it, and its date with its precision.
import type { CurationState, Modality } from '../types';
import { readableDate } from './chartText';
import type { Locale } from './locale';
import { MODALITY_LABELS } from './relationLabels';

/** How a text says something did not happen. */
export type NegationKind = 'not-established' | 'denied' | 'ruled-out' | 'negated';

// The cue decides the wording; the first that matches wins (a denial of a report is a denial).
const NEGATION_CUES: [NegationKind, RegExp][] = [
	[
		'denied',
		/\b(?:dément\w*|démenti\w*|nie|nient|nié\w*|den(?:y|ies|ied|ial)|rejett?e\w* (?:les|ces) (?:informations|accusations)|rejected (?:the )?(?:reports?|claims?))\b/iu
	],
	[
		'not-established',
		/(?:aucune? (?:information|preuve|indication|élément)|rien n['’](?:indique|montre|prouve)|pas de preuve|no (?:evidence|information|indication|sign)|nothing (?:indicates|suggests|shows)|unconfirmed|non confirmé)/iu
	],
	[
		'ruled-out',
		/(?:s['’]abstenir|s['’]est engagée? à ne pas|exclu\w*|pledged not to|vowed not to|refrain\w*|ruled out)/iu
	]
];

/** The kind of negation the sentences hold ('negated' when none of the cues is there). */
export function negationKind(quotes: readonly string[]): NegationKind {
	const text = quotes.join(' ');
	for (const [kind, cue] of NEGATION_CUES) if (cue.test(text)) return kind;
	return 'negated';
}

const NEGATION_WORDS: Record<Locale, Record<NegationKind, string>> = {
	en: {
		'not-established': 'not established',
		denied: 'denied',
		'ruled-out': 'ruled out',
		negated: 'not so, the text says'
	},
	fr: {
		'not-established': 'non établi',
		denied: 'démenti',
		'ruled-out': 'exclu',
		negated: 'non, selon le texte'
	}
};

const REPORTED_BY: Record<Locale, (who: string) => string> = {
	en: (who) => `reported by ${who}`,
	fr: (who) => `selon ${who}`
};

/**
 * The modality in words ('' for an asserted relation nobody is said to report): a negation as
 * its sentences word it, then who reports it (« selon le Kremlin »).
 */
export function modalityText(
	modality: Modality,
	quotes: readonly string[],
	locale: Locale,
	reportedBy?: string
): string {
	const by = reportedBy ? REPORTED_BY[locale](reportedBy) : '';
	if (modality === 'reported' && by) return by;
	const words =
		modality === 'asserted'
			? ''
			: modality === 'negated'
				? NEGATION_WORDS[locale][negationKind(quotes)]
				: MODALITY_LABELS[locale][modality];
	return [words, by].filter(Boolean).join(', ');
}

const CURATED_WORDS: Record<Locale, Record<CurationState, string>> = {
	en: { accepted: 'accepted by an editor', added: 'added by an editor' },
	fr: { accepted: 'validé par un éditeur', added: 'ajouté par un éditeur' }
};

/** A curator's decision in words: hand-verified records are flagged where they are read. */
export function curatedText(state: CurationState, locale: Locale): string {
	return CURATED_WORDS[locale][state];
}

const PRECISION: Record<Locale, { month: string; year: string; undated: string }> = {
	en: { month: 'month only', year: 'year only', undated: 'undated' },
	fr: { month: 'mois seulement', year: 'année seulement', undated: 'sans date' }
};

/** A partial date with its precision: "16 May 2024", "May 2024 (month only)", "2023 (year
 * only)", "undated". */
export function dateText(date: string | undefined, locale: Locale): string {
	const words = PRECISION[locale];
	if (!date) return words.undated;
	if (date.length === 4) return `${date} (${words.year})`;
	if (date.length === 7) return `${readableDate(date, locale)} (${words.month})`;
	return readableDate(date, locale);
}

/**
 * A relation's date and modality in the page's words: `{ dateText, modalityText }`, the
 * reporter named by `name` (an actor id → its name in the page's language).
 */
export function relationQualifiers(
	r: {
		date?: string;
		modality: Modality;
		evidence: readonly { quote: string }[];
		reportedBy?: string;
	},
	locale: Locale,
	name: (id: string) => string
): { dateText: string; modalityText: string } {
	return {
		dateText: dateText(r.date, locale),
		modalityText: modalityText(
			r.modality,
			r.evidence.map((e) => e.quote),
			locale,
			r.reportedBy ? name(r.reportedBy) : undefined
		)
	};
}
