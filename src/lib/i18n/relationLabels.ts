// The names of the relation types in each language (the legend, tooltips and panels).
import type { Modality, QuadClass, RelationType } from '../types';
import type { Locale } from './locale';

export const RELATION_LABELS: Record<Locale, Record<RelationType, string>> = {
	en: {
		meeting: 'meeting',
		visit: 'visit',
		talks: 'talks / call',
		agreement: 'agreement',
		support: 'support / friendship',
		congratulation: 'congratulation / thanks',
		concession: 'concession',
		cooperation: 'cooperation',
		aid: 'aid',
		supply: 'supply / trade',
		withdrawal: 'withdrawal / easing',
		request: 'request / appeal',
		criticism: 'criticism',
		accusation: 'accusation',
		rejection: 'rejection / refusal',
		threat: 'threat / warning',
		protest: 'protest',
		sanctions: 'sanctions',
		mobilization: 'military mobilisation',
		coercion: 'coercion / arrest / seizure',
		conflict: 'conflict / attack',
		statement: 'statement',
		dependence: 'dependence'
	},
	fr: {
		meeting: 'rencontre',
		visit: 'visite',
		talks: 'entretien / appel',
		agreement: 'accord',
		support: 'soutien / amitié',
		congratulation: 'félicitations / remerciements',
		concession: 'concession',
		cooperation: 'coopération',
		aid: 'aide',
		supply: 'fourniture / commerce',
		withdrawal: 'retrait / levée',
		request: 'demande / appel',
		criticism: 'critique',
		accusation: 'accusation',
		rejection: 'rejet / refus',
		threat: 'menace / avertissement',
		protest: 'protestation',
		sanctions: 'sanctions',
		mobilization: 'mobilisation militaire',
		coercion: 'coercition / arrestation / saisie',
		conflict: 'conflit / attaque',
		statement: 'déclaration',
		dependence: 'dépendance'
	}
};

/** How the text presents a relation, in each language. */
export const MODALITY_LABELS: Record<Locale, Record<Modality, string>> = {
	en: {
		asserted: 'asserted',
		planned: 'planned',
		proposed: 'proposed',
		hypothetical: 'hypothetical',
		negated: 'denied',
		reported: 'reported'
	},
	fr: {
		asserted: 'affirmé',
		planned: 'prévu',
		proposed: 'proposé',
		hypothetical: 'hypothétique',
		negated: 'démenti',
		reported: 'rapporté'
	}
};

/** The quad classes (and the types outside them), in each language: legend and filter groups. */
export const QUAD_LABELS: Record<Locale, Record<QuadClass | 'other', string>> = {
	en: {
		'verbal-cooperation': 'Verbal cooperation',
		'material-cooperation': 'Material cooperation',
		'verbal-conflict': 'Verbal conflict',
		'material-conflict': 'Material conflict',
		other: 'Statements and dependence'
	},
	fr: {
		'verbal-cooperation': 'Coopération verbale',
		'material-cooperation': 'Coopération matérielle',
		'verbal-conflict': 'Conflit verbal',
		'material-conflict': 'Conflit matériel',
		other: 'Déclarations et dépendance'
	}
};
