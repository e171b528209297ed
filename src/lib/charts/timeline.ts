// Dated meetings, visits, agreements and other events on a time axis, one lane per pair of
// actors, with dated context (an invasion, the articles' publication) marked across the lanes.
import * as Plot from '@observablehq/plot';
import { datasetIndex } from '../dataset/datasetIndex';
import type { Dataset } from '../dataset/schema';
import { dateSpan } from '../graph/buildGraph';
import type { Filters } from '../graph/filters';
import { RELATION_STYLE } from '../graph/style';
import type { Modality, RelationType } from '../types';
import { CHART_TEXT, readableDate, RELATION_LABELS, type TimelineWhen } from '../i18n/chartText';
import { MODALITY_LABELS } from '../i18n/relationLabels';
import type { Locale } from '../i18n/locale';
import {
	chartSelection,
	pairLabel,
	chartWords,
	named,
	uniqueEvidence,
	type ChartSelection
} from './selection';
import { interactive } from './interaction';
import { timeTickFormat } from './timeTicks';
import type { ChartData, ChartOptions, ChartRow, PlotLayout } from './types';
import { wrapTicks } from './wrap';

export interface TimelineRow extends ChartRow {
	/** `event` sits in its pair's lane; `context` is marked across every lane. */
	kind: 'event' | 'context';
	lane: string;
	type: RelationType;
	modality: Modality;
	/** As precise as the text: YYYY, YYYY-MM or YYYY-MM-DD. */
	date: string;
	start: string;
	end: string;
}

export interface PublishedMark {
	date: string;
	title: string;
	/** Set when the mark stands for several articles: those published that month or year. */
	count?: number;
	period?: string;
}

export interface TimelineData extends ChartData<TimelineRow> {
	/** Publication dates, marked on the axis so events read against when they were written. */
	published: PublishedMark[];
	/** Where each counted relation of the selection went: every one is in exactly one. */
	tally: TimelineTally;
}

export interface TimelineTally {
	/** Dated events in the pairs' lanes (lanes not shown included); the title counts these and
	 * the context. */
	events: number;
	/** Dated conflicts drawn across the lanes as the period's context. */
	context: number;
	undated: number;
	/** Quotes, not events. */
	statements: number;
}

/** Lanes (pairs of actors) shown unless the view asks for more: the busiest. */
export const TIMELINE_LANES = 12;
/** Past this many, publications are marked per month, then per year, and the context lines
 * across the lanes are left to the marks under the axis. */
const PUBLISHED_MARKS = 24;
/** Context events (wars) drawn across the lanes, at most. */
const CONTEXT_MARKS = 12;

/** Types that frame the period rather than belong to one pair's story. */
const CONTEXT_TYPES = new Set<RelationType>(['conflict']);
/** Quotes are undated talk, not events. */
const LEFT_OUT = new Set<RelationType>(['statement']);

