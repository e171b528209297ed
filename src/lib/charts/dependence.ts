// Trade and dependence: every quantitative figure (shares, trade volumes and balances, money
// lent or given between two parties) with subject, partner, year and who reports it, drawn
// as what it is (figureText.ts), and the qualitative dependence, supply and sanctions
// relations, drawn as directed arcs between countries (people count for their country).
import * as Plot from '@observablehq/plot';
import type { Dataset } from '../dataset/schema';
import { isTradeFigure } from '../figureTypes';
import type { Filters } from '../graph/filters';
import { RELATION_STYLE } from '../graph/style';
import type { IndicatorMeasure, Modality } from '../types';
import { RELATION_LABELS } from '../i18n/chartText';
import type { Locale } from '../i18n/locale';
import { MODALITY_LABELS } from '../i18n/relationLabels';
import {
	chartSelection,
	inSentence,
	chartWords,
	named,
	uniqueEvidence,
	type ChartSelection
} from './selection';
import { figureText } from './figureText';
import { interactive } from './interaction';
import type { ChartData, ChartOptions, ChartRow, PlotLayout } from './types';

export type DependenceKind = 'dependence' | 'supply' | 'sanctions' | 'figure';

export interface DependenceRow extends ChartRow {
	kind: DependenceKind;
	/** Node ids (countries, or actors without a country); absent for a figure with no pair. */
	from?: string;
	to?: string;
	modality: Modality;
	/** Figures: the value, unit, year, the text's own words and who reports it. */
	value?: number;
	unit?: string;
	year?: number;
	words?: string;
	/** The language of `words` (its article's). */
	wordsLang?: Locale;
	reportedBy?: string;
	/** Figures as a reader writes them: « ~70 % », "$150B", "1.8M barrels a day". */
	figure?: string;
	/** A trade flow or a balance; money's currency (ISO 4217). */
	measure?: IndicatorMeasure;
	currency?: string;
}

export interface DependenceData extends ChartData<DependenceRow> {
	nodes: { id: string; label: string }[];
}

const KINDS = ['dependence', 'supply', 'sanctions'] as const;
const FIGURE_COLOUR = '#CC79A7';
/** Figures and links shown (each) unless the view asks for more. */
export const DEPENDENCE_ROWS = 15;

/**
 * A figure's own words, quoted as their language quotes (“…” in English, « … » in French);
 * words of the other language than the page's say so (« machines-outils importées » (in
 * French) on an English page), never read as the page's own phrase.
 */
function quoted(words: string, locale: Locale, lang: Locale = locale): string {
	const marked = lang === 'fr' ? `« ${words} »` : `“${words}”`;
	return lang === locale ? marked : `${marked} (${IN_LANGUAGE[locale][lang]})`;
}
const IN_LANGUAGE: Record<Locale, Record<Locale, string>> = {
	en: { en: 'in English', fr: 'in French' },
	fr: { en: 'en anglais', fr: 'en français' }
};

