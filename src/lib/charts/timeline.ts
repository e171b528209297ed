// Dated meetings, visits, agreements and other events on a time axis, one lane per pair of
// actors, with dated context (an invasion, the articles' publication) marked across the lanes.
import * as Plot from '@observablehq/plot';
import type { Dataset } from '../dataset/schema';
import { dateSpan } from '../graph/buildGraph';
import type { Filters } from '../graph/filters';
import { RELATION_STYLE } from '../graph/style';
import type { Modality, RelationType } from '../types';
import { CHART_TEXT, readableDate, RELATION_LABELS } from '../i18n/chartText';
import { MODALITY_LABELS } from '../i18n/relationLabels';
import type { Locale } from '../i18n/locale';
import {
	chartSelection,
	pairLabel,
	chartWords,
	uniqueEvidence,
	type ChartSelection
} from './selection';
import { interactive } from './interaction';
import type { ChartData, ChartRow, PlotLayout } from './types';
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

export interface TimelineData extends ChartData<TimelineRow> {
	/** Publication dates, marked on the axis so events read against when they were written. */
	published: { date: string; title: string }[];
}

/** Types that frame the period rather than belong to one pair's story. */
const CONTEXT_TYPES = new Set<RelationType>(['conflict']);
/** Quotes are undated talk, not events. */
const LEFT_OUT = new Set<RelationType>(['statement']);

export function timelineChart(
	dataset: Dataset,
	filters: Filters,
	locale: Locale = 'en'
): TimelineData {
	const sel = chartSelection(dataset, filters, locale);
	const t = sel.t.timeline;
	const labels = RELATION_LABELS[locale];
	const rows: TimelineRow[] = [];
	let undated = 0;
	for (const r of sel.relations) {
		if (LEFT_OUT.has(r.type)) continue;
		if (!r.date) {
			undated++;
			continue;
		}
		const [start, end] = dateSpan(r.date);
		const names: [string, string] = [sel.name(r.source), sel.name(r.target)];
		const context = CONTEXT_TYPES.has(r.type);
		rows.push({
			key: r.id,
			kind: context ? 'context' : 'event',
			lane: context ? '' : pairLabel(names),
			label: `${names[0]} ${r.directed ? '→' : '–'} ${names[1]}${sel.t.colon}${labels[r.type]}, ${readableDate(r.date, locale)}${r.modality === 'asserted' ? '' : ` (${MODALITY_LABELS[locale][r.modality]})`}`,
			type: r.type,
			modality: r.modality,
			date: r.date,
			start,
			end: end.length === 10 && end.endsWith('-31') ? lastDayOf(end) : end,
			evidence: uniqueEvidence(r.evidence),
			actors: [r.source, r.target]
		});
	}
	rows.sort((a, b) => a.start.localeCompare(b.start) || a.key.localeCompare(b.key));
	const events = rows.filter((r) => r.kind === 'event');
	const used = new Set(rows.flatMap((r) => r.evidence.map((e) => e.article)));
	const published = dataset.articles
		.filter((a) => used.has(a.id))
		.map((a) => ({ date: a.date, title: a.title }))
		.sort((a, b) => a.date.localeCompare(b.date));
	const notes: string[] = [];
	if (undated) notes.push(t.undated(undated));
	for (const i of sel.indicators) {
		if (i.kind !== 'anniversary' || !i.year) continue;
		const who = [i.subject, i.partner].filter((a): a is string => !!a).map(sel.name);
		notes.push(t.anniversary(i.year, who.join(' – '), i.label, i.value));
	}
	return {
		...chartWords(dataset, sel, 'timeline', rows),
		title: timelineTitle(events, sel),
		legend: [
			...[...new Set(rows.map((r) => r.type))].map((type) => ({
				label: labels[type],
				colour: RELATION_STYLE[type].colour,
				swatch: CONTEXT_TYPES.has(type) ? ('line' as const) : ('dot' as const)
			})),
			...(rows.some((r) => r.modality === 'planned' || r.modality === 'hypothetical')
				? [{ label: t.planned, colour: '#7F7F7F', swatch: 'ring' as const }]
				: []),
			...(published.length
				? [{ label: t.published, colour: '#7F7F7F', swatch: 'triangle' as const }]
				: [])
		],
		notes,
		rows,
		published
	};
}