export function timelineChart(
	dataset: Dataset,
	filters: Filters,
	locale: Locale = 'en',
	options: ChartOptions = {}
): TimelineData {
	const sel = chartSelection(dataset, filters, locale);
	const t = sel.t.timeline;
	const labels = RELATION_LABELS[locale];
	// First pass: each dated relation's lane and the lanes' counts; rows (with their words) are
	// made only for the lanes kept, as a large corpus has thousands of pairs.
	let undated = 0;
	let statements = 0;
	let context = 0;
	const laneOf = new Map<string, string>();
	const laneActors = new Map<string, [string, string]>();
	const dated: { r: (typeof sel.relations)[number]; lane: string; start: string }[] = [];
	const perLane = new Map<string, number>();
	let first: { date: string; start: string; key: string } | undefined;
	let last: typeof first;
	const before = (a: { start: string; key: string }, b: { start: string; key: string }) =>
		(a.start.localeCompare(b.start) || a.key.localeCompare(b.key)) < 0;
	for (const r of sel.relations) {
		if (LEFT_OUT.has(r.type)) {
			statements++;
			continue;
		}
		if (!r.date) {
			undated++;
			continue;
		}
		const isContext = CONTEXT_TYPES.has(r.type);
		const pair = `${r.source}\u0000${r.target}`;
		let lane = isContext ? '' : laneOf.get(pair);
		if (lane === undefined) {
			lane = pairLabel([sel.name(r.source), sel.name(r.target)]);
			laneOf.set(pair, lane);
			// The lane's two actors, in the order its label names them.
			if (!laneActors.has(lane))
				laneActors.set(
					lane,
					[r.source, r.target].sort((x, y) => sel.name(x).localeCompare(sel.name(y))) as [
						string,
						string
					]
				);
		}
		const start = dateSpan(r.date)[0];
		dated.push({ r, lane, start });
		// A war drawn across the lanes is a dated event of the selection too: the title counts
		// it and its date, as the figure and its table show it (#14: the table had one row more).
		const event = { date: r.date, start, key: r.id };
		if (!first || before(event, first)) first = event;
		if (!last || before(last, event)) last = event;
		if (isContext) {
			context++;
			continue;
		}
		perLane.set(lane, (perLane.get(lane) ?? 0) + 1);
	}
	// The busiest lanes; the rest on request ("show more").
	const limit = options.limit ?? TIMELINE_LANES;
	const lanes = [...perLane].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
	const keptLanes = new Set(lanes.slice(0, limit).map(([lane]) => lane));
	const keptContext = new Set(
		dated
			.filter((d) => CONTEXT_TYPES.has(d.r.type))
			.sort((a, b) => b.r.evidence.length - a.r.evidence.length || a.r.id.localeCompare(b.r.id))
			.slice(0, CONTEXT_MARKS)
			.map((d) => d.r)
	);
	const shownRows: TimelineRow[] = [];
	for (const { r, lane, start } of dated) {
		const context = CONTEXT_TYPES.has(r.type);
		if (context ? !keptContext.has(r) : !keptLanes.has(lane)) continue;
		const date = r.date as string;
		const end = dateSpan(date)[1];
		const names: [string, string] = [sel.name(r.source), sel.name(r.target)];
		shownRows.push({
			key: r.id,
			kind: context ? 'context' : 'event',
			lane,
			label: `${names[0]} ${r.directed ? '→' : '–'} ${names[1]}${sel.t.colon}${labels[r.type]}, ${readableDate(date, locale)}${r.modality === 'asserted' ? '' : ` (${MODALITY_LABELS[locale][r.modality]})`}`,
			type: r.type,
			modality: r.modality,
			date,
			start,
			end: end.length === 10 && end.endsWith('-31') ? lastDayOf(end) : end,
			evidence: uniqueEvidence(dataset, r.evidence),
			actors: [r.source, r.target]
		});
	}
	shownRows.sort((a, b) => a.start.localeCompare(b.start) || a.key.localeCompare(b.key));
	const busiest = lanes[0];
	// The title names the busiest pair when it holds every event, or stands out (two or more,
	// and more than any other pair): a tie names no pair rather than pick one by its spelling.
	const inLanes = [...perLane.values()].reduce((sum, n) => sum + n, 0);
	const standsOut =
		busiest &&
		(busiest[1] === inLanes + context || (busiest[1] >= 2 && busiest[1] > (lanes[1]?.[1] ?? 0)));
	const summary =
		first && last
			? {
					count: inLanes + context,
					first,
					last,
					...(busiest && standsOut ? { pair: laneActors.get(busiest[0]) } : {}),
					laneCount: busiest?.[1] ?? 0
				}
			: undefined;
	const published = publishedMarks(dataset, shownRows, locale);
	const notes: string[] = [];
	if (undated) notes.push(t.undated(undated));
	if (statements) notes.push(t.statements(statements));
	for (const i of sel.indicators) {
		if (i.kind !== 'anniversary' || !i.year) continue;
		const who = [i.subject, i.partner].filter((a): a is string => !!a).map(sel.name);
		notes.push(t.anniversary(i.year, who.join(' – '), i.label, i.value));
	}
	return {
		...chartWords(dataset, sel, 'timeline', shownRows),
		...(lanes.length > limit ? { more: { shown: limit, total: lanes.length, limit } } : {}),
		title: timelineTitle(summary, sel),
		legend: [
			...[...new Set(shownRows.map((r) => r.type))].map((type) => ({
				label: labels[type],
				colour: RELATION_STYLE[type].colour,
				swatch: CONTEXT_TYPES.has(type) ? ('line' as const) : ('dot' as const)
			})),
			// A month or a year is drawn as a bar across it, not as a dot on a day.
			...(shownRows.some((r) => r.kind === 'event' && r.date.length < 10)
				? [{ label: t.spanLegend, colour: '#7F7F7F', swatch: 'fill' as const }]
				: []),
			...(shownRows.some((r) => r.modality === 'planned' || r.modality === 'hypothetical')
				? [{ label: t.planned, colour: '#7F7F7F', swatch: 'ring' as const }]
				: []),
			...(published.length
				? [{ label: t.published, colour: '#7F7F7F', swatch: 'triangle' as const }]
				: [])
		],
		notes,
		rows: shownRows,
		published,
		tally: {
			events: inLanes,
			context,
			undated,
			statements
		}
	};
}

