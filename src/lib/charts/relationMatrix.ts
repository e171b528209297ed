// A country × country matrix of relation counts, split cooperative / conflictual the way
// GDELT-style event data are summarised; the shared `types` filter selects relation types.
import * as Plot from '@observablehq/plot';
import type { Dataset } from '../dataset/schema';
import type { Filters } from '../graph/filters';
import { RELATION_STYLE, type Tone } from '../graph/style';
import type { RelationType } from '../types';
import { CHART_TEXT, RELATION_LABELS } from '../i18n/chartText';
import type { Locale } from '../i18n/locale';
import { pairSplit, type PairSplit } from '../counts';
import { chartSelection, chartWords, named, uniqueEvidence } from './selection';
import { interactive } from './interaction';
import type { ChartData, ChartOptions, ChartRow, PlotLayout } from './types';

export type MatrixTone = Exclude<Tone, 'neutral'>;

export interface MatrixRow extends ChartRow {
	source: string;
	target: string;
	sourceLabel: string;
	targetLabel: string;
	tone: MatrixTone;
	count: number;
	/** Of the count, the undirected relations (a meeting): they fill both cells of the pair. */
	mutual: number;
	byType: Partial<Record<RelationType, number>>;
}

export interface MatrixData extends ChartData<MatrixRow> {
	/** Row and column order: the most active actors first. */
	actors: { id: string; label: string }[];
	/** The pair the title names (in the order it names them) and how its relations split. */
	pair?: { a: string; b: string; split: PairSplit };
	/** Where each counted relation of the selection went: every one is in exactly one. */
	tally: MatrixTally;
}

export interface MatrixTally {
	cooperative: number;
	conflictual: number;
	/** Statements and dependence: neither cooperative nor conflictual. */
	neutral: number;
	/** Within one country (a leader and their minister), or with a project. */
	unplaced: number;
}

export const TONE_COLOUR: Record<MatrixTone, string> = {
	cooperative: '#0072B2',
	conflictual: '#D55E00'
};
const MAX_ACTORS = 14;
/** The widest a column of cells is drawn (px). */
const CELL_WIDTH = 48;
/** A matrix stays legible up to about this many actors, whatever the view asks. */
const MAX_ACTORS_ASKED = 40;

