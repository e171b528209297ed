// The names of the relation types in each language (the legend, tooltips and panels).
import type { Modality, RelationType } from '../types';
import type { Locale } from './locale';

export const RELATION_LABELS: Record<Locale, Record<RelationType, string>> = {
	en: {
		meeting: 'meeting',
		visit: 'visit',
		talks: 'talks / call',
		agreement: 'agreement',
		support: 'support / friendship',
		congratulation: 'congratulation / thanks',
		statement: 'statement',
		supply: 'supply / trade',
		dependence: 'dependence',
		criticism: 'criticism',
		sanctions: 'sanctions / warning',
		conflict: 'conflict / invasion'
	},
	fr: {
		meeting: 'rencontre',
		visit: 'visite',
		talks: 'entretien / appel',
		agreement: 'accord',
		support: 'soutien / amitié',
		congratulation: 'félicitations / remerciements',
		statement: 'déclaration',
		supply: 'fourniture / commerce',
		dependence: 'dépendance',
		criticism: 'critique',
		sanctions: 'sanctions / avertissement',
		conflict: 'conflit / invasion'
	}
};

/** How the text presents a relation, in each language. */
export const MODALITY_LABELS: Record<Locale, Record<Modality, string>> = {
	en: {
		asserted: 'asserted',
		planned: 'planned',
		hypothetical: 'hypothetical',
		negated: 'denied',
		reported: 'reported'
	},
	fr: {
		asserted: 'affirmé',
		planned: 'prévu',
		hypothetical: 'hypothétique',
		negated: 'démenti',
		reported: 'rapporté'
	}
};
