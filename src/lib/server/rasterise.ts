// SVG → PNG on the server with resvg, using the machine's fonts (Debian's DejaVu and Liberation
// come with Chromium's dependencies; any system with a sans-serif font will do).
import { Resvg } from '@resvg/resvg-js';

export function rasterise(svg: string, scale: 1 | 2): Buffer {
	const resvg = new Resvg(svg, {
		fitTo: { mode: 'zoom', value: scale },
		font: {
			loadSystemFonts: true,
			defaultFontFamily: 'DejaVu Sans',
			sansSerifFamily: 'DejaVu Sans'
		},
		background: 'white'
	});
	return resvg.render().asPng();
}