export function dependenceChart(
	dataset: Dataset,
	filters: Filters,
	locale: Locale = 'en',
	options: ChartOptions = {}
): DependenceData {
	const sel = chartSelection(dataset, filters, locale);
	const t = sel.t.dependence;
	const labels = RELATION_LABELS[locale];
	const node = (id: string) => sel.countryOf(id) ?? id;
	const links = new Map<string, DependenceRow>();
	for (const r of sel.relations) {
		const kind = (KINDS as readonly string[]).includes(r.type) ? (r.type as DependenceKind) : null;
		if (!kind) continue;
		const [from, to] = [node(r.source), node(r.target)];
		if (from === to) continue;
		const key = `${kind}:${from}>${to}`;
		const link = links.get(key) ?? {
			key,
			kind,
			from,
			to,
			modality: r.modality,
			label: `${sel.name(from)} → ${sel.name(to)}${sel.t.colon}${labels[r.type]}`,
			evidence: [],
			actors: []
		};
		// Asserted anywhere is asserted; otherwise the text's hedge stays visible.
		if (r.modality === 'asserted') link.modality = 'asserted';
		link.evidence.push(...r.evidence);
		link.actors.push(r.source, r.target);
		links.set(key, link);
	}
	const limit = options.limit ?? DEPENDENCE_ROWS;
	// The links with the most sentences behind them; the rest on request.
	const allLinks = [...links.values()].map((l) => ({
		...l,
		evidence: uniqueEvidence(dataset, l.evidence),
		actors: [...new Set(l.actors)]
	}));
	const strongest = [...allLinks]
		.sort((a, b) => b.evidence.length - a.evidence.length || a.key.localeCompare(b.key))
		.slice(0, limit);
	const qualified = strongest.map((l) =>
		l.modality === 'asserted'
			? l
			: { ...l, label: `${l.label} (${MODALITY_LABELS[locale][l.modality]})` }
	);
	const languages = new Map(dataset.articles.map((a) => [a.id, a.lang]));
	const figures: DependenceRow[] = sel.indicators.filter(isTradeFigure).map((i) => {
		const wordsLang = languages.get(i.evidence[0]?.article ?? '');
		const [from, to] = [i.subject && node(i.subject), i.partner && node(i.partner)];
		const reporter = i.reportedBy ? sel.name(i.reportedBy) : undefined;
		const who = [from && sel.name(from), to && sel.name(to)].filter(Boolean).join(' ← ');
		const figure = figureText(i, locale);
		return {
			key: i.id,
			kind: 'figure' as const,
			...(from ? { from } : {}),
			...(to && to !== from ? { to } : {}),
			modality: i.reportedBy ? ('reported' as const) : ('asserted' as const),
			value: i.value,
			unit: i.unit,
			...(i.year ? { year: i.year } : {}),
			words: i.label,
			...(wordsLang ? { wordsLang } : {}),
			...(reporter ? { reportedBy: reporter } : {}),
			figure,
			...(i.measure ? { measure: i.measure } : {}),
			...(i.currency ? { currency: i.currency } : {}),
			label: `${who ? `${who}${sel.t.colon}` : ''}${figure} ${quoted(i.label, locale, wordsLang)}${i.year ? `, ${i.year}` : ''}${i.reportedBy ? `, ${t.according(named(sel, i.reportedBy).object)}` : ''}`,
			evidence: uniqueEvidence(dataset, i.evidence),
			actors: [i.subject, i.partner, i.reportedBy].filter((a): a is string => !!a)
		};
	});
	const shownFigures = figures.slice(0, limit);
	const rows = [...shownFigures, ...qualified.sort((a, b) => a.key.localeCompare(b.key))];
	const ordered = arcOrder(rows);
	const total = figures.length + allLinks.length;
	return {
		...chartWords(dataset, sel, 'dependence', rows),
		...(rows.length < total ? { more: { shown: rows.length, total, limit } } : {}),
		title: dependenceTitle(figures, qualified, sel),
		legend: [
			...KINDS.filter((k) => rows.some((r) => r.kind === k)).map((k) => ({
				label: labels[k],
				colour: RELATION_STYLE[k].colour,
				swatch: 'line' as const
			})),
			...(figures.length
				? [
						{
							label: t.figure,
							colour: FIGURE_COLOUR,
							swatch: 'fill' as const
						}
					]
				: []),
			...(rows.some((r) => r.modality !== 'asserted')
				? [
						{
							label: t.hedged,
							colour: '#7F7F7F',
							swatch: 'dash' as const
						}
					]
				: [])
		],
		notes: shownFigures.filter((f) => !f.from || !f.to).map((f) => t.noPartner(f.label)),
		rows,
		nodes: ordered.map((id) => ({ id, label: sel.name(id) }))
	};
}

/**
 * The order of the actors on the line: the one with the shortest arcs in all, tried
 * exhaustively for up to seven actors; beyond, the most connected in the middle.
 */
export function arcOrder(rows: DependenceRow[]): string[] {
	const links = rows.flatMap((r) => (r.from && r.to ? [[r.from, r.to] as const] : []));
	const ids = [...new Set(links.flat())].sort();
	const degree = (id: string) => links.filter((l) => l.includes(id)).length;
	const byDegree = [...ids].sort((a, b) => degree(b) - degree(a) || a.localeCompare(b));
	const centred: string[] = [];
	byDegree.forEach((id, i) => (i % 2 ? centred.unshift(id) : centred.push(id)));
	if (ids.length > 7) return centred;
	const span = (order: string[]) =>
		links.reduce((sum, [a, b]) => sum + Math.abs(order.indexOf(a) - order.indexOf(b)), 0);
	let best = centred;
	let bestSpan = span(centred);
	const permute = (prefix: string[], rest: string[]) => {
		if (!rest.length) {
			const s = span(prefix);
			if (s < bestSpan) [best, bestSpan] = [prefix, s];
			return;
		}
		rest.forEach((id, i) => permute([...prefix, id], [...rest.slice(0, i), ...rest.slice(i + 1)]));
	};
	permute([], ids);
	return best;
}

