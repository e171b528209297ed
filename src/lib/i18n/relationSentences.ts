// A relation said as a sentence, for the accessible names of the network's links: "China
// supports Russia", « La Chine soutient la Russie »; undirected, "China and Russia met".
import type { EntityType, RelationType } from '../types';
import type { Locale } from './locale';

/** An actor as a sentence names it: its name in the page's language and its type. */
export interface Party {
	name: string;
	type: EntityType;
}

type Article = '' | 'l’' | 'la ' | 'le ' | 'les ';

// French country names take an article (la Chine, le Japon, l’Inde, les États-Unis), except
// island and city states; a final -e is feminine but for these.
const NO_ARTICLE = new Set([
	'Cuba',
	'Chypre',
	'Madagascar',
	'Malte',
	'Maurice',
	'Monaco',
	'Singapour',
	'Israël',
	'Bahreïn',
	'Taïwan',
	'Haïti',
	'Sri Lanka',
	'Oman',
	'Djibouti'
]);
const MASCULINE_IN_E = new Set([
	'Mexique',
	'Cambodge',
	'Mozambique',
	'Zimbabwe',
	'Belize',
	'Suriname',
	'Bélize',
	'Vatican'
]);

function frenchArticle(party: Party): Article {
	const name = party.name;
	if (party.type !== 'country' || NO_ARTICLE.has(name)) return '';
	const head = name.split(/[\s-]/)[0] ?? name;
	if (/s$/.test(head) && !/^(Laos|Belarus|Bélarus)$/.test(name)) return 'les ';
	if (/^[aeiouyâéèêîïôAEIOUYÂÉÈÊÎÏÔ]/.test(name)) return 'l’';
	return /e$/.test(head) && !MASCULINE_IN_E.has(head) ? 'la ' : 'le ';
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const elides = (s: string) => /^[aeiouyâéèêîïôhAEIOUYÂÉÈÊÎÏÔH]/.test(s);

/** The French forms of an actor's name: subject, object, after « de » and after « à ». */
export function frenchForms(party: Party): {
	subject: string;
	object: string;
	de: string;
	a: string;
} {
	const article = frenchArticle(party);
	const object = `${article}${party.name}`;
	const de =
		article === 'le '
			? `du ${party.name}`
			: article === 'les '
				? `des ${party.name}`
				: article === ''
					? `${elides(party.name) ? 'd’' : 'de '}${party.name}`
					: `de ${object}`;
	const a =
		article === 'le '
			? `au ${party.name}`
			: article === 'les '
				? `aux ${party.name}`
				: `à ${object}`;
	return { subject: capitalise(object), object, de, a };
}

type Phrase = (a: string, b: string) => string;
type FrPhrase = (a: ReturnType<typeof frenchForms>, b: ReturnType<typeof frenchForms>) => string;

// English: past for what happens once (met, visited), present for what lasts (supports).
const EN: Record<RelationType, { directed: Phrase; mutual: Phrase }> = {
	meeting: { directed: (a, b) => `${a} met ${b}`, mutual: (a, b) => `${a} and ${b} met` },
	visit: {
		directed: (a, b) => `${a} visited ${b}`,
		mutual: (a, b) => `${a} and ${b} exchanged visits`
	},
	talks: {
		directed: (a, b) => `${a} held talks with ${b}`,
		mutual: (a, b) => `${a} and ${b} held talks`
	},
	agreement: {
		directed: (a, b) => `${a} reached an agreement with ${b}`,
		mutual: (a, b) => `${a} and ${b} reached an agreement`
	},
	support: {
		directed: (a, b) => `${a} supports ${b}`,
		mutual: (a, b) => `${a} and ${b} support each other`
	},
	congratulation: {
		directed: (a, b) => `${a} congratulated or thanked ${b}`,
		mutual: (a, b) => `${a} and ${b} congratulated or thanked each other`
	},
	concession: {
		directed: (a, b) => `${a} made a concession to ${b}`,
		mutual: (a, b) => `${a} and ${b} made concessions to each other`
	},
	cooperation: {
		directed: (a, b) => `${a} cooperates with ${b}`,
		mutual: (a, b) => `${a} and ${b} cooperate`
	},
	aid: { directed: (a, b) => `${a} aids ${b}`, mutual: (a, b) => `${a} and ${b} aid each other` },
	supply: {
		directed: (a, b) => `${a} supplies ${b}`,
		mutual: (a, b) => `${a} and ${b} trade`
	},
	withdrawal: {
		directed: (a, b) => `${a} eased its pressure on ${b}`,
		mutual: (a, b) => `${a} and ${b} eased tensions`
	},
	request: {
		directed: (a, b) => `${a} appealed to ${b}`,
		mutual: (a, b) => `${a} and ${b} appealed to each other`
	},
	criticism: {
		directed: (a, b) => `${a} criticises ${b}`,
		mutual: (a, b) => `${a} and ${b} criticise each other`
	},
	accusation: {
		directed: (a, b) => `${a} accuses ${b}`,
		mutual: (a, b) => `${a} and ${b} accuse each other`
	},
	rejection: {
		directed: (a, b) => `${a} rejected ${b}`,
		mutual: (a, b) => `${a} and ${b} rejected each other`
	},
	threat: {
		directed: (a, b) => `${a} threatens ${b}`,
		mutual: (a, b) => `${a} and ${b} threaten each other`
	},
	protest: {
		directed: (a, b) => `${a} protested against ${b}`,
		mutual: (a, b) => `${a} and ${b} protested against each other`
	},
	sanctions: {
		directed: (a, b) => `${a} sanctions ${b}`,
		mutual: (a, b) => `${a} and ${b} sanction each other`
	},
	mobilization: {
		directed: (a, b) => `${a} mobilises forces against ${b}`,
		mutual: (a, b) => `${a} and ${b} mobilise forces against each other`
	},
	coercion: {
		directed: (a, b) => `${a} coerces ${b}`,
		mutual: (a, b) => `${a} and ${b} coerce each other`
	},
	conflict: {
		directed: (a, b) => `${a} attacks ${b}`,
		mutual: (a, b) => `${a} and ${b} are in conflict`
	},
	statement: {
		directed: (a, b) => `${a} made a statement about ${b}`,
		mutual: (a, b) => `${a} and ${b} made statements about each other`
	},
	dependence: {
		directed: (a, b) => `${a} depends on ${b}`,
		mutual: (a, b) => `${a} and ${b} depend on each other`
	}
};

// French, in the present: it needs no agreement of a participle with the actors' genders.
const FR: Record<RelationType, { directed: FrPhrase; mutual: FrPhrase }> = {
	meeting: {
		directed: (a, b) => `${a.subject} rencontre ${b.object}`,
		mutual: (a, b) => `${a.subject} et ${b.object} se rencontrent`
	},
	visit: {
		directed: (a, b) => `${a.subject} rend visite ${b.a}`,
		mutual: (a, b) => `${a.subject} et ${b.object} échangent des visites`
	},
	talks: {
		directed: (a, b) => `${a.subject} a un entretien avec ${b.object}`,
		mutual: (a, b) => `${a.subject} et ${b.object} ont un entretien`
	},
	agreement: {
		directed: (a, b) => `${a.subject} conclut un accord avec ${b.object}`,
		mutual: (a, b) => `${a.subject} et ${b.object} concluent un accord`
	},
	support: {
		directed: (a, b) => `${a.subject} soutient ${b.object}`,
		mutual: (a, b) => `${a.subject} et ${b.object} se soutiennent`
	},
	congratulation: {
		directed: (a, b) => `${a.subject} félicite ou remercie ${b.object}`,
		mutual: (a, b) => `${a.subject} et ${b.object} se félicitent ou se remercient`
	},
	concession: {
		directed: (a, b) => `${a.subject} fait une concession ${b.a}`,
		mutual: (a, b) => `${a.subject} et ${b.object} se font des concessions`
	},
	cooperation: {
		directed: (a, b) => `${a.subject} coopère avec ${b.object}`,
		mutual: (a, b) => `${a.subject} et ${b.object} coopèrent`
	},
	aid: {
		directed: (a, b) => `${a.subject} aide ${b.object}`,
		mutual: (a, b) => `${a.subject} et ${b.object} s’entraident`
	},
	supply: {
		directed: (a, b) => `${a.subject} approvisionne ${b.object}`,
		mutual: (a, b) => `${a.subject} et ${b.object} commercent`
	},
	withdrawal: {
		directed: (a, b) => `${a.subject} relâche sa pression sur ${b.object}`,
		mutual: (a, b) => `${a.subject} et ${b.object} apaisent leurs tensions`
	},
	request: {
		directed: (a, b) => `${a.subject} adresse une demande ${b.a}`,
		mutual: (a, b) => `${a.subject} et ${b.object} s’adressent des demandes`
	},
	criticism: {
		directed: (a, b) => `${a.subject} critique ${b.object}`,
		mutual: (a, b) => `${a.subject} et ${b.object} se critiquent`
	},
	accusation: {
		directed: (a, b) => `${a.subject} accuse ${b.object}`,
		mutual: (a, b) => `${a.subject} et ${b.object} s’accusent`
	},
	rejection: {
		directed: (a, b) => `${a.subject} oppose un refus ${b.a}`,
		mutual: (a, b) => `${a.subject} et ${b.object} s’opposent des refus`
	},
	threat: {
		directed: (a, b) => `${a.subject} menace ${b.object}`,
		mutual: (a, b) => `${a.subject} et ${b.object} se menacent`
	},
	protest: {
		directed: (a, b) => `${a.subject} proteste contre ${b.object}`,
		mutual: (a, b) => `${a.subject} et ${b.object} échangent des protestations`
	},
	sanctions: {
		directed: (a, b) => `${a.subject} sanctionne ${b.object}`,
		mutual: (a, b) => `${a.subject} et ${b.object} se sanctionnent`
	},
	mobilization: {
		directed: (a, b) => `${a.subject} mobilise des forces contre ${b.object}`,
		mutual: (a, b) => `${a.subject} et ${b.object} mobilisent des forces face à face`
	},
	coercion: {
		directed: (a, b) => `${a.subject} exerce une contrainte sur ${b.object}`,
		mutual: (a, b) => `${a.subject} et ${b.object} exercent des contraintes réciproques`
	},
	conflict: {
		directed: (a, b) => `${a.subject} attaque ${b.object}`,
		mutual: (a, b) => `${a.subject} et ${b.object} s’affrontent`
	},
	statement: {
		directed: (a, b) => `${a.subject} fait une déclaration sur ${b.object}`,
		mutual: (a, b) => `${a.subject} et ${b.object} échangent des déclarations`
	},
	dependence: {
		directed: (a, b) => `${a.subject} dépend ${b.de}`,
		mutual: (a, b) => `${a.subject} et ${b.object} dépendent l’un de l’autre`
	}
};

/**
 * One relation type between two actors as a sentence, capitalised ("The West sanctions
 * Russia"); undirected, both actors are its subject.
 */
export function relationSentence(
	locale: Locale,
	type: RelationType,
	source: Party,
	target: Party,
	directed: boolean
): string {
	const form = directed ? 'directed' : 'mutual';
	if (locale === 'fr') return FR[type][form](frenchForms(source), frenchForms(target));
	return capitalise(EN[type][form](source.name, target.name));
}

/**
 * The accessible name of a link: each of its relation types as a sentence with its count,
 * "China supports Russia (2 relations); China and Russia met (3 relations)".
 */
export function linkName(
	locale: Locale,
	parts: readonly {
		type: RelationType;
		source: Party;
		target: Party;
		directed: boolean;
		count: number;
	}[]
): string {
	const relations = (n: number) => `${n} ${n === 1 ? 'relation' : 'relations'}`;
	return parts
		.map(
			(p) =>
				`${relationSentence(locale, p.type, p.source, p.target, p.directed)} (${relations(p.count)})`
		)
		.join(locale === 'fr' ? ' ; ' : '; ');
}