/** The publication of each article the rows rest on; past a few dozen, one mark per month or
 * per year standing for the articles published then. */
function publishedMarks(dataset: Dataset, rows: TimelineRow[], locale: Locale): PublishedMark[] {
	const used = new Set(rows.flatMap((r) => r.evidence.map((e) => e.article)));
	const index = datasetIndex(dataset);
	const articles = [...used]
		.map((id) => index.article(id))
		.filter((a): a is NonNullable<typeof a> => !!a)
		.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
		.map((a) => ({ date: a.date, title: a.title }));
	if (articles.length <= PUBLISHED_MARKS) return articles;
	for (const length of [7, 4]) {
		const periods = new Map<string, number>();
		for (const a of articles) {
			const period = a.date.slice(0, length);
			periods.set(period, (periods.get(period) ?? 0) + 1);
		}
		if (periods.size > PUBLISHED_MARKS && length === 7) continue;
		const t = CHART_TEXT[locale].timeline;
		return [...periods].map(([period, count]) => ({
			// Marked in the middle of its month or year.
			date: length === 7 ? `${period}-15` : `${period}-07-01`,
			title: t.publishedMany(count, readableDate(period, locale)),
			count,
			period
		}));
	}
	return [];
}

function lastDayOf(monthEnd: string): string {
	const [year, month] = monthEnd.split('-').map(Number) as [number, number];
	return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

interface TimelineSummary {
	count: number;
	first: { date: string };
	last: { date: string };
	/** The busiest lane's two actors, and its number of events. */
	pair?: [string, string];
	laneCount: number;
}

/** When events from `first` to `last` fall, to the precision a title needs: a day, a month or
 * a year when they share it, else the months (or years) they run between. */
export function timelineWhen(first: string, last: string, locale: Locale): TimelineWhen {
	const date = (d: string) => readableDate(d, locale);
	if (first === last) return first.length === 10 ? { day: date(first) } : { period: date(first) };
	const [from, to] = [first.slice(0, 7), last.slice(0, 7)];
	if (from === to) return { period: date(from) };
	// French elides « de » before a vowel: « d’avril 2023 à mai 2024 ».
	return { from: date(from), to: date(to), fromVowel: /^[aeiouyàâéèêîôû]/i.test(date(from)) };
}

function timelineTitle(summary: TimelineSummary | undefined, sel: ChartSelection): string {
	const t = sel.t.timeline;
	if (!summary) return t.none;
	const when = timelineWhen(summary.first.date, summary.last.date, sel.locale);
	const [a, b] = summary.pair ?? [];
	return a && b
		? t.title(summary.count, when, summary.laneCount, named(sel, a), named(sel, b))
		: t.title(summary.count, when, summary.laneCount);
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const middle = (r: { start: string; end: string }) =>
	new Date((day(r.start).getTime() + day(r.end).getTime() + 86_400_000) / 2);

/** Events of one lane that would overlap on the axis (within `days`) go to separate slots:
 * each event takes the lowest slot free of the events near it before it in time. */
function slots(events: TimelineRow[], days: number): Map<TimelineRow, number> {
	const placed = new Map<TimelineRow, number>();
	const window = days * 86_400_000;
	// Per lane, the events placed so far that may still be near the next (in time order).
	const recent = new Map<string, { at: number; slot: number }[]>();
	const timed = events.map((e) => ({ e, at: middle(e).getTime() })).sort((a, b) => a.at - b.at);
	for (const { e, at } of timed) {
		const lane = recent.get(e.lane) ?? [];
		// Sorted by time: the ones too far behind never come near again.
		let first = 0;
		while (first < lane.length && at - (lane[first] as { at: number }).at >= window) first++;
		const near = first ? lane.slice(first) : lane;
		const taken = new Set(near.map((t) => t.slot));
		let slot = 0;
		while (taken.has(slot)) slot++;
		placed.set(e, slot);
		near.push({ at, slot });
		recent.set(e.lane, near);
	}
	return placed;
}

const MARGIN_RIGHT = 24;

export function timelinePlot(data: TimelineData, layout: PlotLayout): Plot.PlotOptions {
	const events = data.rows.filter((r) => r.kind === 'event');
	const context = data.rows.filter((r) => r.kind === 'context');
	const lanes = [...new Set(events.map((r) => r.lane))];
	const all = [
		...data.rows.map((r) => [day(r.start), day(r.end)]).flat(),
		...data.published.map((p) => day(p.date))
	];
	const spanDays = all.length
		? (Math.max(...all.map(Number)) - Math.min(...all.map(Number))) / 86_400_000
		: 365;
	// Marks closer than ~14 px at this width would overlap.
	const slotOf = slots(events, (spanDays * 14) / Math.max(200, layout.width - 240));
	const deepest = Math.max(0, ...slotOf.values());
	const colour = (r: TimelineRow) => RELATION_STYLE[r.type].colour;
	const link = interactive(
		layout,
		(r: TimelineRow) => r.key,
		(r) => r.label
	);
	const longest = Math.max(0, ...lanes.map((l) => l.length));
	const laneHeight = 26 + deepest * 12;
	// Lane names take at most 40 % of the width and wrap beyond (a phone-width chart).
	const marginLeft = Math.min(240, 12 + longest * 6.6, Math.round(layout.width * 0.4));
	const laneNames = wrapTicks(lanes, marginLeft - 6);
	return {
		width: layout.width,
		height: 86 + Math.max(1, lanes.length) * laneHeight,
		marginTop: 34,
		marginBottom: 40,
		marginLeft,
		marginRight: MARGIN_RIGHT,
		style: { fontSize: '12px' },
		x: {
			type: 'utc',
			label: null,
			grid: true,
			nice: true,
			tickFormat: timeTickFormat(data.locale)
		},
		y: { axis: null, domain: Array.from({ length: deepest + 1 }, (_, i) => i), padding: 0.1 },
		fy: { label: null, domain: lanes, axis: null, padding: 0 },
		color: { type: 'identity' },
		marks: [
			// A line across the lanes for each publication; marks standing for a month or year
			// of articles stay under the axis.
			Plot.ruleX(
				data.published.filter((p) => !p.count),
				{
					x: (p: PublishedMark) => day(p.date),
					stroke: 'currentColor',
					strokeOpacity: 0.35,
					strokeDasharray: '1,3'
				}
			),
			Plot.dot(data.published, {
				x: (p: { date: string }) => day(p.date),
				frameAnchor: 'bottom',
				symbol: 'triangle',
				r: 4,
				dy: 9,
				fill: 'currentColor',
				fillOpacity: 0.6,
				title: (p: PublishedMark) =>
					p.count
						? p.title
						: CHART_TEXT[data.locale].timeline.publishedTip(
								readableDate(p.date, data.locale),
								p.title
							),
				// Drawn once, under the last lane (a mark without fy repeats in every lane).
				fy: () => lanes[lanes.length - 1]
			}),
			Plot.ruleX(context, {
				x: middle,
				stroke: colour,
				strokeWidth: 2,
				strokeDasharray: '5,3',
				...link
			}),
			Plot.text(context, {
				x: middle,
				frameAnchor: 'top',
				dy: -22,
				text: (r: TimelineRow) => r.label,
				fill: 'currentColor',
				textAnchor: 'start',
				dx: 4,
				// Cut with an ellipsis rather than run off a narrow chart (the tooltip has it whole).
				lineWidth: Math.max(8, (layout.width - marginLeft - MARGIN_RIGHT) / 12),
				textOverflow: 'ellipsis',
				fy: () => lanes[0]
			}),
			// Lane names wrap; each keeps its whole name as a tooltip.
			Plot.axisFy({
				anchor: 'left',
				label: null,
				tickFormat: laneNames.format,
				title: (lane: string) => lane
			}),
			// A month or a year the text gives is that span, drawn across it: no dot pretends
			// to know the day (a May 2024 visit is not on 16 May).
			Plot.barX(
				events.filter((r) => r.date.length < 10),
				{
					x1: (r: TimelineRow) => day(r.start),
					x2: (r: TimelineRow) => new Date(day(r.end).getTime() + 86_400_000),
					y: (r: TimelineRow) => slotOf.get(r) ?? 0,
					fy: 'lane',
					fill: colour,
					fillOpacity: (r: TimelineRow) =>
						r.modality === 'planned' || r.modality === 'hypothetical' ? 0.12 : 0.45,
					stroke: colour,
					strokeWidth: 1.5,
					insetTop: 3,
					insetBottom: 3,
					...link
				}
			),
			Plot.dot(
				events.filter((r) => r.date.length === 10),
				{
					x: middle,
					y: (r: TimelineRow) => slotOf.get(r) ?? 0,
					fy: 'lane',
					r: 5.5,
					stroke: colour,
					strokeWidth: 2,
					fill: (r: TimelineRow) =>
						r.modality === 'planned' || r.modality === 'hypothetical' ? 'none' : colour(r),
					...link
				}
			)
		]
	};
}
