// No clipped text in the downloads (#15 §3): every chart's picture and the network's, in both
// languages, laid out for the SVG (Arial's widths) and for the PNG (the font the server draws
// in), keeps each line of text inside its frame, as the font's own width table measures it;
// and the PNG as resvg draws it leaves its margins blank, so no glyph reaches an edge.
import { Resvg } from '@resvg/resvg-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { PAD } from '../../src/lib/charts/picture';
import { svgMarkup, type SvgElementNode, type SvgNode } from '../../src/lib/charts/svgTree';
import { textWidth, DOCUMENT_FONT, type PictureFont } from '../../src/lib/charts/textWidth';
import { CHART_IDS } from '../../src/lib/charts/types';
import type { Dataset } from '../../src/lib/dataset/schema';
import { NO_FILTERS } from '../../src/lib/graph/filters';
import type { Locale } from '../../src/lib/i18n/locale';
import { chartPicture } from '../../src/lib/server/chartDownload';
import { chartData } from '../../src/lib/server/chartView';
import { networkPictureOf } from '../../src/lib/server/networkDownload';
import { rasterFont } from '../../src/lib/server/rasterise';
import { foundingDataset } from '../helpers/corpus';

let dataset: Dataset;
beforeAll(async () => {
	dataset = await foundingDataset();
});

interface Line {
	text: string;
	x0: number;
	x1: number;
	/** The viewport the line is drawn in (a nested figure clips to its own). */
	left: number;
	right: number;
}

const inherited = (attrs: Record<string, string>, name: string, from: string) =>
	attrs[name] ?? from;

/** `translate(x,y)`, then maybe `rotate(a)` (Plot's slanted ticks): the shift, and how much of
 * a line's length lies across the page. Any other transform needs more than this test reads. */
function transformOf(transform: string | undefined): { tx: number; across: number } {
	if (!transform) return { tx: 0, across: 1 };
	const m = /^translate\(\s*([-\d.e]+)(?:[ ,]+([-\d.e]+))?\s*\)(?:\s*rotate\(([-\d.e]+)\))?$/.exec(
		transform.trim()
	);
	if (!m) throw new Error(`unexpected transform ${transform}`);
	return { tx: Number(m[1]), across: Math.abs(Math.cos((Number(m[3] ?? 0) * Math.PI) / 180)) };
}

/** Every line of text with its horizontal extent, measured in `font`, in its viewport's units. */
function textLines(root: SvgElementNode, font: PictureFont): Line[] {
	const lines: Line[] = [];
	const walk = (
		node: SvgNode,
		ctx: {
			dx: number;
			across: number;
			size: string;
			anchor: string;
			weight: string;
			left: number;
			right: number;
		}
	) => {
		if (typeof node === 'string') return;
		const a = node.attrs;
		const { tx, across } = transformOf(a.transform);
		let next = {
			dx: ctx.dx + tx,
			across: ctx.across * across,
			size: inherited(a, 'font-size', ctx.size),
			anchor: inherited(a, 'text-anchor', ctx.anchor),
			weight: inherited(a, 'font-weight', ctx.weight),
			left: ctx.left,
			right: ctx.right
		};
		// A nested picture: its own coordinates (the figures are drawn at scale 1).
		if (node.tag === 'svg' && node !== root) {
			const width = Number(a.viewBox?.split(/\s+/)[2] ?? a.width);
			expect(Number(a.width), 'nested figures keep their scale').toBeCloseTo(width, 0);
			next = { ...next, dx: 0, left: 0, right: width };
		}
		if (node.tag === 'text') {
			const pieces = node.children.some((c) => typeof c !== 'string' && c.tag === 'tspan')
				? node.children.filter((c): c is SvgElementNode => typeof c !== 'string')
				: [node];
			for (const piece of pieces) {
				const text = piece.children.filter((c) => typeof c === 'string').join('');
				if (!text.trim()) continue;
				const size = Number(next.size.replace('px', ''));
				const w =
					next.across * textWidth(text, size, font.metrics, /bold|[6-9]00/.test(next.weight));
				const x = next.dx + Number(piece.attrs.x ?? a.x ?? 0);
				const x0 = next.anchor === 'middle' ? x - w / 2 : next.anchor === 'end' ? x - w : x;
				lines.push({ text, x0, x1: x0 + w, left: next.left, right: next.right });
			}
			return;
		}
		for (const child of node.children) walk(child, next);
	};
	const width = Number(root.attrs.width);
	walk(root, {
		dx: 0,
		across: 1,
		size: '16',
		anchor: 'start',
		weight: 'normal',
		left: PAD,
		right: width - PAD
	});
	return lines;
}

