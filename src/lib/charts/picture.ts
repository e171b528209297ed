// The frame every standalone picture shares (a chart's, the network's): text set top to bottom
// at the page's left margin, wrapped to the width the picture's font measures, a legend flowing
// like words, explicit colours and one font stack, so the picture reads the same opened in
// Illustrator, Inkscape or Word as rasterised on the server.
import type { SvgElementNode, SvgNode } from './svgTree';
import { textWidth, wrapToWidth, type PictureFont } from './textWidth';

export const INK = '#1d1d1f';
export const MUTED = '#5f6368';
export const RULE = '#d9dce0';
/** The margin around everything, in px. */
export const PAD = 16;
/** Pictures for reports (charts and the network) are drawn at a column's width, in px. */
export const PICTURE_WIDTH = 800;
/** The PNG sizes offered: 1×, 2× and 3× a picture's width (800, 1600 and 2400 px). */
export const PNG_SCALES = [1, 2, 3] as const;
export type PngScale = (typeof PNG_SCALES)[number];

/** A PNG file name's size mark: none at 1×, "@2x", "@3x". */
export const scaleSuffix = (scale: PngScale): string => (scale > 1 ? `@${scale}x` : '');

export const el = (
	tag: string,
	attrs: Record<string, string | number>,
	children: SvgNode[] = []
): SvgElementNode => ({
	tag,
	attrs: Object.fromEntries(Object.entries(attrs).map(([k, v]) => [k, String(v)])),
	children
});

/** A legend entry: its swatch drawn with its left edge at x, baseline y, and its words. */
export interface PictureKeyItem {
	swatch: (x: number, y: number) => SvgNode;
	label: string;
}

/** Space for a swatch before its label, and between two items. */
const SWATCH = 20;
const ITEM_GAP = 14;

export class PictureFrame {
	readonly children: SvgNode[] = [];
	/** The baseline of the last thing set, or the top of the next block. */
	y = PAD;
	readonly inner: number;

	constructor(
		readonly width: number,
		readonly font: PictureFont
	) {
		this.inner = width - 2 * PAD;
	}

	/** `text` wrapped to the frame's width and set line by line. */
	paragraph(text: string, size: number, colour: string, bold = false): void {
		for (const line of wrapToWidth(text, this.inner, size, this.font.metrics, bold)) {
			this.y += size * 1.3;
			this.children.push(
				el(
					'text',
					{
						x: PAD,
						y: round(this.y),
						'font-size': size,
						fill: colour,
						...(bold ? { 'font-weight': 'bold' } : {})
					},
					[line]
				)
			);
		}
	}

	/** Legend items left to right, a new line when the next would cross the right margin. */
	key(items: readonly PictureKeyItem[], size = 12): void {
		if (!items.length) return;
		this.y += size * 1.6;
		let x = PAD;
		for (const item of items) {
			const itemWidth = SWATCH + textWidth(item.label, size, this.font.metrics);
			if (x > PAD && x + itemWidth > this.width - PAD) {
				x = PAD;
				this.y += size * 1.5;
			}
			this.children.push(item.swatch(x, this.y));
			this.children.push(
				el('text', { x: round(x + SWATCH), y: round(this.y), 'font-size': size, fill: MUTED }, [
					item.label
				])
			);
			x += itemWidth + ITEM_GAP;
		}
	}

	/** A thin rule across the frame, as above a source line. */
	rule(): void {
		this.y += 6;
		this.children.push(
			el('line', {
				x1: PAD,
				y1: round(this.y),
				x2: this.width - PAD,
				y2: round(this.y),
				stroke: RULE
			})
		);
	}

	/** The picture: white, the frame's size, every child set. */
	finish(): SvgElementNode {
		const height = Math.ceil(this.y + PAD);
		return el(
			'svg',
			{
				width: this.width,
				height,
				viewBox: `0 0 ${this.width} ${height}`,
				'font-family': this.font.family,
				fill: INK
			},
			[el('rect', { width: this.width, height, fill: 'white' }), ...this.children]
		);
	}
}

const round = (v: number) => Math.round(v * 100) / 100;
