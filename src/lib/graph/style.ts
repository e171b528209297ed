// Visual encodings shared by the network, its legend and the charts: one colour per relation
// type, grouped by quad class as GDELT and POLECAT summarise events — cooperation in blues and
// greens, conflict in yellows, oranges and reds, the verbal class lighter than the material
// one (hues from Paul Tol's muted and Okabe–Ito palettes, both colour-blind safe) — and one
// shape per node type.
import { quadOfType } from '../events/coding';
import { RELATION_LABELS } from '../i18n/relationLabels';
import type { EntityType, QuadClass, RelationType } from '../types';

/**
 * How a relation type reads in event-data summaries: cooperative or conflictual (its quad
 * class); statements and dependence are neither and stay out of tone counts.
 */
export type Tone = 'cooperative' | 'conflictual' | 'neutral';

const COLOUR: Record<RelationType, string> = {
	// verbal cooperation
	meeting: '#0072B2',
	visit: '#56B4E9',
	talks: '#332288',
	agreement: '#88CCEE',
	support: '#44AA99',
	congratulation: '#6699CC',
	concession: '#AADDCC',
	// material cooperation
	cooperation: '#117733',
	aid: '#009E73',
	supply: '#999933',
	withdrawal: '#225555',
	// verbal conflict
	request: '#DDCC77',
	criticism: '#E69F00',
	accusation: '#EE8866',
	rejection: '#F0B27A',
	threat: '#D55E00',
	// material conflict
	protest: '#CC6677',
	sanctions: '#AA3377',
	mobilization: '#994455',
	coercion: '#AA4499',
	conflict: '#882255',
	// neither
	statement: '#7F7F7F',
	dependence: '#8C6D46'
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

/** SVG path of a node's shape, centred on 0,0, for radius r. */
export function nodeShape(type: EntityType, r: number): string {
	const polygon = (points: [number, number][]) =>
		`M${points.map(([x, y]) => `${round(x * r)},${round(y * r)}`).join('L')}Z`;
	switch (type) {
		case 'country':
			return `M${-r},0a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
		case 'person':
			return polygon([
				[-0.85, -0.85],
				[0.85, -0.85],
				[0.85, 0.85],
				[-0.85, 0.85]
			]);
		case 'organization':
			return polygon(
				[0, 1, 2, 3, 4, 5].map((i) => [Math.cos((Math.PI / 3) * i), Math.sin((Math.PI / 3) * i)])
			);
		case 'project':
			return polygon([
				[0, -1.1],
				[1.1, 0],
				[0, 1.1],
				[-1.1, 0]
			]);
		case 'group':
			return polygon([
				[0, -1.1],
				[1, 0.8],
				[-1, 0.8]
			]);
	}
}

const round = (v: number) => Math.round(v * 100) / 100;
