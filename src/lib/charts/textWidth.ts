// How wide text is in the fonts the downloads are drawn with, from the fonts' own advance
// widths (fontWidths.ts), so that a picture laid out on the server fits what the rasteriser
// draws and what Illustrator, Inkscape or Word open: a guess of 0.55 em per character cut the
// timeline PNG's title at "…between Vladimir Pu" in a wider font (#15 §3).
import { FONT_CHARS, FONT_WIDTHS } from './fontWidths';

/** Whose widths: Liberation Sans (the same as Arial's and Helvetica's), or DejaVu Sans. */
export type FontMetrics = 'liberation' | 'dejavu';

/** The font a standalone picture names, and the widths it is measured with. */
export interface PictureFont {
	family: string;
	metrics: FontMetrics;
}

/**
 * Arial first: Illustrator and Word read the first family only and every Windows and Mac has
 * it; Inkscape on Linux resolves it to Liberation Sans, whose widths are Arial's.
 */
export const DOCUMENT_FONT: PictureFont = {
	family: "Arial, Helvetica, 'Liberation Sans', sans-serif",
	metrics: 'liberation'
};

const INDEX = new Map([...FONT_CHARS].map((c, i) => [c, i]));

/** A character the tables lack (CJK, Cyrillic…) is taken as a full em: too wide, never cut. */
const UNKNOWN = 1000;

/** Width in px of `text` at `size` px in the font of `metrics`, bold or not (no kerning: the
 * fonts' kerning only narrows Latin text). */
export function textWidth(text: string, size: number, metrics: FontMetrics, bold = false): number {
	const table =
		FONT_WIDTHS[
			metrics === 'liberation'
				? bold
					? 'liberationBold'
					: 'liberation'
				: bold
					? 'dejavuBold'
					: 'dejavu'
		];
	let units = 0;
	for (const c of text) {
		const i = INDEX.get(c);
		const w = i === undefined ? -1 : (table[i] ?? -1);
		units += w < 0 ? UNKNOWN : w;
	}
	return (units * size) / 1000;
}

/**
 * Greedy word wrap to `width` px as the font measures: each line as long as fits; a single
 * word wider than the line is cut into pieces that fit.
 */
export function wrapToWidth(
	text: string,
	width: number,
	size: number,
	metrics: FontMetrics,
	bold = false
): string[] {
	const fits = (s: string) => textWidth(s, size, metrics, bold) <= width;
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const joined = line ? `${line} ${word}` : word;
		if (fits(joined)) {
			line = joined;
			continue;
		}
		if (line) lines.push(line);
		line = word;
		while (!fits(line)) {
			const chars = [...line];
			let cut = chars.length - 1;
			while (cut > 1 && !fits(chars.slice(0, cut).join(''))) cut--;
			lines.push(chars.slice(0, cut).join(''));
			line = chars.slice(cut).join('');
		}
	}
	if (line) lines.push(line);
	return lines;
}
