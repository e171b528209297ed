// Visual encodings shared by the network, its legend and the charts: one colour per relation
// type — cooperative ones in blues and greens, conflictual ones in oranges and reds, as GDELT's
// quad classes split them (colour-blind-safe hues after Okabe–Ito and Paul Tol) — and one
// shape per node type.
import { RELATION_LABELS } from '../i18n/relationLabels';
import type { EntityType, RelationType } from '../types';

/**
 * How a relation type reads in event-data summaries (GDELT's quad classes): cooperative or
 * conflictual; statements and dependence are neither and stay out of tone counts.
 */
export type Tone = 'cooperative' | 'conflictual' | 'neutral';

const STYLE: Record<RelationType, { colour: string; tone: Tone }> = {
	meeting: { colour: '#0072B2', tone: 'cooperative' },
	visit: { colour: '#56B4E9', tone: 'cooperative' },
	talks: { colour: '#332288', tone: 'cooperative' },
	agreement: { colour: '#009E73', tone: 'cooperative' },
	support: {
		colour: '#117733',
		tone: 'cooperative'
	},
	congratulation: {
		colour: '#44AA99',
		tone: 'cooperative'
	},
	statement: { colour: '#7F7F7F', tone: 'neutral' },
	supply: { colour: '#E69F00', tone: 'cooperative' },
	dependence: { colour: '#CC79A7', tone: 'neutral' },
	criticism: { colour: '#D55E00', tone: 'conflictual' },
	sanctions: {
		colour: '#AA3377',
		tone: 'conflictual'
	},
	conflict: {
		colour: '#882255',
		tone: 'conflictual'
	}
};

/** Colour, tone and English label of each relation type (labels in other languages: i18n). */
export const RELATION_STYLE = Object.fromEntries(
	Object.entries(STYLE).map(([type, style]) => [
		type,
		{ ...style, label: RELATION_LABELS.en[type as RelationType] }
	])
) as Record<RelationType, { colour: string; tone: Tone; label: string }>;

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
