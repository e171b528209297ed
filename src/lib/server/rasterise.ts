// SVG → PNG on the server with resvg, in a font whose widths the picture was measured with
// (charts/textWidth.ts): Liberation Sans, Arial's widths (Debian's fonts-liberation, which
// Chromium depends on), else DejaVu Sans. resvg takes the first family a picture names or its
// default: it does not fall back along the list, so the default is set to the one measured.
import { existsSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import type { PictureFont } from '../charts/textWidth';
import { DOCUMENT_FONT } from '../charts/textWidth';
import type { PngScale } from '../charts/picture';

/** Where distributions put Liberation Sans. */
const LIBERATION = [
	'/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
	'/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf',
	'/usr/share/fonts/liberation-sans/LiberationSans-Regular.ttf',
	'/usr/share/fonts/liberation/LiberationSans-Regular.ttf',
	'/usr/share/fonts/TTF/LiberationSans-Regular.ttf'
];

let found: { family: string; font: PictureFont } | undefined;

/** The family PNGs are drawn in, and the font pictures for them are measured with. */
export function rasterFont(): { family: string; font: PictureFont } {
	found ??= LIBERATION.some((file) => existsSync(file))
		? { family: 'Liberation Sans', font: DOCUMENT_FONT }
		: { family: 'DejaVu Sans', font: { family: DOCUMENT_FONT.family, metrics: 'dejavu' } };
	return found;
}

export function rasterise(svg: string, scale: PngScale): Buffer {
	const { family } = rasterFont();
	const resvg = new Resvg(svg, {
		fitTo: { mode: 'zoom', value: scale },
		font: { loadSystemFonts: true, defaultFontFamily: family, sansSerifFamily: family },
		background: 'white'
	});
	return resvg.render().asPng();
}
