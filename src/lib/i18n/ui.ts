// The words of the interface around the figures, in English and French.
import type { Counts } from '../counts';
import type { EntityType } from '../types';
import { isLocale, type Locale } from './locale';

import { heldAnnounced } from './chartText';
import { plural as pluralIn } from './plural';

/** A count's noun in the language's singular or plural, as Intl.PluralRules picks it. */
const counted = pluralIn;
// French puts 0 in the singular (« 0 article »), English in the plural.
const plural = (n: number, one: string, many: string) => pluralIn('en', n, one, many);
const pluralFr = (n: number, one: string, many: string) => pluralIn('fr', n, one, many);

const en = {
	nav: {
		dashboard: 'Dashboard',
		network: 'Network',
		charts: 'Charts',
		add: 'Add an article',
		review: 'Review queue',
		main: 'Main',
		skip: 'Skip to content'
	},
	tagline: 'Diplomatic relations, traced to the sentence',
	footer:
		'Every figure links back to the sentence it came from. Sources: the articles listed on the dashboard.',
	nodeTypes: {
		country: 'country',
		person: 'person',
		organization: 'organisation',
		project: 'project',
		group: 'group'
	} as Record<EntityType, string>,
	filters: {
		countries: 'Countries',
		depth: 'Depth',
		depth1: '1 — direct links',
		depth2: '2 — links of links',
		types: 'Relation types',
		actors: 'Actors',
		article: 'Article',
		allArticles: 'All articles',
		from: 'From',
		to: 'To',
		min: 'Min. count',
		minConfidence: 'Min. confidence',
		minConfidenceHint: 'The default, 0, shows every relation.',
		minConfidenceTitle:
			'0 to 1: how likely a relation is right, calibrated on hand-labelled articles (npm run eval). The default, 0, shows every relation: on the founding corpus right relations score as low as 0.28. Figures are not scored: all stay.',
		apply: 'Apply',
		reset: 'Reset',
		countryPlaceholder: 'Name, capital or code…',
		articlePlaceholder: 'Words of a title…',
		chosenCountries: 'Chosen countries',
		chosenArticle: 'Chosen article',
		remove: (label: string) => `Remove ${label}`,
		suggestions: (n: number) => `${n} ${plural(n, 'suggestion', 'suggestions')}`,
		noMatch: 'No match',
		didYouMean: 'Did you mean…'
	},
	dashboard: {
		lede: (c: Counts) =>
			`The corpus: ${c.articles} ${plural(c.articles, 'article', 'articles')} · ${c.actors} ${plural(c.actors, 'actor', 'actors')} in ${c.relations} ${plural(c.relations, 'relation', 'relations')} (${plural(c.relations, 'event', 'events')}), told in ${c.sentences} ${plural(c.sentences, 'sentence', 'sentences')} · ${c.figures} ${plural(c.figures, 'figure', 'figures')}, each traced to the sentence it came from.`,
		selectionLede: (c: Counts, corpus: Counts) =>
			`This selection: ${c.relations} ${plural(c.relations, 'relation', 'relations')} (${plural(c.relations, 'event', 'events')}) between ${c.actors} ${plural(c.actors, 'actor', 'actors')}, told in ${c.sentences} ${plural(c.sentences, 'sentence', 'sentences')} from ${c.articles} of the corpus’s ${corpus.articles} ${plural(corpus.articles, 'article', 'articles')} · ${c.figures} ${plural(c.figures, 'figure', 'figures')}. The whole corpus: ${corpus.relations} ${plural(corpus.relations, 'relation', 'relations')} between ${corpus.actors} ${plural(corpus.actors, 'actor', 'actors')}.`,
		network: 'Network',
		networkSubtitle: 'Actors and their relations; select an actor or a link to read its evidence.',
		tooLarge: (n: number) => `The network has ${n} actors:`,
		openExplorer: 'open the network explorer',
		noActor: 'No actor in this selection.',
		articles: 'Articles',
		actorsFound: 'Actors in these relations',
		articlesListed: (shown: number, total: number) =>
			`The ${shown} most recent of ${total} articles; filter by article or period for others.`,
		actorsListed: (shown: number, total: number) =>
			`The ${shown} most mentioned of ${total} actors; find the others in the network.`
	},
	summary: {
		label: 'Filters',
		none: 'No filter: the whole corpus.',
		leaves: (c: Counts) =>
			`${c.relations} ${plural(c.relations, 'relation', 'relations')} (${plural(c.relations, 'event', 'events')}) · ${c.actors} ${plural(c.actors, 'actor', 'actors')} · ${c.articles} ${plural(c.articles, 'article', 'articles')} · ${c.figures} ${plural(c.figures, 'figure', 'figures')}`,
		resetAll: 'Remove all filters',
		edit: 'Edit filters',
		hide: 'Hide filters'
	},
	headlines: {
		actors: 'Actors',
		actorsDetail: 'taking part in these relations, as the network draws them',
		relations: 'Relations (events)',
		relationsDetail: (c: Counts) =>
			`told in ${c.sentences} ${plural(c.sentences, 'sentence', 'sentences')}; ${c.hedged} of them hedged (planned, proposed, hypothetical or reported)${c.negated ? `; ${c.negated} denied or not established, left out` : ''}`,
		articles: 'Articles',
		articlesDetail: 'holding the evidence of this selection',
		figures: 'Figures',
		figuresDetail: 'numbers the texts report (shares, amounts, counts)',
		figuresOfTypesDetail:
			'numbers the texts report that measure the chosen relation types (meeting totals for meeting, trade figures for supply / trade and dependence); other figures are left out by a type filter',
		mostMet: 'Most-met pair',
		reported: (
			value: number,
			by: string,
			held: number,
			announced: number,
			where = 'in the corpus'
		) =>
			`${value} meetings by ${by}, the texts report; ${heldAnnounced.en(held, announced)} ${where}`,
		counted: (held: number, announced: number, where = 'in the corpus') =>
			`${plural(held + announced, 'meeting', 'meetings')}: ${heldAnnounced.en(held, announced)} ${where}`,
		inSelection: 'in this selection',
		strongest: 'Strongest dependence figure'
	},
	charts: {
		tabs: {
			meetings: 'Meetings',
			timeline: 'Timeline',
			dependence: 'Trade & dependence',
			relations: 'Relations matrix',
			mentions: 'Mentions'
		},
		label: 'Charts',
		hint: 'Select a mark, or a row of the data table, to read the sentences behind it.',
		table: (n: number) => `Data table (${n} ${plural(n, 'row', 'rows')})`,
		mark: 'Mark',
		sentences: 'Sentences',
		evidence: (n: number) => `${n} ${plural(n, 'sentence', 'sentences')}`,
		clear: 'clear the selection'
	},
	share: {
		title: 'Share & embed',
		embed: 'Embed in a web page (the frame resizes to its content)',
		copyEmbed: 'Copy the embed code',
		theme: 'Colours',
		themes: { light: 'Light', dark: 'Dark', auto: 'The reader’s setting' },
		copied: 'Copied',
		permalink: 'Permalink:',
		copy: 'Copy',
		download: 'Download:',
		oembed: 'A content system that speaks oEmbed embeds the figure from its permalink alone.',
		zip: 'ZIP (data, picture, how to cite)',
		openData: 'Open data (Data Package: events, actors, evidence)',
		schema: 'JSON Schema of the data set',
		nodesCsv: 'Actors CSV',
		edgesCsv: 'Links CSV',
		/** A picture download's label: the PNG `width` px wide. */
		png: (width: number) => `PNG ${width} px`,
		/** The picture downloads' hint: what they hold. */
		pictures: 'SVG and PNG hold the title, the legend and the source line.',
		/** `shown` of `total` actors when only the strongest are drawn. */
		embedTitle: (shown: number, total: number) =>
			`Entente network: ${shown < total ? `${shown} of ${total}` : shown} ${plural(shown, 'actor', 'actors')}`
	},
	network: {
		title: 'Network',
		svgLabel: (nodes: number, links: number) =>
			`Network of ${nodes} ${plural(nodes, 'actor', 'actors')} and ${links} ${plural(links, 'link', 'links')}`,
		/** The embedded network's heading. */
		embedHeading: (nodes: number, links: number) =>
			`Network: ${nodes} ${counted('en', nodes, 'actor', 'actors')} and ${links} ${counted('en', links, 'link', 'links')}`,
		/** The embedded network's title when one pair stands out (graph/networkKey.ts). */
		embedFinding: (a: string, b: string, count: number, total: number) =>
			`${a} and ${b}: ${count} of the ${total} relations in this network`,
		noMatch: 'No relation matches these filters.',
		showAll: 'Show the whole network',
		hint: 'Select an actor or a link to read the sentences it comes from.',
		legend: 'Legend',
		relations: 'Relations',
		actors: 'Actors',
		toggle: '(select to show or hide)',
		shown: 'shown, select to hide',
		hidden: 'hidden, select to show',
		legendHint:
			'Size: number of relations. A link’s width: its relations; one link per pair shows their types as bands. Arrows: direction (visit, supply, sanctions, support…). Negated relations are not drawn.',
		find: 'Find an actor',
		findButton: 'Find',
		noActorMatch: (query: string) => `No actor matches “${query}”.`,
		didYouMean: 'Did you mean',
		questionMark: '?',
		tableSummary: (nodes: number, links: number) =>
			`Table of the ${nodes} ${plural(nodes, 'actor', 'actors')} and ${links} ${plural(links, 'link', 'links')} shown`,
		links: 'Links',
		count: 'Count',
		dates: 'Dates',
		from: 'From',
		to: 'To',
		relation: 'Relation',
		profile: 'Profile',
		mentions: (n: number) => `${n} ${plural(n, 'mention', 'mentions')}`,
		noRelation: 'No relation in this selection.',
		leftOut: 'Not counted: negated in the text',
		edgeCount: (label: string, n: number, sentences: number) =>
			`${label}: ${n} ${plural(n, 'relation', 'relations')} (${plural(n, 'event', 'events')}), told in ${sentences} ${plural(sentences, 'sentence', 'sentences')}`,
		pairCount: (n: number, types: number, sentences: number) =>
			`${n} ${plural(n, 'relation', 'relations')} (${plural(n, 'event', 'events')})${types > 1 ? ` of ${types} types` : ''}, told in ${sentences} ${plural(sentences, 'sentence', 'sentences')}`,
		linksMode: 'Links:',
		linksPairs: 'one per pair',
		linksTypes: 'one per type',
		until: 'to',
		fit: 'Fit',
		summary: (nodes: number, links: number) =>
			`${nodes} ${plural(nodes, 'actor', 'actors')} · ${links} ${plural(links, 'link', 'links')}`,
		shownOf: (nodes: number, total: number, links: number, totalLinks: number) =>
			`the ${nodes} strongest of ${total} actors · ${links} of ${totalLinks} ${plural(totalLinks, 'link', 'links')}`,
		top: 'Actors shown',
		topButton: 'Show',
		relationsOf: (n: number) =>
			`${n} ${plural(n, 'relation', 'relations')} (${plural(n, 'event', 'events')}) of its own`
	},
	pager: {
		label: 'Pages',
		previous: '← previous',
		next: 'next →',
		pageOf: (page: number, pages: number) => `page ${page} of ${pages}`
	},
	article: {
		original: 'original',
		review: 'Review the extraction',
		found: (n: number) => `Relations found in this article (${n})`,
		evidenceOf: (n: number) => `Evidence of ${n} ${plural(n, 'relation', 'relations')}`
	},
	entity: {
		showInNetwork: 'Show in the network',
		people: 'People',
		partners: 'Partners',
		partnersNote:
			'Relations (events) between this country, its people and organisations, and each partner with its people and organisations; a relation counts once per partner, denied ones left out. The relations matrix counts pairs the same way but leaves out statements and dependence, which are neither cooperative nor conflictual.',
		partner: 'Country or actor',
		relations: 'Relations (events), people and organisations included',
		figures: 'Figures',
		countryFigures: 'Figures about this country, its people and organisations',
		quotes: 'Quotes',
		quotesNote:
			'What this actor said about no other actor, sentence by sentence; a statement to or about another actor is a relation instead.',
		timeline: 'Timeline',
		articles: 'Articles',
		listed: (shown: number, total: number) => `${shown} of ${total} listed.`,
		identity: 'Where this actor comes from',
		origins: {
			'hand-curated': 'hand-curated by Entente’s editors',
			factbook: 'CIA World Factbook (2026)',
			phoenix: 'PETRARCH2 Phoenix dictionaries (to 2014)',
			library: 'ISO 3166-1 country names (i18n-iso-countries)',
			pattern: 'found in the text by a pattern of news writing (not in the gazetteer)'
		}
	},
	error: { back: 'Back to the dashboard' },
	editor: {
		addTitle: 'Add an article',
		off: 'Editing is off on this server: it shows the corpus, and accepts no changes. To add articles, start it with an editing token,',
		offOr: 'or use',
		offReadme: '(see the README).',
		token: 'Editing token',
		unlock: 'Unlock editing',
		logout: 'Log out of editing',
		text: 'Text, as published',
		paste: 'Paste the article here…',
		file: 'Or a .txt / .md file',
		title: 'Title',
		date: 'Publication date',
		language: 'Language',
		detect: 'detect',
		french: 'French',
		english: 'English',
		source: 'Source (outlet)',
		url: 'URL (optional)',
		preview: 'Preview the extraction',
		saveDirect: 'Save without preview',
		finds: (title: string) => `What Entente finds in “${title}”`,
		saveAs: (id: string) => `Save to the corpus as ${id}`,
		actors: (n: number) => `Actors (${n})`,
		unknown: 'unknown to the gazetteer',
		relations: (n: number) => `Relations (${n})`,
		figures: (n: number) => `Figures (${n})`,
		savedWhere:
			'Saved articles go to data/articles/ and the data set is rebuilt at once; the dashboard shows them without a restart. Corrections the rules cannot make go in data/curated/ (see the README).',
		reviewTitle: (title: string) => `Review: ${title}`,
		queueTitle: 'Review queue: the least certain relations first',
		queueLede: (n: number) =>
			`${n} ${plural(n, 'relation', 'relations')} no curator has decided, across every article, the least certain first. Each decision is written to the article’s file in data/curated/, as on its review page.`,
		queueDecided: (accepted: number, added: number) =>
			`Decided so far: ${accepted} accepted and ${added} added by editors, flagged as such in the network’s panels, on article pages and in events.csv (curated). Rejected relations leave the data set.`,
		negatedAccept:
			'A negation: accepting it records that the text says this did not happen. It stays negated and is counted nowhere as an event. Reject it if the text does not say so.',
		queueKeys: 'Keys: j or ↓ next, k or ↑ previous, a accept, r reject (the relation marked ▶).',
		queueEmpty: 'Every relation has been decided.',
		saving: 'Saving the decision… (keys wait until it is written)',
		confidence: (c: number) => `confidence ${c.toFixed(2)}`,
		back: '← Back to the article',
		locked: 'Give the editing token on “Add an article” first.',
		reviewOff: 'Editing is off on this server (start it with ENTENTE_EDIT_TOKEN to review).',
		decisions: (id: string) =>
			`Each decision is written to data/curated/${id}.yaml with the words it rests on, so it holds when the rules change.`,
		found: (n: number) => `Relations found (${n})`,
		curated: { accepted: 'accepted by an editor', added: 'added by an editor' },
		accept: 'Accept',
		reject: 'Reject',
		unknownPeople: 'People unknown to the gazetteer',
		mentions: (name: string, n: number) => `${name} (${n} ${plural(n, 'mention', 'mentions')}) is`,
		knownActor: (name: string) => `Known actor for ${name}`,
		merge: 'Merge',
		addMissing: 'Add a missing relation',
		type: 'Type',
		from: 'From',
		to: 'To',
		dateOptional: 'Date (optional)',
		modality: 'Modality',
		words: 'The words it rests on (select them in the text below, or paste them)',
		add: 'Add the relation'
	},
	tables: {
		date: 'Date',
		article: 'Article',
		lang: 'Lang.',
		source: 'Source',
		actors: 'Actors',
		relations: 'Relations (events)',
		sentences: 'Sentences',
		figures: 'Figures',
		actor: 'Actor',
		type: 'Type',
		country: 'Country',
		role: 'Role',
		mentions: 'Mentions',
		articles: 'Articles',
		articlesCaption:
			'Counted in this selection: the relations (events) the article evidences, the distinct sentences telling them, the actors taking part in them, the figures it reports.',
		actorsCaption:
			'Counted in this selection: mentions (names, seats, adjectives, roles and resolved references such as « le maître du Kremlin ») in its articles, the relations with the actor itself as source or target (a country’s people are counted on their own rows), the articles naming it.'
	}
};

