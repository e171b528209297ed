// Event coding: Entente's readable relation types ↔ PLOVER event types, CAMEO codes and quad
// classes. The CAMEO→PLOVER table itself is data (data/lexicon/cameo-plover.yaml, from the
// PLOVER project); this module holds the mappings between the vocabularies.
import {
	QUAD_CLASSES,
	RELATION_TYPES,
	type EventCoding,
	type Modality,
	type PloverType,
	type QuadClass,
	type RelationType
} from '../types';

/** Types whose two actors act together: the relation has no direction. */
export const SYMMETRIC_TYPES: ReadonlySet<RelationType> = new Set([
	'meeting',
	'talks',
	'agreement',
	'cooperation'
]);

/** One row of the CAMEO→PLOVER table. */
export interface CameoRow {
	plover: PloverType;
	mode?: string;
	context?: string;
	label: string;
}

/** CAMEO code ("042", "1312") → its PLOVER row. */
export type CameoTable = ReadonlyMap<string, CameoRow>;

/**
 * The PLOVER type a readable type stands for. Statements (CAMEO 01, "make public statement")
 * and dependence (a state, not an event) are not PLOVER events.
 */
export const PLOVER_OF: Record<RelationType, PloverType | undefined> = {
	meeting: 'CONSULT',
	visit: 'CONSULT',
	talks: 'CONSULT',
	agreement: 'AGREE',
	support: 'SUPPORT',
	congratulation: 'SUPPORT',
	concession: 'CONCEDE',
	cooperation: 'COOPERATE',
	aid: 'AID',
	supply: 'COOPERATE',
	withdrawal: 'RETREAT',
	request: 'REQUEST',
	criticism: 'ACCUSE',
	accusation: 'ACCUSE',
	rejection: 'REJECT',
	threat: 'THREATEN',
	protest: 'PROTEST',
	sanctions: 'SANCTION',
	mobilization: 'MOBILIZE',
	coercion: 'COERCE',
	conflict: 'ASSAULT',
	statement: undefined,
	dependence: undefined
};

/** The readable type a PLOVER type reads as when nothing more specific is known. */
export const RELATION_OF: Record<PloverType, RelationType> = {
	AGREE: 'agreement',
	CONSULT: 'meeting',
	SUPPORT: 'support',
	CONCEDE: 'concession',
	COOPERATE: 'cooperation',
	AID: 'aid',
	RETREAT: 'withdrawal',
	REQUEST: 'request',
	ACCUSE: 'accusation',
	REJECT: 'rejection',
	THREATEN: 'threat',
	PROTEST: 'protest',
	SANCTION: 'sanctions',
	MOBILIZE: 'mobilization',
	COERCE: 'coercion',
	ASSAULT: 'conflict'
};

/**
 * Quad class of each PLOVER type, as POLECAT groups them: AGREE, CONSULT, SUPPORT, CONCEDE
 * verbal cooperation; COOPERATE, AID, RETREAT material cooperation; REQUEST, ACCUSE, REJECT,
 * THREATEN verbal conflict; PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT material conflict.
 */
export const QUAD_OF: Record<PloverType, QuadClass> = {
	AGREE: 'verbal-cooperation',
	CONSULT: 'verbal-cooperation',
	SUPPORT: 'verbal-cooperation',
	CONCEDE: 'verbal-cooperation',
	COOPERATE: 'material-cooperation',
	AID: 'material-cooperation',
	RETREAT: 'material-cooperation',
	REQUEST: 'verbal-conflict',
	ACCUSE: 'verbal-conflict',
	REJECT: 'verbal-conflict',
	THREATEN: 'verbal-conflict',
	PROTEST: 'material-conflict',
	SANCTION: 'material-conflict',
	MOBILIZE: 'material-conflict',
	COERCE: 'material-conflict',
	ASSAULT: 'material-conflict'
};

