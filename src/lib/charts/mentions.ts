// How often each country and leader is named in each article: the attention the texts give.
import * as Plot from '@observablehq/plot';
import { datasetIndex } from '../dataset/datasetIndex';
import type { Dataset } from '../dataset/schema';
import type { Filters } from '../graph/filters';
import type { EntityType } from '../types';
import { CHART_TEXT } from '../i18n/chartText';
import type { Locale } from '../i18n/locale';
import { countedSelection, narrowsActors } from '../counts';
import { chartSelection, readableDate, chartWords } from './selection';
import { interactive } from './interaction';
import type { ChartData, ChartRow, PlotLayout } from './types';
import { wrapTicks } from './wrap';

export interface MentionRow extends ChartRow {
	actor: string;
	actorLabel: string;
	actorType: EntityType;
	/** The column: an article, or a month or year when the selection holds more articles
	 * than columns fit. */
	article: string;
	articleLabel: string;
	count: number;
}

export interface MentionsData extends ChartData<MentionRow> {
	actors: string[];
	/** Column labels, in order. */
	articles: string[];
	/** What a column stands for. */
	columns: 'article' | 'month' | 'year';
	/** Each column label's whole text (a long title is cut in the label): its tooltip. */
	titles: Record<string, string>;
}

const COUNTED: EntityType[] = ['country', 'person'];
export const MENTION_COLOUR: Partial<Record<EntityType, string>> = {
	country: '#0072B2',
	person: '#D55E00'
};
const MAX_ACTORS = 16;
/** Past this many articles, a column counts a month's or a year's articles. */
const MAX_COLUMNS = 12;

/** Which column each article falls in, and the columns' labels in order. */
function columnsOf(
	articles: { id: string; title: string; date: string }[],
	locale: Locale
): {
	columns: MentionsData['columns'];
	columnOf: Map<string, string>;
	labels: Map<string, string>;
	titles: Map<string, string>;
} {
	const columnOf = new Map<string, string>();
	const labels = new Map<string, string>();
	const titles = new Map<string, string>();
	if (articles.length <= MAX_COLUMNS) {
		const taken = new Set<string>();
		for (const a of articles) {
			const short = a.title.length > 34 ? `${a.title.slice(0, 33)}…` : a.title;
			const base = `${readableDate(a.date, locale)} · ${short}`;
			let label = base;
			for (let n = 2; taken.has(label); n++) label = `${label} (${n})`;
			taken.add(label);
			columnOf.set(a.id, a.id);
			labels.set(a.id, label);
			titles.set(label, `${readableDate(a.date, locale)} · ${a.title}`);
		}
		return { columns: 'article', columnOf, labels, titles };
	}
	const months = new Set(articles.map((a) => a.date.slice(0, 7)));
	const length = months.size <= MAX_COLUMNS ? 7 : 4;
	for (const a of articles) {
		const period = a.date.slice(0, length);
		columnOf.set(a.id, period);
		labels.set(period, readableDate(period, locale));
		titles.set(readableDate(period, locale), readableDate(period, locale));
	}
	return { columns: length === 7 ? 'month' : 'year', columnOf, labels, titles };
}

