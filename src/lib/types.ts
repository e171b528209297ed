// The vocabulary shared by extraction, the data set, the graph and the charts.
// Every union here is defined once and imported everywhere else.

export const ENTITY_TYPES = ['country', 'person', 'organization', 'project', 'group'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/**
 * Entente's readable relation types, in the order of their quad class (verbal cooperation,
 * material cooperation, verbal conflict, material conflict), then the two that are not
 * PLOVER events. Each maps to a PLOVER event type and back (src/lib/events/coding.ts).
 */
export const RELATION_TYPES = [
	'meeting',
	'visit',
	'talks',
	'agreement',
	'support',
	'congratulation',
	'concession',
	'cooperation',
	'aid',
	'supply',
	'withdrawal',
	'request',
	'criticism',
	'accusation',
	'rejection',
	'threat',
	'protest',
	'sanctions',
	'mobilization',
	'coercion',
	'conflict',
	'statement',
	'dependence'
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/**
 * PLOVER event types (openeventdata/PLOVER, the ontology of POLECAT that succeeds CAMEO),
 * in the order of the PLOVER manual.
 */
export const PLOVER_TYPES = [
	'AGREE',
	'CONSULT',
	'SUPPORT',
	'CONCEDE',
	'COOPERATE',
	'AID',
	'RETREAT',
	'REQUEST',
	'ACCUSE',
	'REJECT',
	'THREATEN',
	'PROTEST',
	'SANCTION',
	'MOBILIZE',
	'COERCE',
	'ASSAULT'
] as const;
export type PloverType = (typeof PLOVER_TYPES)[number];

/**
 * A value a URL's list filter asked for that the vocabulary does not hold ("?types=hug"), kept
 * when it is all the parameter asked for: no relation or actor has it, so it selects nothing
 * (src/lib/graph/filters.ts).
 */
export type UnknownValue = string & { readonly unknownValue: true };

/** Quad classes (GDELT, POLECAT): verbal or material, cooperation or conflict. */
export const QUAD_CLASSES = [
	'verbal-cooperation',
	'material-cooperation',
	'verbal-conflict',
	'material-conflict'
] as const;
export type QuadClass = (typeof QUAD_CLASSES)[number];

/**
 * How the text presents a relation: as fact, as intended, as offered, as possible, as denied,
 * or on someone else's word.
 */
/**
 * What a curator decided about a relation (data/curated): `accepted`, the rules found it and a
 * curator confirmed it; `added`, only a curator's records show it. A rejected relation leaves
 * the data set (its decision stays in the curation file), so no relation is `rejected`.
 */
export const CURATION_STATES = ['accepted', 'added'] as const;
export type CurationState = (typeof CURATION_STATES)[number];

export const MODALITIES = [
	'asserted',
	'planned',
	'proposed',
	'hypothetical',
	'negated',
	'reported'
] as const;
export type Modality = (typeof MODALITIES)[number];

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * What a figure is: a share (%), an amount of money, a physical quantity (tonnes, barrels,
 * km²), a duration, a count of people or things, an ordinal (« la 43e rencontre »), an
 * anniversary, a ratio (« deux fois plus »).
 */
export const INDICATOR_KINDS = [
	'share',
	'amount',
	'quantity',
	'duration',
	'count',
	'ordinal',
	'anniversary',
	'ratio'
] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

/** What a trade figure measures: a flow (trade, exports, imports) or a balance. */
export const INDICATOR_MEASURES = ['trade', 'exports', 'imports', 'surplus', 'deficit'] as const;
export type IndicatorMeasure = (typeof INDICATOR_MEASURES)[number];

export const RATE_PERIODS = ['day', 'week', 'month', 'year'] as const;
export type RatePeriod = (typeof RATE_PERIODS)[number];

/** A date as precise as the text gives it: YYYY, YYYY-MM or YYYY-MM-DD. */
export type PartialDate = string;

export interface LocalizedName {
	fr: string;
	en: string;
}

export interface Article {
	id: string;
	title: string;
	date: string;
	lang: Language;
	source: string;
	url?: string;
	note?: string;
	text: string;
}

export type ArticleMeta = Omit<Article, 'text'>;

/** A span of an article's text; `quote` is exactly `text.slice(start, end)`. */
export interface Evidence {
	article: string;
	start: number;
	end: number;
	quote: string;
	/** Who added it: the rules, or a curation file (path and line). */
	origin?: string;
}

export const MENTION_VIAS = [
	'name',
	'seat',
	'place',
	'adjective',
	'role',
	'pattern',
	'reference',
	'curation'
] as const;

export interface Mention {
	entity: string;
	article: string;
	start: number;
	end: number;
	text: string;
	/**
	 * How the text names the actor: its name, the seat of its government (« Pékin », "the
	 * Kremlin"), a place in it where something happens (« à Johannesburg », a dateline), an
	 * adjective, a role, a pattern, a reference resolved, or a curation file.
	 */
	via?: (typeof MENTION_VIAS)[number];
}

export interface Entity {
	id: string;
	type: EntityType;
	name: string;
	names: LocalizedName;
	aliases?: string[];
	/** Countries: ISO 3166-1 alpha-3 (SUN for the Soviet Union). */
	iso3?: string;
	/** Persons and organisations: the alpha-3 code of their country. */
	country?: string;
	role?: string;
	/** The role in each language (`role` is the English). */
	roleNames?: LocalizedName;
	/** Organisation a person speaks for (an expert's university). */
	affiliation?: string;
	kind?: string;
	historical?: boolean;
	/** True when found from a news pattern, not from the gazetteer. */
	discovered?: boolean;
}

/** How the field codes an event: PLOVER type and mode, CAMEO code, quad class. */
export interface EventCoding {
	plover?: PloverType;
	/** PLOVER mode where the text gives one: visit, host, phone, military, humanitarian… */
	mode?: string;
	/** CAMEO code (2–4 digits as a string: "042", "1312"). */
	cameo?: string;
	quad?: QuadClass;
}

export interface Relation extends EventCoding {
	id: string;
	type: RelationType;
	source: string;
	target: string;
	directed: boolean;
	date?: PartialDate;
	/** The country where it took place, when the text says (« à Pékin »). */
	location?: string;
	modality: Modality;
	/** Who the text attributes it to (« selon le Kremlin »). */
	reportedBy?: string;
	/**
	 * How likely the relation is right, in [0, 1]: the rules' evidence features through the
	 * model calibrated on the evaluation sets (src/lib/extract/confidence.ts); 1 for a relation
	 * a curator added. Absent on data written before it existed (read as 1).
	 */
	confidence?: number;
	/** Whether a curator accepted or added it (hand-verified); absent when none decided it. */
	curated?: CurationState;
	evidence: Evidence[];
}

export interface Indicator {
	id: string;
	kind: IndicatorKind;
	value: number;
	unit: string;
	/** What is counted or measured, in the article's words (« machines-outils importées »). */
	label: string;
	subject?: string;
	partner?: string;
	year?: number;
	/** Approximate (« quelque 130 », « plus de »). */
	approximate?: boolean;
	reportedBy?: string;
	/** A range ("between 4,000 and 5,000 troops"): its bounds; `value` is the low one. */
	low?: number;
	high?: number;
	/** Money: the ISO 4217 code (also the unit). */
	currency?: string;
	/** The multiplier the text's scale word applied (1e9 for "bn", « milliards »). */
	scale?: number;
	/** A rate: per day, week, month or year ("1.75 million barrels per day"). */
	per?: RatePeriod;
	/** Trade figures: a flow or a balance (surplus, deficit). */
	measure?: IndicatorMeasure;
	evidence: Evidence[];
}

/**
 * A quote: what an actor said about no other actor of the text ("Cairo said 130,000 litres of
 * diesel would be delivered", « a déclaré M. Kishida »). Shown on the speaker, not drawn as a
 * link (issue #14 §4); the statement relation is kept for what is said to or about another actor.
 */
export interface Quote {
	/** `<article>#q<n>`, n counted in text order from 1. */
	id: string;
	speaker: string;
	date?: PartialDate;
	modality: Modality;
	/** The sentence that reports it. */
	evidence: Evidence[];
}

export interface Extraction {
	article: ArticleMeta;
	entities: Entity[];
	mentions: Mention[];
	relations: Relation[];
	indicators: Indicator[];
	quotes: Quote[];
}
