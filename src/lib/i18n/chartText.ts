// The words of the charts, in English and French: titles, subtitles, method notes, legends,
// axis labels, tooltips, dates and source lines. Actor names come from the gazetteer's forms.
import type { PairSplit } from '../counts';
import type { Locale } from './locale';
import { MONTHS } from './months';
import { RELATION_LABELS } from './relationLabels';

import { plural as pluralIn } from './plural';

// French puts 0 in the singular (« 0 article »), English in the plural.
const plural = (n: number, one: string, many: string) => pluralIn('en', n, one, many);
const pluralFr = (n: number, one: string, many: string) => pluralIn('fr', n, one, many);

/** Meetings held and announced, apart, as a title says them: "2 held and 1 announced". */
export const heldAnnounced = {
	en: (held: number, announced: number) =>
		`${held} held${announced ? ` and ${announced} announced` : ''}`,
	fr: (held: number, announced: number) =>
		`${held} ${pluralFr(held, 'tenue', 'tenues')}${announced ? ` et ${announced} ${pluralFr(announced, 'annoncée', 'annoncées')}` : ''}`
};

/** 2024-05-16 → "16 May 2024" / « 16 mai 2024 »; 2024-05 → "May 2024"; 2024 → "2024". */
export function readableDate(date: string, locale: Locale = 'en'): string {
	const [year, month, day] = date.split('-');
	if (!month) return year ?? date;
	const name = MONTHS[locale][Number(month) - 1] ?? month;
	const dayText = day ? (locale === 'fr' && Number(day) === 1 ? '1er' : String(Number(day))) : '';
	return dayText ? `${dayText} ${name} ${year}` : `${name} ${year}`;
}

export { RELATION_LABELS };

/** An actor as a title's sentence names it (src/lib/charts/selection.ts named). */
export interface NamedInSentence {
	/** At the start of a sentence: "The United States", « La Chine ». */
	subject: string;
	/** Anywhere else: "the United States", « la Chine ». */
	object: string;
	/** As an owner: English "the United States" (the title writes "’s"), French « de la Chine ». */
	of: string;
}

/** "a", "a and b", "a, b and c" (French: « a, b et c »). */
const listed = (items: string[], and: string) =>
	items.length > 1 ? `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}` : (items[0] ?? '');

/** A pair's relations by direction, the largest part first ([count, words] with count > 0). */
const splitParts = (split: PairSplit, mutual: string, byA: string, byB: string) =>
	(
		[
			[split.mutual, mutual],
			[split.fromA, byA],
			[split.fromB, byB]
		] as const
	)
		.filter(([n]) => n > 0)
		.sort((x, y) => y[0] - x[0]);

/** When the timeline's events fall, as a title says it (see timelineWhen in charts/timeline.ts). */
export type TimelineWhen =
	{ day: string } | { period: string } | { from: string; to: string; fromVowel: boolean };

export type ChartText = (typeof CHART_TEXT)['en'];