/** Columns and rows of ink (any channel darker than 235) within `band` px of the PNG's edges. */
function inkNearEdges(svg: string, band: number, family: string): string[] {
	// Nested figures drawn unclipped: text running out of its figure shows in the margins.
	const open = '<svg xmlns="http://www.w3.org/2000/svg"';
	const root = svg.indexOf(open) + open.length;
	const unclipped =
		svg.slice(0, root) + svg.slice(root).replaceAll(open, `${open} overflow="visible"`);
	expect(unclipped.split('overflow="visible"').length - 1).toBe(svg.split(open).length - 2);
	const image = new Resvg(unclipped, {
		font: { loadSystemFonts: true, defaultFontFamily: family, sansSerifFamily: family },
		background: 'white'
	}).render();
	const { width, height, pixels } = image;
	const found = new Set<string>();
	for (let y = 0; y < height; y++)
		for (let x = 0; x < width; x++) {
			const edge =
				x < band ? 'left' : x >= width - band ? 'right' : y >= height - band ? 'bottom' : '';
			if (!edge && y >= band) continue;
			const i = 4 * (y * width + x);
			if (Math.min(pixels[i] ?? 255, pixels[i + 1] ?? 255, pixels[i + 2] ?? 255) < 235)
				found.add(`${edge || 'top'} at ${x},${y}`);
		}
	return [...found].slice(0, 5);
}

const pictures: {
	name: string;
	draw: (locale: Locale, font: PictureFont) => SvgElementNode;
}[] = [
	...CHART_IDS.map((id) => ({
		name: id,
		draw: (locale: Locale, font: PictureFont) =>
			chartPicture(chartData(dataset, id, NO_FILTERS, locale), font)
	})),
	...(['pairs', 'types'] as const).map((linkMode) => ({
		name: `network (${linkMode})`,
		draw: (locale: Locale, font: PictureFont) =>
			networkPictureOf(dataset, NO_FILTERS, { locale, top: 60, linkMode }, font)
	}))
];

/** The fonts a PNG may be drawn in (rasterise.ts): Liberation Sans (Arial's widths, also the
 * SVG's), and DejaVu Sans where Liberation is missing. */
const RASTER_FONTS: { family: string; font: PictureFont }[] = [
	{ family: 'Liberation Sans', font: DOCUMENT_FONT },
	{ family: 'DejaVu Sans', font: { family: DOCUMENT_FONT.family, metrics: 'dejavu' } }
];

describe('downloaded pictures', () => {
	it('are drawn on this server in a font they are measured with', () => {
		expect(RASTER_FONTS.map((f) => f.family)).toContain(rasterFont().family);
	});

	for (const { name, draw } of pictures)
		for (const locale of ['en', 'fr'] as const)
			for (const { family, font } of RASTER_FONTS) {
				it(`${name} (${locale}, ${family}): every line of text fits its frame`, () => {
					const lines = textLines(draw(locale, font), font);
					expect(lines.length).toBeGreaterThan(5);
					for (const line of lines) {
						expect(line.x0, line.text).toBeGreaterThanOrEqual(line.left);
						expect(line.x1, line.text).toBeLessThanOrEqual(line.right);
					}
				});

				it(`${name} (${locale}, ${family}): the PNG leaves its margins blank`, () => {
					const svg = svgMarkup(draw(locale, font));
					expect(inkNearEdges(svg, PAD - 4, family)).toEqual([]);
				});
			}

	it('finds text that crosses an edge (the test can fail)', () => {
		const long = 'Vladimir Putin and Xi Jinping '.repeat(8);
		const svg: SvgElementNode = {
			tag: 'svg',
			attrs: { width: '400', height: '100', 'font-family': DOCUMENT_FONT.family },
			children: [{ tag: 'text', attrs: { x: '16', y: '50', 'font-size': '18' }, children: [long] }]
		};
		const [line] = textLines(svg, DOCUMENT_FONT);
		expect(line?.x1).toBeGreaterThan(400 - PAD);
		expect(inkNearEdges(svgMarkup(svg), PAD - 4, 'Liberation Sans')).not.toEqual([]);
		// Text running out of a nested figure, which would clip it, shows in the margins too.
		const nested: SvgElementNode = {
			...svg,
			children: [
				{
					tag: 'svg',
					attrs: { x: '16', y: '0', width: '368', height: '100', viewBox: '0 0 368 100' },
					children: [
						{
							tag: 'text',
							attrs: { x: '330', y: '50', 'font-size': '12' },
							children: ['Xi Jinping']
						}
					]
				}
			]
		};
		expect(textLines(nested, DOCUMENT_FONT)[0]?.x1).toBeGreaterThan(368);
		expect(inkNearEdges(svgMarkup(nested), PAD - 4, 'Liberation Sans')).not.toEqual([]);
	});
});