export function relationMatrixChart(
	dataset: Dataset,
	filters: Filters,
	locale: Locale = 'en',
	options: ChartOptions = {}
): MatrixData {
	const sel = chartSelection(dataset, filters, locale);
	const t = sel.t.relations;
	const node = (id: string) => sel.countryOf(id) ?? id;
	const cells = new Map<string, MatrixRow>();
	const pairTotals = new Map<string, number>();
	const activity = new Map<string, number>();
	let neutral = 0;
	let unplaced = 0;
	const totals: Record<MatrixTone, number> = { cooperative: 0, conflictual: 0 };
	// First pass: who is most active, and the counts the title gives; cells are made only
	// between the actors kept (a large corpus has tens of thousands of pairs).
	const counted: {
		r: (typeof sel.relations)[number];
		tone: MatrixTone;
		from: string;
		to: string;
	}[] = [];
	for (const r of sel.relations) {
		const tone = RELATION_STYLE[r.type].tone;
		if (tone === 'neutral') {
			neutral++;
			continue;
		}
		const [from, to] = [node(r.source), node(r.target)];
		// Projects (a pipeline, an initiative) are what relations are about, not who acts.
		if (from === to || [from, to].some((id) => sel.entity(id)?.type === 'project')) {
			unplaced++;
			continue;
		}
		totals[tone]++;
		const pair = from < to ? `${from}|${to}` : `${to}|${from}`;
		pairTotals.set(pair, (pairTotals.get(pair) ?? 0) + 1);
		activity.set(from, (activity.get(from) ?? 0) + 1);
		activity.set(to, (activity.get(to) ?? 0) + 1);
		counted.push({ r, tone, from, to });
	}
	const ranked = [...activity].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
	// The most active actors; the rest on request (a matrix of N actors has up to 2N² cells).
	const limit = Math.min(options.limit ?? MAX_ACTORS, MAX_ACTORS_ASKED);
	const kept = new Set(ranked.slice(0, limit).map(([id]) => id));
	for (const { r, tone, from, to } of counted) {
		if (!kept.has(from) || !kept.has(to)) continue;
		// An undirected relation (a meeting) reads the same from either side: both cells.
		const directions: [string, string][] = r.directed
			? [[from, to]]
			: [
					[from, to],
					[to, from]
				];
		for (const [a, b] of directions) {
			const key = `${tone}:${a}>${b}`;
			const cell = cells.get(key) ?? {
				key,
				source: a,
				target: b,
				sourceLabel: sel.name(a),
				targetLabel: sel.name(b),
				tone,
				count: 0,
				mutual: 0,
				byType: {},
				label: `${sel.name(a)} → ${sel.name(b)}, ${sel.t.tones[tone]}`,
				evidence: [],
				actors: []
			};
			cell.count++;
			if (!r.directed) cell.mutual++;
			cell.byType[r.type] = (cell.byType[r.type] ?? 0) + 1;
			cell.evidence.push(...r.evidence);
			cell.actors.push(r.source, r.target);
			cells.set(key, cell);
		}
	}
	const rows = [...cells.values()]
		.filter((c) => c.count >= filters.min)
		.map((c) => ({
			...c,
			evidence: uniqueEvidence(dataset, c.evidence),
			actors: [...new Set(c.actors)]
		}))
		.sort((a, b) => a.key.localeCompare(b.key));
	const notes: string[] = [];
	if (ranked.length > limit) notes.push(t.shown(limit, ranked.length));
	if (neutral) notes.push(t.neutral(neutral));
	if (unplaced) notes.push(t.unplaced(unplaced));
	const [topPair] =
		[...pairTotals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? [];
	// The title's pair, split as its cells count it: a cell a → b holds a's and the mutual ones.
	const [a, b] = (topPair?.split('|') ?? []).sort((x, y) =>
		sel.name(x).localeCompare(sel.name(y))
	) as [string, string];
	const split = topPair
		? pairSplit(
				counted.map(({ r, from, to }) => ({ source: from, target: to, directed: r.directed })),
				a,
				b,
				(id) => id
			)
		: undefined;
	return {
		...chartWords(dataset, sel, 'relations', rows),
		...(ranked.length > limit ? { more: { shown: limit, total: ranked.length, limit } } : {}),
		title: split
			? t.title(totals.cooperative, totals.conflictual, split, named(sel, a), named(sel, b))
			: t.none,
		legend: (['cooperative', 'conflictual'] as const).map((tone) => ({
			label: sel.t.tones[tone],
			colour: TONE_COLOUR[tone],
			swatch: 'fill'
		})),
		notes,
		rows,
		...(split ? { pair: { a, b, split } } : {}),
		tally: { ...totals, neutral, unplaced },
		actors: ranked.filter(([id]) => kept.has(id)).map(([id]) => ({ id, label: sel.name(id) }))
	};
}

/** Below this width (a phone) the facets stand one above the other and columns are named short. */
export const NARROW_MATRIX = 520;

/** A column's short name on a phone: a country's ISO code, a group's initials ("EU"), or the
 * first letters of a one-word name; the tip and the table keep the whole name. */
export function shortLabel(actor: { id: string; label: string }): string {
	if (/^[A-Z]{3}$/.test(actor.id)) return actor.id;
	const words = actor.label.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
	if (words.length >= 2) return words.map((w) => w[0]).join('');
	return (words[0] ?? actor.label).slice(0, 4);
}

export function relationMatrixPlot(data: MatrixData, layout: PlotLayout): Plot.PlotOptions {
	return layout.width < NARROW_MATRIX ? narrowMatrix(data, layout) : wideMatrix(data, layout);
}

function matrixParts(data: MatrixData) {
	// Rows: the actors that act; columns: those acted upon, each in order of activity.
	const order = data.actors.map((a) => a.label);
	const rows = order.filter((l) => data.rows.some((r) => r.sourceLabel === l));
	const columns = order.filter((l) => data.rows.some((r) => r.targetLabel === l));
	const max = Math.max(1, ...data.rows.map((r) => r.count));
	const longestRow = Math.max(0, ...rows.map((l) => l.length));
	const text = CHART_TEXT[data.locale];
	const tip = (r: MatrixRow) =>
		`${r.sourceLabel} → ${r.targetLabel}${text.colon}${text.relations.cell(r.count, r.mutual, text.tones[r.tone])}\n${Object.entries(
			r.byType
		)
			.map(([type, n]) => `${RELATION_LABELS[data.locale][type as RelationType]} ${n}`)
			.join(', ')}`;
	const marginLeft = Math.min(200, 12 + longestRow * 6.6);
	return { rows, columns, max, text, tip, marginLeft };
}

function matrixMarks(
	data: MatrixData,
	layout: PlotLayout,
	parts: ReturnType<typeof matrixParts>,
	facet: 'fx' | 'fy',
	fontSize?: number
): Plot.Markish[] {
	const { max, tip } = parts;
	return [
		Plot.frame({ strokeOpacity: 0.2 }),
		Plot.cell(data.rows, {
			x: 'targetLabel',
			y: 'sourceLabel',
			[facet]: 'tone',
			fill: (r: MatrixRow) => TONE_COLOUR[r.tone],
			fillOpacity: 'count',
			inset: 1,
			...interactive(layout, (r: MatrixRow) => r.key, tip)
		}),
		Plot.text(data.rows, {
			x: 'targetLabel',
			y: 'sourceLabel',
			[facet]: 'tone',
			text: 'count',
			...(fontSize ? { fontSize } : {}),
			fill: (r: MatrixRow) => (r.count / max > 0.55 ? 'white' : 'currentColor')
		})
	];
}

/** On a phone (#15 §4): the cooperative facet above the conflictual one, each as wide as the
 * screen allows; columns named by code, upright labels that never touch, numbers that fit. */
function narrowMatrix(data: MatrixData, layout: PlotLayout): Plot.PlotOptions {
	const parts = matrixParts(data);
	const { rows, columns, max, text } = parts;
	const short = new Map(data.actors.map((a) => [a.label, shortLabel(a)]));
	const marginLeft = Math.min(120, parts.marginLeft);
	const marginRight = 8;
	const cellWidth = Math.min(
		CELL_WIDTH,
		(layout.width - marginLeft - marginRight) / Math.max(1, columns.length)
	);
	// A number's digits are about 0.62 em wide: the text shrinks (not under 8 px) to fit its cell.
	const digits = String(max).length;
	const fontSize = Math.max(8, Math.min(12, Math.floor((cellWidth - 4) / (digits * 0.62))));
	const longestShort = Math.max(0, ...columns.map((l) => (short.get(l) ?? l).length));
	const axisHeight = 14 + longestShort * 7.5;
	const facetHeight = rows.length * 30;
	// Columns are named above the first facet and below the second; between them, the heading.
	const gap = 30;
	const heading = (tone: MatrixTone, dy: number) =>
		Plot.text([tone], {
			fy: (d: MatrixTone) => d,
			text: (d: MatrixTone) => text.tones[d],
			frameAnchor: 'top-left',
			dy,
			fontWeight: 'bold'
		});
	return {
		width: Math.min(layout.width, marginLeft + marginRight + columns.length * CELL_WIDTH),
		height: 20 + axisHeight + 2 * facetHeight + gap + axisHeight,
		marginLeft,
		marginRight,
		marginTop: 20 + axisHeight,
		marginBottom: axisHeight,
		style: { fontSize: '12px' },
		x: {
			domain: columns,
			label: null,
			axis: 'both',
			tickRotate: -90,
			tickFormat: (l: string) => short.get(l) ?? l
		},
		y: { domain: rows, label: null },
		fy: {
			domain: ['cooperative', 'conflictual'],
			axis: null,
			paddingInner: gap / (facetHeight + gap),
			paddingOuter: 0
		},
		color: { type: 'identity' },
		opacity: { domain: [0, max], range: [0.18, 1] },
		marks: [
			...matrixMarks(data, layout, parts, 'fy', fontSize),
			heading('cooperative', -axisHeight - 18),
			heading('conflictual', -24)
		]
	};
}

function wideMatrix(data: MatrixData, layout: PlotLayout): Plot.PlotOptions {
	const parts = matrixParts(data);
	const { rows, columns, text, marginLeft, max } = parts;
	const longestColumn = Math.max(0, ...columns.map((l) => l.length));
	// A cell is about as wide as it is tall: one country's matrix is a few cells, not a band
	// across the page (two facets, cooperative and conflictual).
	// A facet keeps room for its heading ("cooperative", "conflictual").
	const natural = marginLeft + 40 + 2 * Math.max(100, columns.length * CELL_WIDTH);
	return {
		width: Math.min(layout.width, natural),
		height: 60 + Math.min(160, 20 + longestColumn * 5.5) + rows.length * 30,
		marginLeft,
		marginBottom: Math.min(160, 20 + longestColumn * 5.5),
		marginTop: 28,
		style: { fontSize: '12px' },
		x: { domain: columns, label: null, tickRotate: -40 },
		y: { domain: rows, label: null },
		fx: {
			domain: ['cooperative', 'conflictual'],
			label: null,
			tickFormat: (tone: MatrixTone) => text.tones[tone]
		},
		color: { type: 'identity' },
		opacity: { domain: [0, max], range: [0.18, 1] },
		marks: matrixMarks(data, layout, parts, 'fx')
	};
}