export const CHART_TEXT = {
	en: {
		and: 'and',
		/** Before an explanation: English sets no space before the colon, French does. */
		colon: ': ',
		source: (cited: string[]) => `Source: ${cited.join('; ')}. Extraction and chart: Entente.`,
		noSource: 'Source: nothing is drawn, so no article is cited.',
		/** The active filters in words, before the source: a downloaded or embedded chart
		 * says what it was narrowed to. */
		selection: (what: string[]) => `Selection: ${what.join(' · ')}.`,
		/** The source line names a few articles, then counts the others. */
		otherArticles: (n: number) => `and ${n} other ${plural(n, 'article', 'articles')}`,
		moreNotes: (n: number) => `… and ${n} more ${plural(n, 'note', 'notes')}.`,
		showMore: (shown: number, total: number) => `Showing the ${shown} strongest of ${total}.`,
		showMoreLink: 'Show more',
		howCounted: 'How this is counted.',
		widen: 'Widen the period, remove a filter or choose other relation types.',
		openInEntente: 'Open in Entente ↗',
		tones: { cooperative: 'cooperative', conflictual: 'conflictual' },
		meetings: {
			subtitle:
				'Meetings found in the articles, per pair of leaders and per pair of countries. The dashed outline is the total the texts themselves report, not a count of the corpus.',
			method:
				'A meeting is counted once per pair and date however many sentences report it. Announced or planned meetings are shown apart; hypothetical and denied ones are left out. A meeting of leaders also counts for their countries. Reported totals (« la 43e rencontre ») are read from the text.',
			empty: 'No meeting between two actors in this selection.',
			none: 'No meetings in this selection',
			legend: ['held (in the corpus)', 'announced (or planned)', 'total the texts report'],
			statuses: ['held', 'announced'],
			level: { leaders: 'leaders', countries: 'countries' },
			axis: 'Meetings →',
			ratio: (approximate: boolean, value: number, words: string) =>
				`${approximate ? 'more than ' : ''}${value}× as often: “${words}”`,
			reportedTitle: (
				who: string,
				approximate: boolean,
				value: number,
				by: string,
				held: number,
				announced: number,
				where = 'in the corpus'
			) =>
				`${who}: ${approximate ? 'some ' : ''}${value} ${plural(value, 'meeting', 'meetings')} held${by ? ` by ${by}` : ''}, the texts report; ${held + announced ? heldAnnounced.en(held, announced) : 'none is'} ${where}`,
			countedTitle: (who: string, held: number, announced: number, where = 'in the corpus') =>
				`${who}: the most meetings, ${heldAnnounced.en(held, announced)} ${where}`,
			tipCounts: (held: number, announced: number, where = 'in the corpus') =>
				`${heldAnnounced.en(held, announced)} ${where}`,
			/** Where the counted meetings are, when filters narrow the corpus. */
			inSelection: 'in this selection',
			legendInSelection: 'held (in this selection)',
			tipDates: (dates: string) => `dates: ${dates}`,
			tipReported: (value: number, by: string) => `${value} in all by ${by}, per the text`,
			mark: (value: number, by: string, held: number, announced: number) =>
				`${value} reported by ${by} · ${heldAnnounced.en(held, announced)} here`
		},
		timeline: {
			subtitle:
				'Dated events found in the articles, one lane per pair of actors; a bar spans a date the text gives only as a month or year. Hollow marks are announced or planned.',
			method:
				'Dates are the ones the text gives for each event (« en mars dernier », « lundi »), resolved against the publication date; an event without one is left off the axis. Invasions and wars are drawn as context across all lanes. Quotes (statements) are not events and are left out.',
			empty: 'No dated event in this selection.',
			none: 'No dated events in this selection',
			planned: 'announced or planned',
			published: 'an article’s publication',
			spanLegend: 'dated only by month or year: a bar across it',
			publishedTip: (date: string, title: string) => `Article published ${date}: “${title}”`,
			publishedMany: (n: number, period: string) =>
				`${n} ${plural(n, 'article', 'articles')} published in ${period}`,
			undated: (n: number) =>
				`${n} undated ${plural(n, 'relation is', 'relations are')} not on the axis (see the network).`,
			statements: (n: number) =>
				`${n} ${plural(n, 'statement is a quote', 'statements are quotes')} rather than ${plural(n, 'an event', 'events')}, not on the axis.`,
			anniversary: (year: number, who: string, words: string, value: number) =>
				`${year}${who ? ` (${who})` : ''}: “${words}”, ${value} years on, per the text.`,
			/** "18 dated events from February 2022 to May 2024, 6 of them between Vladimir Putin
			 * and Xi Jinping"; "1 dated event between Hungary and Xi Jinping in May 2024". */
			title: (
				n: number,
				when: TimelineWhen,
				count: number,
				a?: NamedInSentence,
				b?: NamedInSentence
			) => {
				const at =
					'day' in when
						? `on ${when.day}`
						: 'period' in when
							? `in ${when.period}`
							: `from ${when.from} to ${when.to}`;
				const events = `${n} dated ${plural(n, 'event', 'events')}`;
				if (!a || !b) return `${events} ${at}`;
				const pair = `${a.object} and ${b.object}`;
				return count === n
					? `${events} between ${pair} ${at}`
					: `${events} ${at}, ${count} of them between ${pair}`;
			}
		},
		dependence: {
			subtitle:
				'Figures on trade and dependence, and the dependence, supply and sanctions relations the articles report, as arrows between countries (a person counts for their country). Above the line, arrows run left to right; below, right to left.',
			method:
				'Figures are read from the text with their year and the party the text credits (« selon les États-Unis »). Arrows point from the supplier, the dependent country or the sanctioning side. Dashed arrows are hedged in the text (reported, planned or possible); denied supplies are left out.',
			empty: 'No trade figure, dependence, supply or sanctions in this selection.',
			none: 'No trade or dependence facts in this selection',
			figure: 'figure (share, trade volume)',
			hedged: 'hedged: reported, planned or possible',
			according: (who: string) => `according to ${who}`,
			noPartner: (label: string) => `${label} (no partner named: not drawn as an arrow).`,
			shareTitle: (
				partner: string,
				value: number,
				subject: string,
				words: string,
				year: string,
				by: string
			) =>
				`${partner} accounts for ${value} % of ${subject}’s ${words}${year ? ` in ${year}` : ''}${by ? `, according to ${by}` : ''}`,
			dependsTitle: (from: string, to: string) => `${from} depends on ${to}, the texts report`,
			countTitle: (n: number) =>
				`${n} trade, supply and sanctions ${plural(n, 'fact', 'facts')} in this selection`
		},
		relations: {
			subtitle:
				'Relations between countries (and actors without a country) found in the articles: who acts, in rows, on whom, in columns. Darker cells hold more relations.',
			method:
				'Each relation counts once; a person or an organisation counts for its country, and projects are left out. Meetings, visits, talks, agreements, support, congratulations and supplies are cooperative; criticism, sanctions and conflict are conflictual (GDELT’s quad classes). Undirected relations (a meeting) fill both cells of their pair. Denied relations are left out.',
			empty: 'No cooperative or conflictual relation between two actors in this selection.',
			none: 'No cooperative or conflictual relations in this selection',
			shown: (kept: number, all: number) => `The ${kept} most active of ${all} actors are shown.`,
			neutral: (n: number) =>
				`${n} statement or dependence ${plural(n, 'relation is', 'relations are')} neither cooperative nor conflictual and not counted here.`,
			unplaced: (n: number) =>
				`${n} ${plural(n, 'relation', 'relations')} within one country (its own people) or with a project ${plural(n, 'is', 'are')} not counted here.`,
			/** "China and Russia account for 20 of the 31 relations (24 cooperative, 7
			 * conflictual): 11 mutual, 5 by China and 4 by Russia"; "China and Hungary: 1
			 * cooperative relation, by China". */
			title: (
				coop: number,
				conf: number,
				split: PairSplit,
				a: NamedInSentence,
				b: NamedInSentence
			) => {
				const total = coop + conf;
				const what = !conf
					? plural(total, 'cooperative relation', 'cooperative relations')
					: !coop
						? plural(total, 'conflictual relation', 'conflictual relations')
						: `relations (${coop} cooperative, ${conf} conflictual)`;
				const parts = splitParts(split, 'mutual', `by ${a.object}`, `by ${b.object}`);
				const how =
					parts.length === 1
						? `${split.total > 2 ? 'all ' : split.total === 2 ? 'both ' : ''}${parts[0]?.[1]}`
						: listed(
								parts.map(([n, words]) => `${n} ${words}`),
								'and'
							);
				const pair = `${a.subject} and ${b.object}`;
				return split.total === total
					? `${pair}: ${total} ${what}, ${how}`
					: `${pair} account for ${split.total} of the ${total} ${what}: ${how}`;
			},
			cell: (count: number, mutual: number, tone: string) =>
				`${count} ${tone}${mutual ? ` (${mutual} mutual, also in the opposite cell)` : ''}`
		},
		mentions: {
			subtitle:
				'Mentions of each country and person per article: names, adjectives (« russe »), seats of government (« le Kremlin ») and role descriptions (« le président chinois »).',
			method:
				'Every mention the extraction links to an actor counts once; a person’s mentions do not count for their country. The relation-type and minimum-count filters do not apply here.',
			empty: 'No mention of a country or a person in this selection.',
			none: 'No country or leader is named in this selection',
			types: { country: 'country', person: 'person' },
			shown: (kept: number, all: number) =>
				`The ${kept} most mentioned of ${all} actors are shown.`,
			title: (who: string, n: number, articles: number) =>
				`${who} is named most: ${n} ${plural(n, 'time', 'times')} in ${articles} ${plural(articles, 'article', 'articles')}`,
			tip: (who: string, n: number, article: string) =>
				`${who}: ${n} ${plural(n, 'mention', 'mentions')} in “${article}”`,
			tipPeriod: (who: string, n: number, period: string) =>
				`${who}: ${n} ${plural(n, 'mention', 'mentions')} in articles of ${period}`
		}
	},
	fr: {
		and: 'et',
		colon: ' : ',
		source: (cited: string[]) =>
			`Source : ${cited.join(' ; ')}. Extraction et graphique : Entente.`,
		noSource: 'Source : rien n’est dessiné, aucun article n’est donc cité.',
		selection: (what: string[]) => `Sélection : ${what.join(' · ')}.`,
		otherArticles: (n: number) => `et ${n} ${pluralFr(n, 'autre article', 'autres articles')}`,
		moreNotes: (n: number) => `… et ${n} ${pluralFr(n, 'autre note', 'autres notes')}.`,
		showMore: (shown: number, total: number) =>
			`Les ${shown} plus forts sur ${total} sont affichés.`,
		showMoreLink: 'Afficher plus',
		howCounted: 'Mode de calcul.',
		widen: 'Élargissez la période, retirez un filtre ou choisissez d’autres types de relations.',
		openInEntente: 'Ouvrir dans Entente ↗',
		tones: { cooperative: 'coopération', conflictual: 'conflit' },
		meetings: {
			subtitle:
				'Rencontres relevées dans les articles, par paire de dirigeants et par paire de pays. Le contour en pointillé est le total que les textes eux-mêmes rapportent, non un décompte du corpus.',
			method:
				'Une rencontre compte une fois par paire et par date, quel que soit le nombre de phrases qui la rapportent. Les rencontres annoncées ou prévues sont distinguées ; les hypothétiques et les démenties sont écartées. Une rencontre de dirigeants compte aussi pour leurs pays. Les totaux rapportés (« la 43e rencontre ») sont lus dans le texte.',
			empty: 'Aucune rencontre entre deux acteurs dans cette sélection.',
			none: 'Aucune rencontre dans cette sélection',
			legend: ['tenue (dans le corpus)', 'annoncée (ou prévue)', 'total rapporté par les textes'],
			statuses: ['tenue', 'annoncée'],
			level: { leaders: 'dirigeants', countries: 'pays' },
			axis: 'Rencontres →',
			ratio: (approximate: boolean, value: number, words: string) =>
				`${approximate ? 'plus de ' : ''}${value} fois plus souvent : « ${words} »`,
			reportedTitle: (
				who: string,
				approximate: boolean,
				value: number,
				by: string,
				held: number,
				announced: number,
				where = 'dans le corpus'
			) =>
				`${who} : ${approximate ? 'quelque ' : ''}${value} ${pluralFr(value, 'rencontre tenue', 'rencontres tenues')}${by ? ` jusqu’en ${by}` : ''}, selon les textes ; ${held + announced ? `${where} : ${heldAnnounced.fr(held, announced)}` : `aucune de ces rencontres ne figure ${where}`}`,
			countedTitle: (who: string, held: number, announced: number, where = 'dans le corpus') =>
				`${who} : le plus de rencontres, ${heldAnnounced.fr(held, announced)} ${where}`,
			tipCounts: (held: number, announced: number, where = 'dans le corpus') =>
				`${heldAnnounced.fr(held, announced)} ${where}`,
			inSelection: 'dans cette sélection',
			legendInSelection: 'tenue (dans cette sélection)',
			tipDates: (dates: string) => `dates : ${dates}`,
			tipReported: (value: number, by: string) =>
				`${value} au total jusqu’en ${by}, selon le texte`,
			mark: (value: number, by: string, held: number, announced: number) =>
				`${value} ${pluralFr(value, 'rapportée', 'rapportées')} jusqu’en ${by} · ${heldAnnounced.fr(held, announced)} ici`
		},
		timeline: {
			subtitle:
				'Événements datés relevés dans les articles, une ligne par paire d’acteurs ; une barre couvre une date que le texte ne donne qu’au mois ou à l’année. Les marques creuses sont annoncées ou prévues.',
			method:
				'Les dates sont celles que le texte donne pour chaque événement (« en mars dernier », « lundi »), rapportées à la date de publication ; un événement sans date reste hors de l’axe. Les invasions et les guerres sont tracées en contexte sur toutes les lignes. Les citations (déclarations) ne sont pas des événements et sont écartées.',
			empty: 'Aucun événement daté dans cette sélection.',
			none: 'Aucun événement daté dans cette sélection',
			planned: 'annoncé ou prévu',
			published: 'publication d’un article',
			spanLegend: 'daté au mois ou à l’année seulement : une barre sur toute la période',
			publishedTip: (date: string, title: string) => `Article publié le ${date} : « ${title} »`,
			publishedMany: (n: number, period: string) =>
				`${n} ${pluralFr(n, 'article publié', 'articles publiés')} en ${period}`,
			undated: (n: number) =>
				`${n} ${pluralFr(n, 'relation non datée n’est', 'relations non datées ne sont')} pas sur l’axe (voir le réseau).`,
			statements: (n: number) =>
				`${n} ${pluralFr(n, 'déclaration est une citation', 'déclarations sont des citations')} plutôt qu’${pluralFr(n, 'un événement', 'des événements')}, hors de l’axe.`,
			anniversary: (year: number, who: string, words: string, value: number) =>
				`${year}${who ? ` (${who})` : ''} : « ${words} », ${value} ans plus tard, selon le texte.`,
			title: (
				n: number,
				when: TimelineWhen,
				count: number,
				a?: NamedInSentence,
				b?: NamedInSentence
			) => {
				const at =
					'day' in when
						? `le ${when.day}`
						: 'period' in when
							? `en ${when.period}`
							: `${when.fromVowel ? 'd’' : 'de '}${when.from} à ${when.to}`;
				const events = `${n} ${pluralFr(n, 'événement daté', 'événements datés')}`;
				if (!a || !b) return `${events} ${at}`;
				const pair = `${a.object} et ${b.object}`;
				return count === n
					? `${events} entre ${pair} ${at}`
					: `${events} ${at}, dont ${count} entre ${pair}`;
			}
		},
		dependence: {
			subtitle:
				'Chiffres du commerce et de la dépendance, et relations de dépendance, de fourniture et de sanctions rapportées par les articles, en flèches entre pays (une personne compte pour son pays). Au-dessus de la ligne, les flèches vont de gauche à droite ; en dessous, de droite à gauche.',
			method:
				'Les chiffres sont lus dans le texte avec leur année et la partie que le texte cite (« selon les États-Unis »). Les flèches partent du fournisseur, du pays dépendant ou de celui qui sanctionne. Les flèches en pointillé sont nuancées dans le texte (rapportées, prévues ou possibles) ; les fournitures démenties sont écartées.',
			empty:
				'Aucun chiffre du commerce, ni dépendance, fourniture ou sanction dans cette sélection.',
			none: 'Aucun fait de commerce ou de dépendance dans cette sélection',
			figure: 'chiffre (part, volume d’échanges)',
			hedged: 'nuancé : rapporté, prévu ou possible',
			according: (who: string) => `selon ${who}`,
			// The actors come with their articles (« La Chine », « de la Russie », « les
			// États-Unis »): src/lib/charts/dependence.ts names them.
			noPartner: (label: string) => `${label} (aucun partenaire nommé : pas de flèche).`,
			shareTitle: (
				partner: string,
				value: number,
				subject: string,
				words: string,
				year: string,
				by: string
			) =>
				`${partner} : ${value} % des ${words} ${subject}${year ? ` en ${year}` : ''}${by ? `, selon ${by}` : ''}`,
			dependsTitle: (from: string, to: string) => `${from} dépend de ${to}, selon les textes`,
			countTitle: (n: number) =>
				`${n} ${pluralFr(n, 'fait', 'faits')} de commerce, de fourniture et de sanctions dans cette sélection`
		},
		relations: {
			subtitle:
				'Relations entre pays (et acteurs sans pays) relevées dans les articles : qui agit, en lignes, envers qui, en colonnes. Plus la case est foncée, plus elle compte de relations.',
			method:
				'Chaque relation compte une fois ; une personne ou une organisation compte pour son pays, les projets sont écartés. Rencontres, visites, entretiens, accords, soutiens, félicitations et fournitures relèvent de la coopération ; critiques, sanctions et conflits, du conflit (classes de GDELT). Les relations sans direction (une rencontre) remplissent les deux cases de leur paire. Les relations démenties sont écartées.',
			empty:
				'Aucune relation de coopération ou de conflit entre deux acteurs dans cette sélection.',
			none: 'Aucune relation de coopération ou de conflit dans cette sélection',
			shown: (kept: number, all: number) =>
				`Les ${kept} acteurs les plus actifs sur ${all} sont affichés.`,
			neutral: (n: number) =>
				`${n} ${pluralFr(n, 'déclaration ou dépendance ne relève', 'déclarations ou dépendances ne relèvent')} ni de la coopération ni du conflit et ${pluralFr(n, 'n’est pas comptée', 'ne sont pas comptées')} ici.`,
			unplaced: (n: number) =>
				`${n} ${pluralFr(n, 'relation', 'relations')} au sein d’un même pays (entre ses propres acteurs) ou avec un projet ${pluralFr(n, 'n’est pas comptée', 'ne sont pas comptées')} ici.`,
			/** « La Chine et la Russie : 20 des 31 relations (24 de coopération, 7 de conflit),
			 * dont 11 mutuelles, 5 par la Chine et 4 par la Russie » ; « La Chine et la Hongrie :
			 * 1 relation de coopération, par la Chine ». */
			title: (
				coop: number,
				conf: number,
				split: PairSplit,
				a: NamedInSentence,
				b: NamedInSentence
			) => {
				const total = coop + conf;
				const what = !conf
					? pluralFr(total, 'relation de coopération', 'relations de coopération')
					: !coop
						? pluralFr(total, 'relation de conflit', 'relations de conflit')
						: `relations (${coop} de coopération, ${conf} de conflit)`;
				const parts = splitParts(
					split,
					pluralFr(split.mutual, 'mutuelle', 'mutuelles'),
					`par ${a.object}`,
					`par ${b.object}`
				);
				const how =
					parts.length === 1
						? `${split.total > 2 ? 'toutes ' : split.total === 2 ? 'toutes deux ' : ''}${parts[0]?.[1]}`
						: `dont ${listed(
								parts.map(([n, words]) => `${n} ${words}`),
								'et'
							)}`;
				const pair = `${a.subject} et ${b.object}`;
				return split.total === total
					? `${pair} : ${total} ${what}, ${how}`
					: `${pair} : ${split.total} des ${total} ${what}, ${how}`;
			},
			cell: (count: number, mutual: number, tone: string) =>
				`${count} ${tone}${mutual ? ` (dont ${mutual} ${pluralFr(mutual, 'mutuelle', 'mutuelles')}, aussi dans la case opposée)` : ''}`
		},
		mentions: {
			subtitle:
				'Mentions de chaque pays et de chaque personne par article : noms, adjectifs (« russe »), sièges du pouvoir (« le Kremlin ») et fonctions (« le président chinois »).',
			method:
				'Chaque mention que l’extraction rattache à un acteur compte une fois ; les mentions d’une personne ne comptent pas pour son pays. Les filtres de type de relation et de nombre minimal ne s’appliquent pas ici.',
			empty: 'Aucune mention d’un pays ou d’une personne dans cette sélection.',
			none: 'Aucun pays ni dirigeant nommé dans cette sélection',
			types: { country: 'pays', person: 'personne' },
			shown: (kept: number, all: number) =>
				`Les ${kept} acteurs les plus cités sur ${all} sont affichés.`,
			title: (who: string, n: number, articles: number) =>
				`${who} est le plus cité : ${n} fois dans ${articles} ${pluralFr(articles, 'article', 'articles')}`,
			tip: (who: string, n: number, article: string) =>
				`${who} : ${n} ${pluralFr(n, 'mention', 'mentions')} dans « ${article} »`,
			tipPeriod: (who: string, n: number, period: string) =>
				`${who} : ${n} ${pluralFr(n, 'mention', 'mentions')} dans les articles de ${period}`
		}
	}
} satisfies Record<Locale, unknown>;
