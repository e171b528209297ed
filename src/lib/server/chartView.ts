// One chart as a page shows it: its data, its figure rendered on the server, and the evidence
// of the selected mark quoted in its sentences.
import { CHARTS } from '../charts/registry';
import { selectHref } from '../charts/interaction';
import type { ChartData, ChartId, ChartRow } from '../charts/types';
import type { SvgNode } from '../charts/svgTree';
import type { Dataset } from '../dataset/schema';
import { filtersToParams, type Filters } from '../graph/filters';
import type { Locale } from '../i18n/locale';
import { memo } from '../dataset/memo';
import { CHART_TEXT } from '../i18n/chartText';
import { PAGE_SIZE, paginate, type Paged } from '../pagination';
import { quotes, type QuotedEvidence } from '../quotedEvidence';
import { renderPlot } from './renderChart';

export interface SelectedMark {
	key: string;
	label: string;
	/** A page of its sentences. */
	evidence: Paged<QuotedEvidence>;
}

/** A page's figure is also drawn for a phone's column (a 360–430 px screen less the page's
 * margins) and for print: A4 less 15 mm margins is 180 mm, 680 px at 96 px to the inch, the
 * width app.css's @page leaves (#15 §4). */
export const PHONE_WIDTH = 340;
export const PRINT_WIDTH = 680;

/** Notes a view lists under a figure before it counts the rest. */
const NOTES_SHOWN = 8;

export interface ChartView {
	chart: ChartData;
	/** The figure as the server drew it (absent for an empty chart). */
	svg?: SvgNode;
	/** The same figure drawn for a phone's column and for a printed page (#15 §4): each is
	 * shown where it fits, so its text keeps its size instead of a wider picture scaled down. */
	narrowSvg?: SvgNode;
	printSvg?: SvgNode;
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
		/** Other parameters the marks' links carry on (an embed's width and theme). */
		keep?: Record<string, string>;
		/** `?rows=`: how many pairs, lanes or links (the chart's default when absent). */
		limit?: number;
		/** The page of the selected mark's sentences. */
		page?: number;
		/** Widths to draw the figure at as well: a phone's column, a printed page. */
		alternates?: { narrow?: number; print?: number };
	}
): ChartView {
	const locale = options.locale ?? 'en';
	const params = filtersToParams(filters);
	if (options.keepLang) params.set('lang', locale);
	if (options.limit !== undefined) params.set('rows', String(options.limit));
	for (const [name, value] of Object.entries(options.keep ?? {})) params.set(name, value);
	const query = params.toString();
	const chart = chartData(dataset, id, filters, locale, options.limit);
	// The figure is drawn once per chart, filters, size and link target.
	const draw = (width: number) =>
		memo(
			dataset,
			'chartFigure',
			[id, locale, query, width, options.linkBase, options.target ?? ''],
			() => drawFigure(id, chart, query, { ...options, width })
		);
	const drawn = draw(options.width);
	const { narrow, print } = options.alternates ?? {};
	const narrowSvg = drawn.svg && narrow ? draw(narrow).svg : undefined;
	const printSvg = drawn.svg && print ? draw(print).svg : undefined;
	const row = options.select ? chart.rows.find((r) => r.key === options.select) : undefined;
	return {
		chart: drawn.chart,
		...(drawn.svg ? { svg: drawn.svg } : {}),
		...(narrowSvg ? { narrowSvg } : {}),
		...(printSvg ? { printSvg } : {}),
		linkBase: options.linkBase,
		query,
		width: options.width,
		...(row ? { selected: selectedMark(dataset, row, options.page) } : {})
	};
}

/** A chart's data (with its rows' evidence), computed once per chart, filters and language. */
export function chartData(
	dataset: Dataset,
	id: ChartId,
	filters: Filters,
	locale: Locale,
	limit?: number
): ChartData {
	return memo(dataset, 'chartData', [id, filters, locale, limit ?? null], () =>
		CHARTS[id].data(dataset, filters, locale, limit !== undefined ? { limit } : {})
	);
}

function drawFigure(
	id: ChartId,
	data: ChartData,
	query: string,
	options: { width: number; linkBase: string; target?: '_self' }
): { chart: ChartData; svg?: SvgNode } {
	let chart = data;
	let svg: SvgNode | undefined;
	try {
		svg = chart.empty
			? undefined
			: renderPlot(
					{
						...CHARTS[id].plot(chart, {
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
	return { chart: forPage(chart), ...(svg ? { svg } : {}) };
}
/** A mark's sentences, a page at a time, each in its sentence with the actors marked. */
export function selectedMark(dataset: Dataset, row: ChartRow, page = 1): SelectedMark {
	const actors = new Set(row.actors);
	// One quote per sentence, counted exactly when the mark has few; a mark with many is cut
	// into pages first (records come in article and text order, so a sentence's records are
	// neighbours) and only its page is quoted.
	if (row.evidence.length <= 3 * PAGE_SIZE)
		return {
			key: row.key,
			label: row.label,
			evidence: paginate(quotes(dataset, row.evidence, actors), page)
		};
	const paged = paginate(row.evidence, page);
	return {
		key: row.key,
		label: row.label,
		evidence: { ...paged, items: quotes(dataset, paged.items, actors) }
	};
}

/** What a page receives of a chart: its rows without their sentences (counted), and its
 * notes up to a few (the rest counted). */
function forPage(chart: ChartData): ChartData {
	const notes =
		chart.notes.length > NOTES_SHOWN
			? [
					...chart.notes.slice(0, NOTES_SHOWN),
					CHART_TEXT[chart.locale].moreNotes(chart.notes.length - NOTES_SHOWN)
				]
			: chart.notes;
	return {
		...chart,
		notes,
		rows: chart.rows.map((r) => ({ ...r, evidence: [], evidenceCount: r.evidence.length }))
	};
}