function lastDayOf(monthEnd: string): string {
	const [year, month] = monthEnd.split('-').map(Number) as [number, number];
	return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

function timelineTitle(events: TimelineRow[], sel: ChartSelection): string {
	const t = sel.t.timeline;
	const date = (d: string) => readableDate(d, sel.locale);
	const first = events[0];
	const last = events[events.length - 1];
	if (!first || !last) return t.none;
	const lanes = new Map<string, number>();
	for (const e of events) lanes.set(e.lane, (lanes.get(e.lane) ?? 0) + 1);
	const [lane, count] = [...lanes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] as [
		string,
		number
	];
	const span =
		first.date === last.date
			? date(first.date)
			: t.span(date(first.date.slice(0, 7)), date(last.date.slice(0, 7)));
	return t.title(events.length, span, count, lane);
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const middle = (r: { start: string; end: string }) =>
	new Date((day(r.start).getTime() + day(r.end).getTime() + 86_400_000) / 2);

/** Events of one lane that would overlap on the axis (within `days`) go to separate slots. */
function slots(events: TimelineRow[], days: number): Map<TimelineRow, number> {
	const placed = new Map<TimelineRow, number>();
	const taken = new Map<string, { at: number; slot: number }[]>();
	for (const e of [...events].sort((a, b) => middle(a).getTime() - middle(b).getTime())) {
		const at = middle(e).getTime();
		const near = (taken.get(e.lane) ?? []).filter((t) => Math.abs(t.at - at) < days * 86_400_000);
		let slot = 0;
		while (near.some((t) => t.slot === slot)) slot++;
		placed.set(e, slot);
		taken.set(e.lane, [...(taken.get(e.lane) ?? []), { at, slot }]);
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
		x: { type: 'utc', label: null, grid: true, nice: true },
		y: { axis: null, domain: Array.from({ length: deepest + 1 }, (_, i) => i), padding: 0.1 },
		fy: {
			label: null,
			domain: lanes,
			axis: 'left',
			padding: 0,
			tickFormat: laneNames.format
		},
		color: { type: 'identity' },
		marks: [
			Plot.ruleX(data.published, {
				x: (p: { date: string }) => day(p.date),
				stroke: 'currentColor',
				strokeOpacity: 0.35,
				strokeDasharray: '1,3'
			}),
			Plot.dot(data.published, {
				x: (p: { date: string }) => day(p.date),
				frameAnchor: 'bottom',
				symbol: 'triangle',
				r: 4,
				dy: 9,
				fill: 'currentColor',
				fillOpacity: 0.6,
				title: (p: { date: string; title: string }) =>
					CHART_TEXT[data.locale].timeline.publishedTip(readableDate(p.date, data.locale), p.title),
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
			Plot.barX(
				events.filter((r) => r.date.length < 10),
				{
					x1: (r: TimelineRow) => day(r.start),
					x2: (r: TimelineRow) => new Date(day(r.end).getTime() + 86_400_000),
					y: (r: TimelineRow) => slotOf.get(r) ?? 0,
					fy: 'lane',
					fill: colour,
					fillOpacity: 0.22,
					...link
				}
			),
			Plot.dot(events, {
				x: middle,
				y: (r: TimelineRow) => slotOf.get(r) ?? 0,
				fy: 'lane',
				r: 5.5,
				stroke: colour,
				strokeWidth: 2,
				fill: (r: TimelineRow) =>
					r.modality === 'planned' || r.modality === 'hypothetical' ? 'none' : colour(r),
				...link
			})
		]
	};
}
