// Meetings per pair of leaders and per pair of countries found in the corpus, and, apart from
// those counted events, the totals the texts report (« la 43e rencontre entre Xi et Poutine »).
import * as Plot from '@observablehq/plot';
import type { Dataset } from '../dataset/schema';
import { isMeetingFigure } from '../figureTypes';
import type { Filters } from '../graph/filters';
import { RELATION_STYLE } from '../graph/style';
import type { Evidence, Indicator, Relation } from '../types';
import { CHART_TEXT, readableDate, type ChartText } from '../i18n/chartText';
import type { Locale } from '../i18n/locale';
import {
	chartSelection,
	pairLabel,
	chartWords,
	uniqueEvidence,
	type ChartSelection
} from './selection';
import { narrowsAnything } from '../counts';
import { interactive } from './interaction';
import type { ChartData, ChartOptions, ChartRow, PlotLayout } from './types';
import { wrapTicks } from './wrap';

export type MeetingLevel = 'leaders' | 'countries';

export interface ReportedTotal {
	value: number;
	/** When the text says so: its article's date. */
	asOf: string;
	approximate: boolean;
}

export interface MeetingRow extends ChartRow {
	level: MeetingLevel;
	pair: [string, string];
	/** Meetings the texts say took place. */
	held: number;
	/** Meetings announced or planned at the time of writing. */
	announced: number;
	dates: string[];
	reported?: ReportedTotal;
	/** Comparisons the texts make (« plus de deux fois que n’importe quel autre dirigeant »). */
	remarks: string[];
	/** Set when filters narrow the corpus: `held` and `announced` count the selection's
	 * meetings, not the corpus's (src/lib/counts.ts). */
	within?: 'selection';
}

const HELD = RELATION_STYLE.meeting.colour;
const ANNOUNCED = '#8fc1e3';

interface Tally {
	pair: [string, string];
	/** One event per date (undated ones stay apart); true when it took place. */
	events: Map<string, boolean>;
	/** Its meetings, whose evidence a shown row quotes. */
	relations: Relation[];
}

function tallyPairs(
	meetings: Relation[],
	actorsOf: (r: Relation) => [string, string] | undefined
): Map<string, Tally> {
	const tallies = new Map<string, Tally>();
	for (const r of meetings) {
		const actors = actorsOf(r);
		if (!actors || actors[0] === actors[1]) continue;
		const pair = [...actors].sort() as [string, string];
		const key = pairKey(pair[0], pair[1]);
		const tally: Tally = tallies.get(key) ?? { pair, events: new Map(), relations: [] };
		const event = r.date ?? `undated:${r.id}`;
		const held = r.modality === 'asserted' || r.modality === 'reported';
		tally.events.set(event, (tally.events.get(event) ?? false) || held);
		tally.relations.push(r);
		tallies.set(key, tally);
	}
	return tallies;
}

/** Totals and comparisons the texts give for a pair (« la 43e rencontre entre Xi et Poutine »). */
function reportedFor(
	/** Totals by pair (`pairKey`). */
	indicators: ReadonlyMap<string, Indicator[]>,
	pair: [string, string],
	articleDate: (id: string) => string,
	t: ChartText['meetings']
): { total?: ReportedTotal; remarks: string[]; evidence: Evidence[] } {
	const about = indicators.get(pair.join('|')) ?? [];
	let total: ReportedTotal | undefined;
	for (const i of about.filter((i) => i.kind !== 'ratio')) {
		if (total && total.value >= i.value) continue;
		total = {
			value: i.value,
			asOf: articleDate(i.evidence[0]?.article ?? ''),
			approximate: !!i.approximate
		};
	}
	const remarks = about
		.filter((i) => i.kind === 'ratio')
		.map((i) => t.ratio(!!i.approximate, i.value, i.label));
	return { ...(total ? { total } : {}), remarks, evidence: about.flatMap((i) => i.evidence) };
}

const pairKey = (a: string, b: string) => [a, b].sort().join('|');

/** Pairs shown per level unless the view asks for more. */
export const MEETING_PAIRS = 15;