export type UiText = typeof en;

const fr: UiText = {
	nav: {
		dashboard: 'Tableau de bord',
		network: 'Réseau',
		charts: 'Graphiques',
		add: 'Ajouter un article',
		review: 'File de relecture',
		main: 'Principal',
		skip: 'Aller au contenu'
	},
	tagline: 'Relations diplomatiques, retracées jusqu’à la phrase',
	footer:
		'Chaque chiffre renvoie à la phrase dont il vient. Sources : les articles listés sur le tableau de bord.',
	nodeTypes: {
		country: 'pays',
		person: 'personne',
		organization: 'organisation',
		project: 'projet',
		group: 'groupe'
	},
	filters: {
		countries: 'Pays',
		depth: 'Profondeur',
		depth1: '1 — liens directs',
		depth2: '2 — liens des liens',
		types: 'Types de relations',
		actors: 'Acteurs',
		article: 'Article',
		allArticles: 'Tous les articles',
		from: 'Du',
		to: 'Au',
		min: 'Nombre min.',
		minConfidence: 'Confiance min.',
		minConfidenceHint: 'Par défaut, 0 : toutes les relations.',
		minConfidenceTitle:
			'De 0 à 1 : la probabilité qu’une relation soit juste, calibrée sur des articles annotés à la main (npm run eval). Par défaut, 0, toutes les relations sont montrées : sur le corpus fondateur, des relations justes ont une confiance de 0,28 seulement. Les chiffres n’ont pas de confiance : tous restent.',
		apply: 'Appliquer',
		reset: 'Réinitialiser',
		countryPlaceholder: 'Nom, capitale ou code…',
		articlePlaceholder: 'Mots d’un titre…',
		chosenCountries: 'Pays choisis',
		chosenArticle: 'Article choisi',
		remove: (label) => `Retirer ${label}`,
		suggestions: (n) => `${n} ${pluralFr(n, 'suggestion', 'suggestions')}`,
		noMatch: 'Aucun résultat',
		didYouMean: 'Vouliez-vous dire…'
	},
	dashboard: {
		lede: (c) =>
			`Le corpus : ${c.articles} ${pluralFr(c.articles, 'article', 'articles')} · ${c.actors} ${pluralFr(c.actors, 'acteur', 'acteurs')} dans ${c.relations} ${pluralFr(c.relations, 'relation', 'relations')} (${pluralFr(c.relations, 'événement', 'événements')}), ${pluralFr(c.relations, 'rapportée', 'rapportées')} par ${c.sentences} ${pluralFr(c.sentences, 'phrase', 'phrases')} · ${c.figures} ${pluralFr(c.figures, 'chiffre', 'chiffres')}, chacun retracé jusqu’à sa phrase.`,
		selectionLede: (c, corpus) =>
			`Cette sélection : ${c.relations} ${pluralFr(c.relations, 'relation', 'relations')} (${pluralFr(c.relations, 'événement', 'événements')}) entre ${c.actors} ${pluralFr(c.actors, 'acteur', 'acteurs')}, ${pluralFr(c.relations, 'rapportée', 'rapportées')} par ${c.sentences} ${pluralFr(c.sentences, 'phrase', 'phrases')} de ${c.articles} des ${corpus.articles} ${pluralFr(corpus.articles, 'article', 'articles')} du corpus · ${c.figures} ${pluralFr(c.figures, 'chiffre', 'chiffres')}. Tout le corpus : ${corpus.relations} ${pluralFr(corpus.relations, 'relation', 'relations')} entre ${corpus.actors} ${pluralFr(corpus.actors, 'acteur', 'acteurs')}.`,
		network: 'Réseau',
		networkSubtitle:
			'Les acteurs et leurs relations ; sélectionnez un acteur ou un lien pour lire ses sources.',
		tooLarge: (n) => `Le réseau compte ${n} acteurs :`,
		openExplorer: 'ouvrir l’explorateur de réseau',
		noActor: 'Aucun acteur dans cette sélection.',
		articles: 'Articles',
		actorsFound: 'Acteurs de ces relations',
		articlesListed: (shown, total) =>
			`Les ${shown} articles les plus récents sur ${total} ; filtrez par article ou par période pour les autres.`,
		actorsListed: (shown, total) =>
			`Les ${shown} acteurs les plus cités sur ${total} ; trouvez les autres dans le réseau.`
	},
	summary: {
		label: 'Filtres',
		none: 'Aucun filtre : tout le corpus.',
		leaves: (c) =>
			`${c.relations} ${pluralFr(c.relations, 'relation', 'relations')} (${pluralFr(c.relations, 'événement', 'événements')}) · ${c.actors} ${pluralFr(c.actors, 'acteur', 'acteurs')} · ${c.articles} ${pluralFr(c.articles, 'article', 'articles')} · ${c.figures} ${pluralFr(c.figures, 'chiffre', 'chiffres')}`,
		resetAll: 'Retirer tous les filtres',
		edit: 'Modifier les filtres',
		hide: 'Masquer les filtres'
	},
	headlines: {
		actors: 'Acteurs',
		actorsDetail: 'parties à ces relations, tels que le réseau les dessine',
		relations: 'Relations (événements)',
		relationsDetail: (c) =>
			`${pluralFr(c.relations, 'rapportée', 'rapportées')} par ${c.sentences} ${pluralFr(c.sentences, 'phrase', 'phrases')} ; ${c.hedged} avec réserve (prévues, proposées, hypothétiques ou rapportées)${c.negated ? ` ; ${c.negated} démenties ou non établies, écartées` : ''}`,
		articles: 'Articles',
		articlesDetail: 'contenant les sources de cette sélection',
		figures: 'Chiffres',
		figuresDetail: 'nombres que rapportent les textes (parts, montants, effectifs)',
		figuresOfTypesDetail:
			'nombres que rapportent les textes et qui mesurent les types de relation choisis (totaux de rencontres pour « rencontre », chiffres d’échanges pour « fourniture / commerce » et « dépendance ») ; un filtre de type laisse de côté les autres chiffres',
		mostMet: 'Paire la plus rencontrée',
		reported: (value, by, held, announced, where = 'dans le corpus') =>
			`${value} rencontres jusqu’en ${by}, selon les textes ; ${heldAnnounced.fr(held, announced)} ${where}`,
		counted: (held, announced, where = 'dans le corpus') =>
			`${pluralFr(held + announced, 'rencontre', 'rencontres')} : ${heldAnnounced.fr(held, announced)} ${where}`,
		inSelection: 'dans cette sélection',
		strongest: 'Chiffre de dépendance le plus fort'
	},
	charts: {
		tabs: {
			meetings: 'Rencontres',
			timeline: 'Chronologie',
			dependence: 'Commerce et dépendance',
			relations: 'Matrice des relations',
			mentions: 'Mentions'
		},
		label: 'Graphiques',
		hint: 'Sélectionnez une marque, ou une ligne du tableau de données, pour lire les phrases qui la fondent.',
		table: (n) => `Tableau de données (${n} ${pluralFr(n, 'ligne', 'lignes')})`,
		mark: 'Marque',
		sentences: 'Phrases',
		evidence: (n) => `${n} ${pluralFr(n, 'phrase', 'phrases')}`,
		clear: 'effacer la sélection'
	},
	share: {
		title: 'Partager et intégrer',
		embed: 'Intégrer dans une page web (le cadre s’ajuste à son contenu)',
		copyEmbed: 'Copier le code d’intégration',
		theme: 'Couleurs',
		themes: { light: 'Claires', dark: 'Sombres', auto: 'Selon le réglage du lecteur' },
		copied: 'Copié',
		permalink: 'Lien permanent :',
		copy: 'Copier',
		download: 'Télécharger :',
		oembed:
			'Un système de contenu compatible oEmbed intègre la figure à partir de son seul lien permanent.',
		zip: 'ZIP (données, image, comment citer)',
		openData: 'Données ouvertes (Data Package : événements, acteurs, preuves)',
		schema: 'Schéma JSON du jeu de données',
		nodesCsv: 'Acteurs CSV',
		edgesCsv: 'Liens CSV',
		// A no-break space between the number and its unit, as French typography sets it.
		png: (width) => `PNG ${width}\u00a0px`,
		pictures: 'Les SVG et PNG portent le titre, la légende et la ligne des sources.',
		embedTitle: (shown: number, total: number) =>
			`Réseau Entente : ${shown < total ? `${shown} sur ${total}` : shown} ${pluralFr(shown, 'acteur', 'acteurs')}`
	},
	network: {
		title: 'Réseau',
		svgLabel: (nodes, links) =>
			`Réseau de ${nodes} ${pluralFr(nodes, 'acteur', 'acteurs')} et ${links} ${pluralFr(links, 'lien', 'liens')}`,
		// French counts 0 and 1 in the singular (Intl.PluralRules 'fr': « 0 lien »).
		embedHeading: (nodes, links) =>
			`Réseau : ${nodes} ${counted('fr', nodes, 'acteur', 'acteurs')} et ${links} ${counted('fr', links, 'lien', 'liens')}`,
		// A no-break space before the colon, as French typography sets it.
		embedFinding: (a, b, count, total) =>
			`${a} et ${b}\u00a0: ${count} des ${total} relations de ce réseau`,
		noMatch: 'Aucune relation ne correspond à ces filtres.',
		showAll: 'Afficher tout le réseau',
		hint: 'Sélectionnez un acteur ou un lien pour lire les phrases dont il vient.',
		legend: 'Légende',
		relations: 'Relations',
		actors: 'Acteurs',
		toggle: '(sélectionner pour afficher ou masquer)',
		shown: 'affiché, sélectionner pour masquer',
		hidden: 'masqué, sélectionner pour afficher',
		legendHint:
			'Taille : nombre de relations. Largeur d’un lien : ses relations ; un lien par paire montre leurs types en bandes. Flèches : direction (visite, fourniture, sanctions, soutien…). Les relations démenties ne sont pas tracées.',
		find: 'Trouver un acteur',
		findButton: 'Trouver',
		noActorMatch: (query) => `Aucun acteur ne correspond à « ${query} ».`,
		didYouMean: 'Vouliez-vous dire',
		// French sets a narrow no-break space before a question mark.
		questionMark: '\u202f?',
		tableSummary: (nodes, links) =>
			`Tableau des ${nodes} ${pluralFr(nodes, 'acteur', 'acteurs')} et ${links} ${pluralFr(links, 'lien affiché', 'liens affichés')}`,
		links: 'Liens',
		count: 'Nombre',
		dates: 'Dates',
		from: 'De',
		to: 'Vers',
		relation: 'Relation',
		profile: 'Fiche',
		mentions: (n) => `${n} ${pluralFr(n, 'mention', 'mentions')}`,
		noRelation: 'Aucune relation dans cette sélection.',
		leftOut: 'Non comptées : niées par le texte',
		edgeCount: (label, n, sentences) =>
			`${label} : ${n} ${pluralFr(n, 'relation', 'relations')} (${pluralFr(n, 'événement', 'événements')}), ${pluralFr(n, 'rapportée', 'rapportées')} par ${sentences} ${pluralFr(sentences, 'phrase', 'phrases')}`,
		pairCount: (n, types, sentences) =>
			`${n} ${pluralFr(n, 'relation', 'relations')} (${pluralFr(n, 'événement', 'événements')})${types > 1 ? ` de ${types} types` : ''}, ${pluralFr(n, 'rapportée', 'rapportées')} par ${sentences} ${pluralFr(sentences, 'phrase', 'phrases')}`,
		linksMode: 'Liens :',
		linksPairs: 'un par paire',
		linksTypes: 'un par type',
		until: 'au',
		fit: 'Recadrer',
		summary: (nodes, links) =>
			`${nodes} ${pluralFr(nodes, 'acteur', 'acteurs')} · ${links} ${pluralFr(links, 'lien', 'liens')}`,
		shownOf: (nodes, total, links, totalLinks) =>
			`les ${nodes} plus liés sur ${total} acteurs · ${links} ${pluralFr(links, 'lien', 'liens')} sur ${totalLinks}`,
		top: 'Acteurs affichés',
		topButton: 'Afficher',
		relationsOf: (n) =>
			`${n} ${pluralFr(n, 'relation', 'relations')} (${pluralFr(n, 'événement', 'événements')}) en propre`
	},
	pager: {
		label: 'Pages',
		previous: '← précédente',
		next: 'suivante →',
		pageOf: (page, pages) => `page ${page} sur ${pages}`
	},
	article: {
		original: 'original',
		review: 'Relire l’extraction',
		found: (n) => `Relations relevées dans cet article (${n})`,
		evidenceOf: (n) => `Source de ${n} ${pluralFr(n, 'relation', 'relations')}`
	},
	entity: {
		showInNetwork: 'Voir dans le réseau',
		people: 'Personnes',
		partners: 'Partenaires',
		partnersNote:
			'Relations (événements) entre ce pays, ses personnes et organisations, et chaque partenaire avec les siennes ; une relation compte une fois par partenaire, hors relations démenties. La matrice des relations compte les paires de la même façon mais écarte déclarations et dépendances, ni coopération ni conflit.',
		partner: 'Pays ou acteur',
		relations: 'Relations (événements), personnes et organisations comprises',
		figures: 'Chiffres',
		countryFigures: 'Chiffres sur ce pays, ses personnes et organisations',
		quotes: 'Citations',
		quotesNote:
			'Ce que cet acteur a dit sans viser un autre acteur, phrase par phrase ; une déclaration adressée à un autre acteur ou portant sur lui est une relation.',
		timeline: 'Chronologie',
		articles: 'Articles',
		listed: (shown, total) => `${shown} sur ${total} listés.`,
		identity: 'D’où vient cet acteur',
		origins: {
			'hand-curated': 'saisi par les éditeurs d’Entente',
			factbook: 'CIA World Factbook (2026)',
			phoenix: 'dictionnaires Phoenix de PETRARCH2 (jusqu’en 2014)',
			library: 'noms de pays ISO 3166-1 (i18n-iso-countries)',
			pattern: 'repéré dans le texte par une tournure journalistique (absent du répertoire)'
		}
	},
	error: { back: 'Retour au tableau de bord' },
	editor: {
		addTitle: 'Ajouter un article',
		off: 'La modification est désactivée sur ce serveur : il montre le corpus et n’accepte aucun changement. Pour ajouter des articles, démarrez-le avec un jeton,',
		offOr: 'ou utilisez',
		offReadme: '(voir le README).',
		token: 'Jeton de modification',
		unlock: 'Activer la modification',
		logout: 'Quitter la modification',
		text: 'Texte, tel que publié',
		paste: 'Collez l’article ici…',
		file: 'Ou un fichier .txt / .md',
		title: 'Titre',
		date: 'Date de publication',
		language: 'Langue',
		detect: 'détecter',
		french: 'français',
		english: 'anglais',
		source: 'Source (média)',
		url: 'URL (facultative)',
		preview: 'Prévisualiser l’extraction',
		saveDirect: 'Enregistrer sans prévisualiser',
		finds: (title) => `Ce qu’Entente relève dans « ${title} »`,
		saveAs: (id) => `Enregistrer dans le corpus sous ${id}`,
		actors: (n) => `Acteurs (${n})`,
		unknown: 'inconnu du répertoire',
		relations: (n) => `Relations (${n})`,
		figures: (n) => `Chiffres (${n})`,
		savedWhere:
			'Les articles enregistrés vont dans data/articles/ et le jeu de données est reconstruit aussitôt ; le tableau de bord les montre sans redémarrage. Les corrections que les règles ne peuvent faire vont dans data/curated/ (voir le README).',
		reviewTitle: (title) => `Relecture : ${title}`,
		queueTitle: 'File de relecture : les relations les moins sûres d’abord',
		queueLede: (n) =>
			`${n} ${pluralFr(n, 'relation', 'relations')} qu’aucun curateur n’a tranchée${n > 1 ? 's' : ''}, dans tous les articles, les moins sûres d’abord. Chaque décision est écrite dans le fichier de l’article sous data/curated/, comme sur sa page de relecture.`,
		queueDecided: (accepted, added) =>
			`Déjà tranchées : ${accepted} validée${accepted > 1 ? 's' : ''} et ${added} ajoutée${added > 1 ? 's' : ''} par les éditeurs, signalées comme telles dans les panneaux du réseau, sur les pages d’article et dans events.csv (curated). Les relations rejetées quittent le jeu de données.`,
		negatedAccept:
			'Une négation : l’accepter consigne que le texte dit que cela n’a pas eu lieu. Elle reste niée et n’est comptée nulle part comme un événement. Rejetez-la si le texte ne le dit pas.',
		queueKeys:
			'Touches : j ou ↓ suivante, k ou ↑ précédente, a accepter, r rejeter (la relation marquée ▶).',
		queueEmpty: 'Toutes les relations ont été tranchées.',
		saving: 'Enregistrement de la décision… (les touches attendent qu’elle soit écrite)',
		confidence: (c) => `confiance ${c.toFixed(2).replace('.', ',')}`,
		back: '← Retour à l’article',
		locked: 'Donnez d’abord le jeton sur « Ajouter un article ».',
		reviewOff:
			'La modification est désactivée sur ce serveur (démarrez-le avec ENTENTE_EDIT_TOKEN pour relire).',
		decisions: (id) =>
			`Chaque décision est écrite dans data/curated/${id}.yaml avec les mots sur lesquels elle repose : elle tient quand les règles changent.`,
		found: (n) => `Relations relevées (${n})`,
		curated: { accepted: 'validée par un éditeur', added: 'ajoutée par un éditeur' },
		accept: 'Accepter',
		reject: 'Rejeter',
		unknownPeople: 'Personnes inconnues du répertoire',
		mentions: (name, n) => `${name} (${n} ${pluralFr(n, 'mention', 'mentions')}) est`,
		knownActor: (name) => `Acteur connu pour ${name}`,
		merge: 'Fusionner',
		addMissing: 'Ajouter une relation manquante',
		type: 'Type',
		from: 'De',
		to: 'Vers',
		dateOptional: 'Date (facultative)',
		modality: 'Modalité',
		words:
			'Les mots sur lesquels elle repose (sélectionnez-les dans le texte ci-dessous, ou collez-les)',
		add: 'Ajouter la relation'
	},
	tables: {
		date: 'Date',
		article: 'Article',
		lang: 'Langue',
		source: 'Source',
		actors: 'Acteurs',
		relations: 'Relations (événements)',
		sentences: 'Phrases',
		figures: 'Chiffres',
		actor: 'Acteur',
		type: 'Type',
		country: 'Pays',
		role: 'Fonction',
		mentions: 'Mentions',
		articles: 'Articles',
		articlesCaption:
			'Dans cette sélection : les relations (événements) dont l’article est la source, les phrases distinctes qui les rapportent, les acteurs qui y prennent part, les chiffres qu’il donne.',
		actorsCaption:
			'Dans cette sélection : les mentions (noms, sièges, adjectifs, fonctions et références résolues comme « le maître du Kremlin ») dans ses articles, les relations dont l’acteur lui-même est la source ou la cible (les personnes d’un pays sont comptées sur leur ligne), les articles qui le nomment.'
	}
};

const UI: Record<Locale, UiText> = { en, fr };

/** The interface's words for a page's locale (English when it has none). */
export function uiText(locale: unknown): UiText {
	return UI[typeof locale === 'string' && isLocale(locale) ? locale : 'en'];
}
