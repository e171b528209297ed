// The height an embed's frame is given in its code (the share panel's, oEmbed's): what shows the
// whole figure with its source line at the default width when no script resizes the frame (a
// CMS that strips scripts, AMP before the frame's first `embed-size` message). Estimated from
// the embed page's CSS (routes/embed/[id]/+page.svelte, ChartFigure, ChartLegend) and the
// words it shows, wrapped as chart text is (charts/wrap.ts), erring on the tall side.
import type { ChartData } from '../charts/types';
import { wrap } from '../charts/wrap';
import { EMBED_WIDTH, networkHeight } from './embedSize';

const REM = 16;
/** A block of text: its lines at `size` px (bold glyphs a tenth wider), `leading` apart. */
function block(text: string, size: number, leading: number, width = EMBED_WIDTH, bold = false) {
	return wrap(text, width, bold ? size * 1.1 : size).length * size * leading;
}
/** The article's padding, the "Open in Entente" line and what a browser rounds up. */
const FRAME = 0.5 * REM + 0.25 * REM + block('Open', 0.78 * REM, 1.5) + 0.4 * REM + 16;
const SMALL = 0.82 * REM;

/** How many rows flex-wrapped legend items take at the default width: each a `swatch` px
 * wide and its label at `size` px, `gap` px apart. */
function legendRows(labels: readonly string[], size: number, swatch: number, gap: number): number {
	let rows = labels.length ? 1 : 0;
	let used = 0;
	for (const label of labels) {
		const itemWidth = swatch + 4 + label.length * size * 0.55;
		if (used && used + gap + itemWidth > EMBED_WIDTH) {
			rows += 1;
			used = itemWidth;
		} else used += (used ? gap : 0) + itemWidth;
	}
	return rows;
}

/** A chart's embed at the default width, the server's figure `plotHeight` px tall. */
export function chartEmbedHeight(chart: ChartData, plotHeight: number): number {
	const width = EMBED_WIDTH;
	let height = FRAME + 1.5 * REM; // the figure's bottom margin
	height += block(chart.title, 1.02 * REM, 1.3, width, true) + 0.2 * REM;
	height += block(chart.subtitle, SMALL, 1.5);
	if (chart.legend.length) {
		// Flex-wrapped swatches and labels, 1 rem apart.
		let rows = 1;
		let used = 0;
		for (const item of chart.legend) {
			const itemWidth = 20 + item.label.length * SMALL * 0.55;
			if (used && used + REM + itemWidth > width) {
				rows += 1;
				used = itemWidth;
			} else used += (used ? REM : 0) + itemWidth;
		}
		height += rows * SMALL * 1.5 + (rows - 1) * 0.2 * REM + 0.8 * REM;
	}
	height += chart.empty ? 5 * REM : plotHeight;
	if (chart.more) height += 0.85 * REM * 1.5 + 0.6 * REM;
	if (chart.notes.length)
		height +=
			0.8 * REM + chart.notes.reduce((sum, note) => sum + block(note, SMALL, 1.5, width - 18), 0);
	// The caption: its rule and the source line.
	height += 0.7 * REM + 1 + block(chart.source, 0.78 * REM, 1.5) + 0.3 * REM;
	return Math.ceil(height / 10) * 10;
}

/** The network's embed at the default width: its title and the line under it, its legend
 * (`key`: the labels of its swatches), the picture and the source line. */
export function networkEmbedHeight(
	titles: { title: string; subtitle?: string },
	source: string,
	key: readonly string[] = []
): number {
	const height =
		FRAME +
		block(titles.title, 1.02 * REM, 1.5, EMBED_WIDTH, true) +
		0.2 * REM +
		(titles.subtitle ? block(titles.subtitle, SMALL, 1.5) + 0.3 * REM : 0) +
		legendRows(key, 0.78 * REM, 18, 0.8 * REM) * 0.78 * REM * 1.4 +
		0.4 * REM +
		networkHeight(EMBED_WIDTH) +
		block(source, 0.78 * REM, 1.5) +
		0.4 * REM;
	return Math.ceil(height / 10) * 10;
}