export function mentionsChart(
	dataset: Dataset,
	filters: Filters,
	locale: Locale = 'en'
): MentionsData {
	const sel = chartSelection(dataset, filters, locale);
	const t = sel.t.mentions;
	// The selection's articles (src/lib/counts.ts), as the articles table lists them.
	const selection = countedSelection(dataset, filters);
	const articles = dataset.articles
		.filter((a) => selection.articles.has(a.id))
		.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
	const { columns, columnOf, labels, titles } = columnsOf(articles, locale);
	const types = filters.nodes.length ? COUNTED.filter((t) => filters.nodes.includes(t)) : COUNTED;
	const totals = new Map<string, number>();
	const inArticles = new Map<string, number>();
	// Under a filter that narrows the actors (a country, relation types, a minimum…), the
	// actors of the selection, as the network and the actors table show them: the countries,
	// their people and whoever they are in relation with (Xi Jinping visiting Hungary).
	// Otherwise everyone the selection's articles name.
	const actors = selection.actors;
	const narrowed = narrowsActors(filters);
	const inSelection = (id: string) => !narrowed || actors.has(id);
	const groups = datasetIndex(dataset)
		.mentionGroupsIn(selection.articles)
		.filter((group) => {
			const entity = sel.entity(group.entity);
			return (
				columnOf.has(group.article) &&
				!!entity &&
				types.includes(entity.type) &&
				inSelection(group.entity)
			);
		});
	// Counted first, cells built for the actors shown only: the whole corpus's mentions
	// (566,000 at 10,000 articles) are not copied into cells most of which are dropped.
	for (const group of groups) {
		totals.set(group.entity, (totals.get(group.entity) ?? 0) + group.mentions.length);
		inArticles.set(group.entity, (inArticles.get(group.entity) ?? 0) + 1);
	}
	const ranked = [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
	const kept = new Set(ranked.slice(0, MAX_ACTORS).map(([id]) => id));
	const cells = new Map<string, MentionRow>();
	for (const group of groups) {
		if (!kept.has(group.entity)) continue;
		const column = columnOf.get(group.article) as string;
		const entity = sel.entity(group.entity) as NonNullable<ReturnType<typeof sel.entity>>;
		const label = labels.get(column) as string;
		const key = `${group.entity}@${column}`;
		const cell = cells.get(key) ?? {
			key,
			actor: group.entity,
			actorLabel: sel.name(group.entity),
			actorType: entity.type,
			article: column,
			articleLabel: label,
			count: 0,
			label:
				columns === 'article'
					? `${sel.name(group.entity)} in “${label}”`
					: `${sel.name(group.entity)}, ${label}`,
			evidence: [],
			actors: [group.entity]
		};
		cell.count += group.mentions.length;
		for (const m of group.mentions)
			cell.evidence.push({ article: m.article, start: m.start, end: m.end, quote: m.text });
		cells.set(key, cell);
	}
	const rows = [...cells.values()].sort((a, b) => a.key.localeCompare(b.key));
	const [top, topCount] = ranked[0] ?? [];
	return {
		...chartWords(dataset, sel, 'mentions', rows),
		title: top ? t.title(sel.name(top), topCount ?? 0, inArticles.get(top) ?? 0) : t.none,
		legend: types.map((type) => ({
			label: type === 'country' ? t.types.country : t.types.person,
			colour: MENTION_COLOUR[type] ?? '#7F7F7F',
			swatch: 'fill' as const
		})),
		notes: ranked.length > MAX_ACTORS ? [t.shown(MAX_ACTORS, ranked.length)] : [],
		rows,
		actors: ranked.filter(([id]) => kept.has(id)).map(([id]) => sel.name(id)),
		articles: [...new Set(articles.map((a) => columnOf.get(a.id) as string))].map(
			(column) => labels.get(column) as string
		),
		columns,
		titles: Object.fromEntries(titles)
	};
}

export function mentionsPlot(data: MentionsData, layout: PlotLayout): Plot.PlotOptions {
	const max = Math.max(1, ...data.rows.map((r) => r.count));
	const longest = Math.max(0, ...data.actors.map((l) => l.length));
	const marginLeft = Math.min(200, 12 + longest * 6.6);
	// Each article's label wraps within its own column (two lines at most), so side by side
	// columns never write over each other however narrow the chart.
	const column = (layout.width - marginLeft - 20) / Math.max(1, data.articles.length);
	const heading = wrapTicks(data.articles, Math.max(40, column - 10));
	// Each column is a small bar chart of its own: a bar's length is the count, on one scale for
	// every column, so a cell says how much, not only where.
	const tip = (r: MentionRow) =>
		data.columns === 'article'
			? CHART_TEXT[data.locale].mentions.tip(
					r.actorLabel,
					r.count,
					data.titles[r.articleLabel] ?? r.articleLabel
				)
			: CHART_TEXT[data.locale].mentions.tipPeriod(r.actorLabel, r.count, r.articleLabel);
	return {
		width: layout.width,
		height: 44 + 14 * heading.lines + data.actors.length * 26,
		marginLeft,
		marginRight: 12,
		marginTop: 24 + 14 * heading.lines,
		style: { fontSize: '12px' },
		fx: { domain: data.articles, label: null, axis: null, padding: 0.1 },
		// Room after the longest bar for its count.
		x: { domain: [0, max * 1.25], axis: null },
		y: { domain: data.actors, label: null, axis: null },
		color: { type: 'identity' },
		marks: [
			// Headings and names wrap or are cut; each keeps its whole text as a tooltip.
			Plot.axisFx({
				anchor: 'top',
				label: null,
				tickFormat: heading.format,
				title: (column: string) => data.titles[column] ?? column
			}),
			Plot.axisY({ anchor: 'left', label: null, title: (actor: string) => actor }),
			Plot.ruleX([0], { strokeOpacity: 0.3 }),
			Plot.barX(data.rows, {
				x: 'count',
				y: 'actorLabel',
				fx: 'articleLabel',
				fill: (r: MentionRow) => MENTION_COLOUR[r.actorType] ?? '#7F7F7F',
				insetTop: 4,
				insetBottom: 4,
				...interactive(layout, (r: MentionRow) => r.key, tip)
			}),
			Plot.text(data.rows, {
				x: 'count',
				y: 'actorLabel',
				fx: 'articleLabel',
				text: 'count',
				textAnchor: 'start',
				dx: 3,
				fill: 'currentColor'
			})
		]
	};
}