function dependenceTitle(
	figures: DependenceRow[],
	links: DependenceRow[],
	sel: ChartSelection
): string {
	const t = sel.t.dependence;
	const name = (id: string) => inSentence(sel.name(id), sel.locale);
	const share = figures
		.filter((f) => f.unit === '%' && f.from && f.to)
		.sort((a, b) => (b.value ?? 0) - (a.value ?? 0))[0];
	if (share?.from && share.to) {
		const reporter = share.actors.find((id) => sel.name(id) === share.reportedBy);
		return t.shareTitle(
			named(sel, share.to).subject,
			share.value ?? 0,
			named(sel, share.from).of,
			quoted(share.words ?? '', sel.locale, share.wordsLang),
			share.year ? String(share.year) : '',
			reporter ? named(sel, reporter).object : (share.reportedBy ?? '')
		);
	}
	const dependence = links.find((l) => l.kind === 'dependence' && l.from && l.to);
	if (dependence?.from && dependence.to)
		return t.dependsTitle(name(dependence.from), name(dependence.to));
	if (figures.length || links.length) return t.countTitle(figures.length + links.length);
	return t.none;
}

interface ArcPoint {
	row: DependenceRow;
	x: number;
	y: number;
}

/** Each link as a half-ellipse between its two nodes: above when it runs left to right. */
function arcs(rows: DependenceRow[], position: Map<string, number>): ArcPoint[][] {
	const perPair = new Map<string, number>();
	return rows.flatMap((row) => {
		const [a, b] = [position.get(row.from ?? ''), position.get(row.to ?? '')];
		if (a === undefined || b === undefined) return [];
		const pair = [row.from, row.to].sort().join('|');
		const k = perPair.get(pair) ?? 0;
		perPair.set(pair, k + 1);
		const height = Math.abs(b - a) * (0.4 + 0.3 * k) * (a < b ? 1 : -1);
		// Stop short of the target so the arrowhead shows beside its dot, not under it.
		const stop = 1 - 0.1 / Math.abs(b - a);
		return [
			Array.from({ length: 25 }, (_, i) => {
				const t = (i / 24) * stop;
				return { row, x: a + (b - a) * t, y: height * Math.sin(Math.PI * t) };
			})
		];
	});
}

export function dependencePlot(data: DependenceData, layout: PlotLayout): Plot.PlotOptions {
	const position = new Map(data.nodes.map((n, i) => [n.id, i]));
	const paths = arcs(data.rows, position);
	const points = paths.flat();
	// The highest point of each arc carries its label.
	const apexes = paths.map((p) =>
		p.reduce((best, q) => (Math.abs(q.y) > Math.abs(best.y) ? q : best))
	);
	const reach = Math.max(0.6, ...points.map((p) => Math.abs(p.y))) + 0.35;
	const colour = (row: DependenceRow) =>
		row.kind === 'figure' ? FIGURE_COLOUR : RELATION_STYLE[row.kind].colour;
	return {
		width: layout.width,
		height: 340,
		marginLeft: 40,
		marginRight: 40,
		marginTop: 16,
		marginBottom: 16,
		style: { fontSize: '12px' },
		x: { axis: null, domain: [-0.5, Math.max(1, data.nodes.length) - 0.5] },
		y: { axis: null, domain: [-reach, reach] },
		color: { type: 'identity' },
		marks: [
			Plot.ruleY([0], { stroke: 'currentColor', strokeOpacity: 0.15 }),
			...[true, false].map((asserted) =>
				Plot.line(
					points.filter((p) => (p.row.modality === 'asserted') === asserted),
					{
						x: 'x',
						y: 'y',
						z: (p: ArcPoint) => p.row.key,
						stroke: (p: ArcPoint) => colour(p.row),
						strokeWidth: (p: ArcPoint) => (p.row.kind === 'figure' ? 3.5 : 2),
						...(asserted ? {} : { strokeDasharray: '6,4' }),
						markerEnd: 'arrow',
						...interactive(
							layout,
							(p: ArcPoint) => p.row.key,
							(p) => p.row.label
						)
					}
				)
			),
			...[true, false].map((above) =>
				Plot.text(
					apexes.filter((p) => p.row.kind === 'figure' && p.y >= 0 === above),
					{
						x: 'x',
						y: 'y',
						text: (p: ArcPoint) => `${p.row.figure ?? ''}${p.row.year ? ` (${p.row.year})` : ''}`,
						fill: (p: ArcPoint) => colour(p.row),
						fontWeight: 'bold',
						dy: above ? -9 : 14,
						stroke: 'var(--plot-background)',
						strokeWidth: 3,
						paintOrder: 'stroke'
					}
				)
			),
			Plot.dot(data.nodes, {
				x: (_n: unknown, i: number) => i,
				y: 0,
				r: 6,
				fill: 'currentColor'
			}),
			Plot.text(data.nodes, {
				x: (_n: unknown, i: number) => i,
				y: 0,
				text: 'label',
				lineWidth: 7,
				lineAnchor: 'top',
				dy: 11,
				fill: 'currentColor',
				fontWeight: 'bold',
				stroke: 'var(--plot-background)',
				strokeWidth: 4,
				paintOrder: 'stroke'
			})
		]
	};
}
