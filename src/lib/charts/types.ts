// The shape every chart shares: plain data (safe to send to the browser and to export), the
// words around the figure, and the rows a reader can select to read their evidence.
import type { Locale } from '../i18n/locale';
import type { Evidence } from '../types';

export const CHART_IDS = ['meetings', 'timeline', 'dependence', 'relations', 'mentions'] as const;
export type ChartId = (typeof CHART_IDS)[number];

/** One selectable mark (a bar, a dot, a cell, a link) and the sentences behind it. */
export interface ChartRow {
	/** Stable within the chart: `?select=<key>` names it in the URL. */
	key: string;
	label: string;
	/** The sentences behind it. A page receives rows without them (`evidenceCount` says how
	 * many) and asks for them when the mark is selected. */
	evidence: Evidence[];
	evidenceCount?: number;
	/** Actors to mark in the quoted sentences. */
	actors: string[];
}

/** How much of a chart a view asks for: at most `limit` pairs, lanes or links (each chart's
 * own default when absent), the strongest first. */
export interface ChartOptions {
	limit?: number;
}

export interface LegendItem {
	label: string;
	colour: string;
	/** How the swatch is drawn: a filled square, an outline, a dot, a hollow dot. */
	swatch: 'fill' | 'outline' | 'dot' | 'ring' | 'line' | 'dash' | 'triangle';
}

export interface ChartData<Row extends ChartRow = ChartRow> {
	id: ChartId;
	/** The language of its words and names. */
	locale: Locale;
	/** States the finding, in a sentence. */
	title: string;
	subtitle: string;
	/** Names the articles (title, outlet, date) the figure rests on. */
	source: string;
	method: string;
	/** Set when nothing is left to draw: what to say instead of an empty axis. */
	empty?: string;
	legend: LegendItem[];
	/** Facts the figure cannot place (undated events, context outside the axis). */
	notes: string[];
	rows: Row[];
	/** Set when the chart shows only the strongest of its pairs, lanes or links. */
	more?: { shown: number; total: number; limit: number };
}

export interface PlotLayout {
	width: number;
	/** The link a mark opens: the same view with that row selected. */
	href?: (key: string) => string;
	/** Plot's pointer tips (in the browser); otherwise marks carry native <title> tooltips. */
	tips?: boolean;
	/** Where a mark's link opens: `_self` inside an embed whose other links open a new tab. */
	target?: '_self';
}
