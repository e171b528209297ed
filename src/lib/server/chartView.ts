// One chart as a page shows it: its data, its figure rendered on the server, and the evidence
// of the selected mark quoted in its sentences.
import { CHARTS } from '../charts/registry';
import { selectHref } from '../charts/interaction';
import type { ChartData, ChartId } from '../charts/types';
import type { SvgNode } from '../charts/svgTree';
import type { Dataset } from '../dataset/schema';
import { filtersToParams, type Filters } from '../graph/filters';
import type { Locale } from '../i18n/locale';
import { quotes, type QuotedEvidence } from '../quotedEvidence';
import { renderPlot } from './renderChart';

export interface SelectedMark {
	key: string;
	label: string;
	evidence: QuotedEvidence[];
}

export interface ChartView {
	chart: ChartData;
	/** The figure as the server drew it (absent for an empty chart). */
	svg?: SvgNode;
	/** Where a selected mark's link leads (the chart's own page) and the filters it keeps. */
	linkBase: string;
	query: string;
	width: number;
	selected?: SelectedMark;
}

export function chartView(
	dataset: Dataset,
	id: ChartId,
	filters: Filters,
	options: {
		width: number;
		linkBase: string;
		select?: string | null;
		target?: '_self';
		locale?: Locale;
		/** Carry ?lang= on in the marks' links (when the reader chose it). */
		keepLang?: boolean;
	}
): ChartView {
	const definition = CHARTS[id];
	const locale = options.locale ?? 'en';
	const params = filtersToParams(filters);
	if (options.keepLang) params.set('lang', locale);
	const query = params.toString();
	let chart = definition.data(dataset, filters, locale);
	let svg: SvgNode | undefined;
	try {
		svg = chart.empty
			? undefined
			: renderPlot(
					{
						...definition.plot(chart, {
							width: options.width,
							href: (key) => selectHref(options.linkBase, query, key),
							...(options.target ? { target: options.target } : {})
						}),
						ariaLabel: chart.title,
						ariaDescription: chart.subtitle
					},
					id
				);
	} catch (failure) {
		// One chart that cannot be drawn must not take the dashboard or an embed down with it.
		console.error(`chart ${id} could not be drawn for ?${query}:`, failure);
		chart = { ...chart, rows: [], empty: 'This chart could not be drawn for this selection.' };
	}
	const row = options.select ? chart.rows.find((r) => r.key === options.select) : undefined;
	return {
		chart,
		...(svg ? { svg } : {}),
		linkBase: options.linkBase,
		query,
		width: options.width,
		...(row
			? {
					selected: {
						key: row.key,
						label: row.label,
						evidence: quotes(dataset, row.evidence, new Set(row.actors))
					}
				}
			: {})
	};
}