export function meetingsChart(
	dataset: Dataset,
	filters: Filters,
	locale: Locale = 'en',
	options: ChartOptions = {}
): ChartData<MeetingRow> {
	const sel = chartSelection(dataset, filters, locale);
	const t = sel.t.meetings;
	const narrowed = narrowsAnything(filters);
	const meetings = sel.relations.filter(
		(r) => r.type === 'meeting' && r.modality !== 'hypothetical'
	);
	const isType = (id: string, type: string) => sel.entity(id)?.type === type;
	// Relations of people count for their countries; a total the texts give stays at its level.
	const levels: {
		level: MeetingLevel;
		actorsOf: (r: Relation) => [string, string] | undefined;
		type: 'person' | 'country';
	}[] = [
		{
			level: 'leaders',
			type: 'person',
			actorsOf: (r) =>
				isType(r.source, 'person') && isType(r.target, 'person') ? [r.source, r.target] : undefined
		},
		{
			level: 'countries',
			type: 'country',
			actorsOf: (r) => {
				const [a, b] = [sel.countryOf(r.source), sel.countryOf(r.target)];
				return a && b ? [a, b] : undefined;
			}
		}
	];
	const rows: MeetingRow[] = [];
	// A row's dates and sentences are gathered once it is shown: a large corpus has thousands
	// of pairs, most of them ranked and dropped.
	const details = new Map<MeetingRow, { tally: Tally; reported: Evidence[] }>();
	for (const { level, actorsOf, type } of levels) {
		const tallies = tallyPairs(meetings, actorsOf);
		const totals = sel.indicators.filter(
			(i) =>
				isMeetingFigure(i) && isType(i.subject as string, type) && isType(i.partner as string, type)
		);
		// A pair the texts give a total for is shown even when none of its meetings is selected.
		for (const i of totals) {
			const key = pairKey(i.subject as string, i.partner as string);
			if (!tallies.has(key) && i.kind !== 'ratio')
				tallies.set(key, {
					pair: key.split('|') as [string, string],
					events: new Map(),
					relations: []
				});
		}
		const totalsByPair = new Map<string, Indicator[]>();
		for (const i of totals) {
			const key = pairKey(i.subject as string, i.partner as string);
			totalsByPair.set(key, [...(totalsByPair.get(key) ?? []), i]);
		}
		for (const [key, tally] of tallies) {
			const reported = reportedFor(totalsByPair, tally.pair, sel.articleDate, t);
			const statuses = [...tally.events.values()];
			const row: MeetingRow = {
				key: `${level}:${key}`,
				level,
				pair: tally.pair,
				label: pairLabel([sel.name(tally.pair[0]), sel.name(tally.pair[1])]),
				held: statuses.filter(Boolean).length,
				announced: statuses.filter((s) => !s).length,
				dates: [],
				...(reported.total ? { reported: reported.total } : {}),
				remarks: reported.remarks,
				...(narrowed ? { within: 'selection' as const } : {}),
				evidence: [],
				actors: tally.pair
			};
			rows.push(row);
			details.set(row, { tally, reported: reported.evidence });
		}
	}
	const total = (r: MeetingRow) => r.held + r.announced;
	rows.sort(
		(a, b) =>
			(a.level === b.level ? 0 : a.level === 'leaders' ? -1 : 1) ||
			(b.reported?.value ?? 0) - (a.reported?.value ?? 0) ||
			total(b) - total(a) ||
			a.label.localeCompare(b.label)
	);
	const counted = rows.filter((r) => total(r) >= filters.min || r.reported);
	// The strongest pairs of each level; the rest on request ("show more").
	const limit = options.limit ?? MEETING_PAIRS;
	const shown = (['leaders', 'countries'] as const).flatMap((level) =>
		counted.filter((r) => r.level === level).slice(0, limit)
	);
	for (const row of shown) {
		const { tally, reported } = details.get(row) as { tally: Tally; reported: Evidence[] };
		row.dates = [...tally.events.keys()].filter((d) => !d.startsWith('undated:')).sort();
		row.evidence = uniqueEvidence(dataset, [
			...tally.relations.flatMap((r) => r.evidence),
			...reported
		]);
	}
	return {
		...chartWords(dataset, sel, 'meetings', shown),
		...(shown.length < counted.length
			? { more: { shown: shown.length, total: counted.length, limit } }
			: {}),
		title: meetingsTitle(shown, sel),
		legend: [
			{
				label: narrowed ? t.legendInSelection : (t.legend[0] as string),
				colour: HELD,
				swatch: 'fill'
			},
			{ label: t.legend[1] as string, colour: ANNOUNCED, swatch: 'fill' },
			{ label: t.legend[2] as string, colour: HELD, swatch: 'dash' }
		],
		notes: shown.flatMap((r) => r.remarks.map((remark) => `${r.label}${sel.t.colon}${remark}`)),
		rows: shown
	};
}