/** The CAMEO code of a readable type when its trigger gives none. */
export const DEFAULT_CAMEO: Record<RelationType, string> = {
	meeting: '040',
	visit: '042',
	talks: '040',
	agreement: '030',
	support: '050',
	congratulation: '051',
	concession: '080',
	cooperation: '060',
	aid: '070',
	supply: '061',
	withdrawal: '084',
	request: '020',
	criticism: '111',
	accusation: '112',
	rejection: '120',
	threat: '130',
	protest: '140',
	sanctions: '160',
	mobilization: '150',
	coercion: '170',
	conflict: '190',
	statement: '010',
	dependence: ''
};

/** The readable types by quad class, in order, then those that are no PLOVER event. */
export function relationGroups(): { quad: QuadClass | 'other'; types: RelationType[] }[] {
	const groups: { quad: QuadClass | 'other'; types: RelationType[] }[] = [
		...QUAD_CLASSES.map((quad) => ({
			quad: quad as QuadClass | 'other',
			types: [] as RelationType[]
		})),
		{ quad: 'other', types: [] }
	];
	for (const type of RELATION_TYPES) {
		const quad = quadOfType(type) ?? 'other';
		groups.find((g) => g.quad === quad)?.types.push(type);
	}
	return groups.filter((g) => g.types.length);
}

/** The quad class a readable type is drawn in (legends and colours group by it). */
export function quadOfType(type: RelationType): QuadClass | undefined {
	const plover = PLOVER_OF[type];
	return plover ? QUAD_OF[plover] : undefined;
}

/** The table's row for a code, or for its nearest parent code ("1312" → "131" → "13"). */
export function cameoRow(table: CameoTable, code: string): CameoRow | undefined {
	for (let length = code.length; length >= 2; length--) {
		const row = table.get(code.slice(0, length));
		if (row) return row;
	}
	return undefined;
}

// CAMEO codes an announced, offered or promised act as an intention: 03x "express intent to …"
// for cooperation (PLOVER AGREE: "agree to, offer, promise … All cooperative actions reported
// in future tense are also taken to imply intentions"), 13x "threaten" for coercion.
const INTENT_OF_ROOT: Record<string, string> = {
	'04': '036', // intent to meet or negotiate
	'05': '032', // intent to engage in diplomatic cooperation
	'06': '031', // intent to engage in material cooperation
	'07': '033', // intent to provide material aid
	'08': '035', // intent to yield
	'16': '1313', // threaten to reduce or break relations
	'163': '1312', // threaten to boycott, embargo or sanction
	'17': '130', // threaten
	'18': '1383', // threaten unconventional violence
	'19': '1384', // threaten conventional attack
	'20': '1385' // threaten attack with WMD
};

function intentCode(cameo: string): string | undefined {
	return INTENT_OF_ROOT[cameo.slice(0, 3)] ?? INTENT_OF_ROOT[cameo.slice(0, 2)];
}

/**
 * The coding of a relation: its trigger's CAMEO code (or the type's default), turned into an
 * intention when the text announces or offers the act rather than reporting it (CAMEO 03x /
 * 13x), then PLOVER type, mode and quad class from the table. Statements and dependence get
 * their CAMEO code only.
 */
export function codeRelation(
	table: CameoTable,
	type: RelationType,
	modality: Modality,
	cameo: string = DEFAULT_CAMEO[type],
	mode?: string
): EventCoding {
	if (!PLOVER_OF[type]) return cameo ? { cameo } : {};
	const intended = modality === 'planned' || modality === 'proposed';
	const code = (intended && intentCode(cameo)) || cameo;
	const row = cameoRow(table, code);
	const plover = row?.plover ?? (PLOVER_OF[type] as PloverType);
	const coding: EventCoding = { plover };
	const chosenMode = code === cameo ? (mode ?? row?.mode) : row?.mode;
	if (chosenMode) coding.mode = chosenMode;
	coding.cameo = code;
	coding.quad = QUAD_OF[plover];
	return coding;
}
