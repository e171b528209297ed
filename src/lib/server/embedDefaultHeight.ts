// The height the embed code gives an embed's frame (the share panel's and oEmbed's): the embed as
// drawn at the default width (embed/[id]/+page.server.ts, with the same memoised figures), measured
// by embed/embedHeight.ts.
import type { ChartId } from '../charts/types';
import { sourceLine } from '../charts/selection';
import type { Dataset } from '../dataset/schema';
import { chartEmbedHeight, networkEmbedHeight } from '../embed/embedHeight';
import { EMBED_WIDTH, networkHeight } from '../embed/embedSize';
import type { Filters } from '../graph/filters';
import { networkView } from '../graph/networkView';
import { TOP_DEFAULT } from '../graph/strongest';
import type { Locale } from '../i18n/locale';
import type { Evidence } from '../types';
import { chartView } from './chartView';

export function embedDefaultHeight(
	dataset: Dataset,
	id: ChartId | 'network',
	filters: Filters,
	locale: Locale
): number {
	if (id === 'network') {
		let evidence: Evidence[] = [];
		const view = networkView(
			dataset,
			filters,
			{},
			locale,
			TOP_DEFAULT,
			(e) => {
				evidence = e;
			},
			{ width: EMBED_WIDTH, height: networkHeight(EMBED_WIDTH) }
		);
		const title = `Network: ${view.layout.nodes.length} actors and ${view.edges.length} links`;
		const source = sourceLine(dataset, evidence, locale);
		// Too large to draw, or nothing to draw: a line of text stands for the picture.
		const drawn = !view.large && view.layout.nodes.length > 0;
		return drawn ? networkEmbedHeight(title, source) : 200;
	}
	const view = chartView(dataset, id, filters, {
		width: EMBED_WIDTH,
		linkBase: `/embed/${id}`,
		target: '_self',
		locale
	});
	const svg = view.svg && typeof view.svg !== 'string' ? view.svg : undefined;
	return chartEmbedHeight(view.chart, Number(svg?.attrs.height ?? 0));
}
