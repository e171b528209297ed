// The network as a picture for the current filters: SVG, or PNG 800, 1600 or 2400 px wide,
// with its title, legend and source line inside (charts/networkPicture.ts).
import { networkPicture, networkPictureWidth } from '../charts/networkPicture';
import { PICTURE_WIDTH, type PngScale } from '../charts/picture';
import { sourceLine } from '../charts/selection';
import { svgMarkup, type SvgElementNode } from '../charts/svgTree';
import { DOCUMENT_FONT, type PictureFont } from '../charts/textWidth';
import { memo } from '../dataset/memo';
import type { Dataset } from '../dataset/schema';
import { networkHeight } from '../embed/embedSize';
import type { Filters } from '../graph/filters';
import { layoutGraph } from '../graph/layout';
import { networkEmbedTitle, networkKey } from '../graph/networkKey';
import { networkView } from '../graph/networkView';
import type { LinkMode } from '../graph/pairLinks';
import type { Locale } from '../i18n/locale';
import type { Evidence } from '../types';
import { rasterFont, rasterise } from './rasterise';

/** The network picture's SVG markup, or its PNG at `scale` (measured in the font it is drawn in). */
export function networkDownload(
	dataset: Dataset,
	filters: Filters,
	format: 'svg' | 'png',
	options: { locale: Locale; top: number; linkMode: LinkMode; scale: PngScale; select?: string }
): string | Buffer {
	if (format === 'svg')
		return svgMarkup(networkPictureOf(dataset, filters, options, DOCUMENT_FONT));
	return rasterise(
		svgMarkup(networkPictureOf(dataset, filters, options, rasterFont().font)),
		options.scale
	);
}

/** The network's standalone picture for `filters`, {@link PICTURE_WIDTH} px wide. */
export function networkPictureOf(
	dataset: Dataset,
	filters: Filters,
	/** `select`: the page's selected actor, whose partners the page adds to the strongest. */
	options: { locale: Locale; top: number; linkMode: LinkMode; select?: string },
	font: PictureFont
): SvgElementNode {
	const width = networkPictureWidth(PICTURE_WIDTH);
	let evidence: Evidence[] = [];
	const view = networkView(
		dataset,
		filters,
		options.select ? { node: options.select } : {},
		options.locale,
		options.top,
		(e) => {
			evidence = e;
		},
		{ width, height: networkHeight(width) }
	);
	// A network too large for the page's server layout (the browser lays it out) is laid out
	// here, once per filters, top and language (nodes carry their labels): a download has no
	// browser, and the SVG and the PNG at each scale share it.
	const layout = view.large
		? memo(
				dataset,
				'downloadLayout',
				[filters, options.top, options.locale, options.select ?? null],
				() =>
					layoutGraph(
						{ nodes: view.layout.nodes, edges: view.edges.map((e) => ({ ...e, evidence: [] })) },
						width,
						networkHeight(width)
					)
			)
		: view.layout;
	const input = {
		layout,
		edges: view.edges,
		linkMode: options.linkMode,
		...networkEmbedTitle(layout.nodes, view.edges, options.locale),
		key: networkKey(layout.nodes, view.edges),
		source: sourceLine(dataset, evidence, options.locale),
		locale: options.locale,
		...(options.select ? { selected: options.select } : {})
	};
	return networkPicture(input, PICTURE_WIDTH, font);
}
