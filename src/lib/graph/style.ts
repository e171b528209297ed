// Visual encodings shared by the network, its legend and the charts: one colour per relation
// type, grouped by quad class as GDELT and POLECAT summarise events — cooperation in blues and
// greens, conflict in yellows, oranges and reds, the verbal class lighter than the material
// one — and one shape per node type. The colours were chosen within those hue and lightness
// ranges to keep every two types apart (CIEDE2000) for typical vision and under simulated
// protanopia, deuteranopia and tritanopia (colourVision.ts; floors in style.test.ts).
import { quadOfType } from '../events/coding';
import { RELATION_LABELS } from '../i18n/relationLabels';
import type { EntityType, QuadClass, RelationType } from '../types';

/**
 * How a relation type reads in event-data summaries: cooperative or conflictual (its quad
 * class); statements and dependence are neither and stay out of tone counts.
 */
export type Tone = 'cooperative' | 'conflictual' | 'neutral';

const COLOUR: Record<RelationType, string> = {
	// verbal cooperation: blues and greens, CIELAB L* 55–75
	meeting: '#0187f8',
	visit: '#90b3fb',
	talks: '#7f87c3',
	agreement: '#59bfd2',
	support: '#00ab98',
	congratulation: '#8cc4a3',
	concession: '#37909d',
	// material cooperation: darker blues and greens, L* 35–51
	cooperation: '#1a6028',
	aid: '#4c8568',
	supply: '#006888',
	withdrawal: '#2a5cc3',
	// verbal conflict: yellows and oranges, L* 59–78
	request: '#dabf56',
	criticism: '#a68a3e',
	accusation: '#cc846b',
	rejection: '#f6b287',
	threat: '#e69a02',
	// material conflict: reds, L* 32–55
	protest: '#bb6b84',
	sanctions: '#e10068',
	mobilization: '#91230c',
	coercion: '#832c4a',
	conflict: '#cb0f31',
	// neither
	statement: '#707070',
	dependence: '#82654e'
};

function toneOf(quad: QuadClass | undefined): Tone {
	if (!quad) return 'neutral';
	return quad.endsWith('cooperation') ? 'cooperative' : 'conflictual';
}

/** Colour, tone, quad class and English label of each relation type (other languages: i18n). */
export const RELATION_STYLE = Object.fromEntries(
	(Object.keys(COLOUR) as RelationType[]).map((type) => {
		const quad = quadOfType(type);
		return [
			type,
			{
				colour: COLOUR[type],
				tone: toneOf(quad),
				quad,
				label: RELATION_LABELS.en[type]
			}
		];
	})
) as Record<
	RelationType,
	{ colour: string; tone: Tone; quad: QuadClass | undefined; label: string }
>;

/** Each actor type's fill in the light theme (app.css `--country`…, the Okabe–Ito palette):
 * the canvas and the downloads, which have no stylesheet. */
export const ENTITY_COLOUR: Record<EntityType, string> = {
	country: '#0072b2',
	person: '#d55e00',
	organization: '#009e73',
	project: '#cc79a7',
	group: '#e69f00'
};

/**
 * A node's shape as polygon vertices for radius 1, centred on 0,0 (y down); a country is a
 * circle and has none.
 */
export function shapeVertices(type: EntityType): [number, number][] | undefined {
	switch (type) {
		case 'country':
			return undefined;
		case 'person':
			return [
				[-0.85, -0.85],
				[0.85, -0.85],
				[0.85, 0.85],
				[-0.85, 0.85]
			];
		case 'organization':
			return [0, 1, 2, 3, 4, 5].map((i) => [
				Math.cos((Math.PI / 3) * i),
				Math.sin((Math.PI / 3) * i)
			]);
		case 'project':
			return [
				[0, -1.1],
				[1.1, 0],
				[0, 1.1],
				[-1.1, 0]
			];
		case 'group':
			return [
				[0, -1.1],
				[1, 0.8],
				[-1, 0.8]
			];
	}
}

/** SVG path of a node's shape, centred on 0,0, for radius r. */
export function nodeShape(type: EntityType, r: number): string {
	const points = shapeVertices(type);
	if (!points) return `M${-r},0a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
	return `M${points.map(([x, y]) => `${round(x * r)},${round(y * r)}`).join('L')}Z`;
}

const round = (v: number) => Math.round(v * 100) / 100;