function meetingsTitle(rows: MeetingRow[], sel: ChartSelection): string {
	const t = sel.t.meetings;
	const top = rows[0];
	if (!top) return t.none;
	const who = `${sel.name(top.pair[0])} ${sel.t.and} ${sel.name(top.pair[1])}`;
	const where = top.within ? t.inSelection : undefined;
	if (top.reported) {
		const by = top.reported.asOf ? readableDate(top.reported.asOf.slice(0, 7), sel.locale) : '';
		return t.reportedTitle(
			who,
			top.reported.approximate,
			top.reported.value,
			by,
			top.held,
			top.announced,
			where
		);
	}
	return t.countedTitle(who, top.held, top.announced, where);
}

export function meetingsPlot(data: ChartData<MeetingRow>, layout: PlotLayout): Plot.PlotOptions {
	const rows = data.rows;
	const t = CHART_TEXT[data.locale].meetings;
	const [held, announced] = t.statuses as [string, string];
	const date = (d: string) => readableDate(d, data.locale);
	const segments = rows.flatMap((r) => [
		{ row: r, status: held, n: r.held },
		{ row: r, status: announced, n: r.announced }
	]);
	const longest = Math.max(0, ...rows.map((r) => r.label.length));
	const tip = (r: MeetingRow) =>
		[
			`${r.label} (${t.level[r.level]})`,
			t.tipCounts(r.held, r.announced, r.within ? t.inSelection : undefined),
			r.dates.length ? t.tipDates(r.dates.map(date).join(', ')) : '',
			r.reported ? t.tipReported(r.reported.value, date(r.reported.asOf.slice(0, 7))) : ''
		]
			.filter(Boolean)
			.join('\n');
	const endLabel = (r: MeetingRow) =>
		r.reported
			? t.mark(r.reported.value, date(r.reported.asOf.slice(0, 7)), r.held, r.announced)
			: `${r.held + r.announced}`;
	// Names and end labels take at most 40 % and 36 % of the width, wrapping beyond, so the
	// bars keep room on a phone as on a page (12 px text, about 6.6 px a character).
	const marginLeft = Math.min(240, 12 + longest * 6.6, Math.round(layout.width * 0.4));
	const longestEnd = Math.max(0, ...rows.map((r) => endLabel(r).length));
	const marginRight = Math.min(
		12 + longestEnd * 6.6,
		Math.max(40, Math.round(layout.width * 0.36))
	);
	const names = wrapTicks(
		rows.map((r) => r.label),
		marginLeft - 6
	);
	return {
		width: layout.width,
		// A wrapped name needs a taller row.
		height: 40 + rows.length * (names.lines > 1 ? 40 : 30),
		marginLeft,
		marginRight,
		style: { fontSize: '12px' },
		x: { label: t.axis, grid: true, nice: true },
		y: { label: null, domain: rows.map((r) => r.label), axis: null },
		color: { domain: [held, announced], range: [HELD, ANNOUNCED] },
		marks: [
			// Names wrap, and each keeps its whole text as a tooltip.
			Plot.axisY({
				anchor: 'left',
				label: null,
				tickFormat: names.format,
				title: (label: string) => label
			}),
			Plot.barX(
				rows.filter((r) => r.reported),
				{
					x1: 0,
					x2: (r: MeetingRow) => r.reported?.value,
					y: 'label',
					fill: 'none',
					stroke: HELD,
					strokeDasharray: '4,3',
					insetTop: 2,
					insetBottom: 2,
					...interactive(layout, (r: MeetingRow) => r.key, tip)
				}
			),
			Plot.barX(
				segments.filter((s) => s.n > 0),
				{
					x: 'n',
					y: (s: { row: MeetingRow }) => s.row.label,
					fill: 'status',
					insetTop: 6,
					insetBottom: 6,
					...interactive(
						layout,
						(s: { row: MeetingRow }) => s.row.key,
						(s) => tip(s.row)
					)
				}
			),
			Plot.text(rows, {
				x: (r: MeetingRow) => Math.max(r.held + r.announced, r.reported?.value ?? 0),
				y: 'label',
				text: endLabel,
				textAnchor: 'start',
				dx: 5,
				lineWidth: (marginRight - 8) / 12
			}),
			Plot.ruleX([0])
		]
	};
}
