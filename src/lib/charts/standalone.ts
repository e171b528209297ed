// A chart as one self-contained picture for reports: title, subtitle and legend above the
// figure, notes and the source line below, explicit colours and one font stack, no stylesheet,
// so it reads the same pasted into a document as rasterised on the server.
import { el, INK, MUTED, PAD, PictureFrame, type PictureKeyItem } from './picture';
import type { SvgElementNode, SvgNode } from './svgTree';
import { DOCUMENT_FONT, textWidth, type PictureFont } from './textWidth';
import type { ChartData, LegendItem } from './types';

function swatch(item: LegendItem, x: number, y: number): SvgNode {
	const stroke = { fill: 'none', stroke: item.colour, 'stroke-width': 1.5 };
	switch (item.swatch) {
		case 'fill':
			return el('rect', { x, y: y - 9, width: 14, height: 10, fill: item.colour });
		case 'outline':
			return el('rect', { x, y: y - 9, width: 14, height: 10, ...stroke });
		case 'dash':
			return el('rect', {
				x,
				y: y - 9,
				width: 14,
				height: 10,
				...stroke,
				'stroke-dasharray': '4,3'
			});
		case 'dot':
			return el('circle', { cx: x + 7, cy: y - 4, r: 5, fill: item.colour });
		case 'ring':
			return el('circle', { cx: x + 7, cy: y - 4, r: 4.5, ...stroke, 'stroke-width': 2 });
		case 'triangle':
			return el('path', {
				d: `M${x + 7},${y - 9}L${x + 12},${y + 1}L${x + 2},${y + 1}Z`,
				fill: item.colour
			});
		default:
			return el('line', {
				x1: x,
				y1: y - 4,
				x2: x + 14,
				y2: y - 4,
				stroke: item.colour,
				'stroke-width': 2.5
			});
	}
}

/**
 * Plot's figure as a nested picture with nothing left to the page: its colours fixed (text and
 * axes in `currentColor`, the background a CSS variable) and its font the picture's.
 */
function fixFigure(node: SvgNode, font: PictureFont): SvgNode {
	if (typeof node === 'string') return node;
	const attrs: Record<string, string> = {};
	for (const [k, v] of Object.entries(node.attrs))
		attrs[k] =
			k === 'font-family'
				? font.family
				: v.replace(/var\(--plot-background\)/g, 'white').replace(/currentColor/gi, INK);
	return { tag: node.tag, attrs, children: node.children.map((c) => fixFigure(c, font)) };
}

const SAMPLE = 'abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789';

/** How much smaller text must be in `font` to be as wide as in Arial (1 for Arial's widths);
 * a wider font's letters are not all wider by the same ratio, hence a few percent to spare. */
function narrowing(font: PictureFont): number {
	if (font.metrics === 'liberation') return 1;
	return (0.96 * textWidth(SAMPLE, 1, 'liberation')) / textWidth(SAMPLE, 1, font.metrics);
}

/** The chart's picture `width` px wide; `font` names the family and measures its text. */
export function standaloneSvg(
	chart: ChartData,
	figure: SvgNode | undefined,
	width: number,
	font: PictureFont = DOCUMENT_FONT
): SvgElementNode {
	const frame = new PictureFrame(width, font);
	frame.paragraph(chart.title, 18, INK, true);
	frame.y += 2;
	frame.paragraph(chart.subtitle, 12.5, MUTED);
	frame.y += 4;
	frame.key(
		chart.legend.map((item): PictureKeyItem => ({
			swatch: (x, y) => swatch(item, x, y),
			label: item.label
		}))
	);
	frame.y += 10;
	if (figure && typeof figure !== 'string') {
		const plotWidth = Number(figure.attrs.width ?? frame.inner);
		const plotHeight = Number(figure.attrs.height ?? 0);
		const height = (plotHeight * frame.inner) / plotWidth;
		const nested = fixFigure(figure, font) as SvgElementNode;
		const { style, class: _c, ...plotAttrs } = nested.attrs;
		// The chart's text size is in Plot's inline style, which a picture drops with the rest.
		// The charts lay their text out for Arial's widths; in a wider font it is made smaller
		// to take the same room.
		const size = Number(/font-size:\s*([\d.]+)px/.exec(style ?? '')?.[1] ?? plotAttrs['font-size']);
		if (size) plotAttrs['font-size'] = String(Math.floor(size * narrowing(font) * 10) / 10);
		frame.children.push({
			tag: 'svg',
			attrs: {
				...plotAttrs,
				x: String(PAD),
				y: String(frame.y),
				width: String(frame.inner),
				height: String(height)
			},
			children: nested.children
		});
		frame.y += height;
	} else if (chart.empty) {
		frame.paragraph(chart.empty, 14, MUTED);
	}
	frame.y += 6;
	for (const note of chart.notes) frame.paragraph(`• ${note}`, 11, MUTED);
	frame.y += 4;
	frame.rule();
	frame.y += 2;
	frame.paragraph(chart.source, 11, MUTED);
	return frame.finish();
}
