// The height the embed code gives an embed's frame (the share panel's and oEmbed's): the embed at
// the default width (embed/[id]/+page.server.ts) as embed/embedHeight.ts estimates it, from the
// memoised chart data and network the pages use, without drawing another figure.
import type { ChartId } from '../charts/types';
import { sourceLine } from '../charts/selection';
import type { Dataset } from '../dataset/schema';
import { chartEmbedHeight, networkEmbedHeight } from '../embed/embedHeight';
import { EMBED_WIDTH } from '../embed/embedSize';
import type { Filters } from '../graph/filters';
import { networkEmbedTitle, networkKey } from '../graph/networkKey';
import { networkView } from '../graph/networkView';
import { RELATION_LABELS } from '../i18n/relationLabels';
import { TOP_DEFAULT } from '../graph/strongest';
import type { Locale } from '../i18n/locale';
import { uiText } from '../i18n/ui';
import type { Evidence } from '../types';
import { CHARTS } from '../charts/registry';
import { chartData } from './chartView';

export function embedDefaultHeight(
	dataset: Dataset,
	id: ChartId | 'network',
	filters: Filters,
	locale: Locale
): number {
	if (id === 'network') {
		// The actors, links and sources do not depend on the picture's size: the full page's
		// layout (already drawn for these filters) tells them without laying out another.
		let evidence: Evidence[] = [];
		const view = networkView(dataset, filters, {}, locale, TOP_DEFAULT, (e) => {
			evidence = e;
		});
		const titles = networkEmbedTitle(view.layout.nodes, view.edges, locale);
		const key = networkKey(view.layout.nodes, view.edges);
		const labels = RELATION_LABELS[locale];
		const nodeTypes = uiText(locale).nodeTypes;
		const source = sourceLine(dataset, evidence, locale);
		// Too large to draw, or nothing to draw: a line of text stands for the picture.
		const drawn = !view.large && view.layout.nodes.length > 0;
		return drawn
			? networkEmbedHeight(titles, source, [
					...key.relations.map((t) => labels[t]),
					...key.actors.map((t) => nodeTypes[t])
				])
			: 200;
	}
	// The figure's height from its Plot options, without drawing it; the notes an embed lists
	// (eight and a line counting the rest: chartView.ts).
	const chart = chartData(dataset, id, filters, locale);
	const plotHeight = chart.empty
		? 0
		: Number(CHARTS[id].plot(chart, { width: EMBED_WIDTH }).height);
	return chartEmbedHeight({ ...chart, notes: chart.notes.slice(0, 9) }, plotHeight);
}
