// A chart as one self-contained picture for reports: title, subtitle and legend above the
// figure, notes and the source line below, explicit colours and font fallbacks, no stylesheet,
// so it reads the same pasted into a document as rasterised on the server.
import { wrap } from './wrap';
import type { SvgElementNode, SvgNode } from './svgTree';
import type { ChartData, LegendItem } from './types';

const FONT =
	"system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif";
const INK = '#1d1d1f';
const MUTED = '#5f6368';
const PAD = 16;

const el = (tag: string, attrs: Record<string, string | number>, children: SvgNode[] = []) => ({
	tag,
	attrs: Object.fromEntries(Object.entries(attrs).map(([k, v]) => [k, String(v)])),
	children
});

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

/** Plot's figure as a nested picture: page-dependent colours replaced by fixed ones. */
function fixColours(node: SvgNode): SvgNode {
	if (typeof node === 'string') return node;
	const attrs: Record<string, string> = {};
	for (const [k, v] of Object.entries(node.attrs))
		attrs[k] = v.replace(/var\(--plot-background\)/g, 'white');
	return { tag: node.tag, attrs, children: node.children.map(fixColours) };
}

export function standaloneSvg(
	chart: ChartData,
	figure: SvgNode | undefined,
	width: number
): SvgElementNode {
	const inner = width - 2 * PAD;
	const children: SvgNode[] = [];
	let y = PAD;
	const text = (lines: string[], size: number, colour: string, weight = 'normal') => {
		for (const line of lines) {
			y += size * 1.3;
			children.push(
				el('text', { x: PAD, y, 'font-size': size, fill: colour, 'font-weight': weight }, [line])
			);
		}
	};
	text(wrap(chart.title, inner, 18), 18, INK, 'bold');
	y += 2;
	text(wrap(chart.subtitle, inner, 12.5), 12.5, MUTED);
	// Legend items flow left to right, wrapping like words.
	y += 20;
	let x = PAD;
	for (const item of chart.legend) {
		const itemWidth = 22 + item.label.length * 12 * 0.55 + 14;
		if (x > PAD && x + itemWidth > width - PAD) {
			x = PAD;
			y += 18;
		}
		children.push(swatch(item, x, y));
		children.push(el('text', { x: x + 20, y, 'font-size': 12, fill: MUTED }, [item.label]));
		x += itemWidth;
	}
	y += 10;
	if (figure && typeof figure !== 'string') {
		const plotWidth = Number(figure.attrs.width ?? inner);
		const plotHeight = Number(figure.attrs.height ?? 0);
		const nested = fixColours(figure) as SvgElementNode;
		const { style: _s, class: _c, ...plotAttrs } = nested.attrs;
		children.push({
			tag: 'svg',
			attrs: {
				...plotAttrs,
				x: String(PAD),
				y: String(y),
				width: String(inner),
				height: String((plotHeight * inner) / plotWidth)
			},
			children: nested.children
		});
		y += (plotHeight * inner) / plotWidth;
	} else if (chart.empty) {
		text(wrap(chart.empty, inner, 14), 14, MUTED);
	}
	y += 6;
	text(
		chart.notes.flatMap((n) => wrap(`• ${n}`, inner, 11)),
		11,
		MUTED
	);
	y += 4;
	children.push(el('line', { x1: PAD, y1: y + 2, x2: width - PAD, y2: y + 2, stroke: '#d9dce0' }));
	y += 4;
	text(wrap(chart.source, inner, 11), 11, MUTED);
	y += PAD;
	return el(
		'svg',
		{
			width,
			height: Math.ceil(y),
			viewBox: `0 0 ${width} ${Math.ceil(y)}`,
			'font-family': FONT,
			color: INK,
			style: `color:${INK}`
		},
		[el('rect', { width: '100%', height: '100%', fill: 'white' }), ...children]
	) as SvgElementNode;
}
