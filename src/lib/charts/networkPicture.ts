// The network as one self-contained picture for reports (SVG, PNG): its title stating the
// finding, a legend of the relation and actor types drawn, the picture as the page draws it
// (links in bands by type, arrowheads, shapes by actor type, labels placed by priority with a
// halo) and the source line, in the frame every standalone picture shares (picture.ts).
import { drawnCurves, drawnPairs } from '../graph/drawnLinks';
import { LABEL_SIZE, pictureLabels } from '../graph/labels';
import type { Layout } from '../graph/layout';
import type { ViewEdge } from '../graph/networkView';
import type { LinkMode } from '../graph/pairLinks';
import { ENTITY_COLOUR, nodeShape, RELATION_STYLE } from '../graph/style';
import type { Locale } from '../i18n/locale';
import { RELATION_LABELS } from '../i18n/relationLabels';
import { uiText } from '../i18n/ui';
import type { EntityType, RelationType } from '../types';
import { el, INK, MUTED, PAD, PictureFrame, RULE } from './picture';
import type { SvgElementNode, SvgNode } from './svgTree';
import { DOCUMENT_FONT, type PictureFont } from './textWidth';

export interface NetworkPictureInput {
	/** Laid out `width - 2 × PAD` wide (see {@link networkPictureWidth}). */
	layout: Layout;
	edges: ViewEdge[];
	linkMode: LinkMode;
	title: string;
	subtitle?: string;
	key: { relations: RelationType[]; actors: EntityType[] };
	source: string;
	locale: Locale;
	/** The actor the page selected (`?select=`): ringed, and it and its partners named first. */
	selected?: string;
}

/** The width the network is laid out at inside a picture `width` px wide. */
export const networkPictureWidth = (width: number) => width - 2 * PAD;

/** The background behind the network, and the labels' halo. */
const GROUND = 'white';

const round = (v: number) => Math.round(v * 10) / 10;

function drawing(input: NetworkPictureInput): SvgNode[] {
	const { layout, edges } = input;
	const byId = new Map(layout.nodes.map((n) => [n.id, n]));
	const selected = input.selected && byId.has(input.selected) ? input.selected : undefined;
	const first = new Set(selected ? [selected] : []);
	if (selected)
		for (const e of edges) {
			if (e.source === selected) first.add(e.target);
			if (e.target === selected) first.add(e.source);
		}
	const labels = pictureLabels(layout.nodes, edges, {
		view: { x0: 0, y0: 0, x1: layout.width, y1: layout.height },
		...(first.size ? { first } : {})
	});
	const boxes = new Map([...labels].map(([id, p]) => [id, p.box]));
	const links: SvgNode[] =
		input.linkMode === 'pairs'
			? drawnPairs(edges, byId, boxes).map(({ link, shape, typeOf, arrowColour }) =>
					el('g', { 'data-link': link.id }, [
						...shape.bands.map((band) =>
							el('path', {
								d: band.d,
								fill: 'none',
								stroke: RELATION_STYLE[typeOf.get(band.key) ?? 'statement'].colour,
								'stroke-width': band.width,
								'stroke-opacity': 0.9
							})
						),
						...shape.arrows.map((arrow) =>
							el('path', {
								d: arrow.d,
								fill: arrowColour(arrow.at === 'target' ? link.target : link.source) ?? INK
							})
						)
					])
				)
			: drawnCurves(edges, byId, boxes).map(({ edge, width, shape }) => {
					const colour = RELATION_STYLE[edge.type].colour;
					return el('g', { 'data-link': edge.id }, [
						el('path', {
							d: shape.d,
							fill: 'none',
							stroke: colour,
							'stroke-width': width.toFixed(2),
							'stroke-opacity': 0.9
						}),
						...(shape.arrow ? [el('path', { d: shape.arrow, fill: colour })] : [])
					]);
				});
	const nodes = layout.nodes.map((n) =>
		el('path', {
			d: nodeShape(n.type, n.r),
			transform: `translate(${n.x},${n.y})`,
			fill: ENTITY_COLOUR[n.type],
			stroke: n.id === selected ? INK : GROUND,
			'stroke-width': n.id === selected ? 3 : 1.5,
			'data-node': n.id,
			...(n.id === selected ? { 'data-selected': 'true' } : {})
		})
	);
	// Each label twice: a halo stroked in the background's colour, then the text over it
	// (paint-order, which would do it in one, is lost on Illustrator and Word).
	const text: SvgNode[] = [];
	for (const n of layout.nodes) {
		const p = labels.get(n.id);
		if (!p) continue;
		const at = { x: round(p.x), y: round(p.y), 'font-size': LABEL_SIZE, 'text-anchor': p.anchor };
		text.push(
			el(
				'text',
				{ ...at, fill: GROUND, stroke: GROUND, 'stroke-width': 3, 'stroke-linejoin': 'round' },
				[n.name]
			),
			el('text', { ...at, fill: INK, 'data-label': n.id }, [n.name])
		);
	}
	// Links over the actors, as on the page: they stop at the actors' borders.
	return [el('g', {}, nodes), el('g', {}, links), el('g', {}, text)];
}

/** The network's picture `width` px wide; `font` names the family and measures its text. */
export function networkPicture(
	input: NetworkPictureInput,
	width: number,
	font: PictureFont = DOCUMENT_FONT
): SvgElementNode {
	const frame = new PictureFrame(width, font);
	const relationLabels = RELATION_LABELS[input.locale];
	const nodeLabels = uiText(input.locale).nodeTypes;
	frame.paragraph(input.title, 18, INK, true);
	if (input.subtitle) {
		frame.y += 2;
		frame.paragraph(input.subtitle, 12.5, MUTED);
	}
	frame.y += 4;
	frame.key(
		input.key.relations.map((type) => ({
			label: relationLabels[type],
			swatch: (x, y) =>
				el('line', {
					x1: x,
					y1: y - 4,
					x2: x + 16,
					y2: y - 4,
					stroke: RELATION_STYLE[type].colour,
					'stroke-width': 3
				})
		}))
	);
	frame.key(
		input.key.actors.map((type) => ({
			label: nodeLabels[type],
			swatch: (x, y) =>
				el('path', {
					d: nodeShape(type, 5),
					transform: `translate(${x + 7},${y - 4})`,
					fill: ENTITY_COLOUR[type]
				})
		}))
	);
	frame.y += 12;
	const { layout } = input;
	frame.children.push(
		el(
			'svg',
			{
				x: PAD,
				y: round(frame.y),
				width: layout.width,
				height: layout.height,
				viewBox: `0 0 ${layout.width} ${layout.height}`
			},
			[
				el('rect', {
					width: layout.width,
					height: layout.height,
					fill: GROUND,
					stroke: RULE
				}),
				...drawing(input)
			]
		)
	);
	frame.y += layout.height;
	frame.rule();
	frame.y += 2;
	frame.paragraph(input.source, 11, MUTED);
	return frame.finish();
}
