// The filtered network as GEXF 1.3 for Gephi, drawn as the page draws it: node colours by actor
// type and edge colours by relation type (style.ts), sizes and positions from the page's
// deterministic layout (layout.ts), and each link present on the days its relations cover, as
// spells (start/end dates), so Gephi's timeline plays the network over time. Nodes live while
// any of their links does. Every name and value is escaped (formats/xml.ts).
import { selectionOf } from '../counts';
import { datasetIndex } from '../dataset/datasetIndex';
import { edgeIdOf } from '../dataset/buildEdges';
import { memo } from '../dataset/memo';
import type { Dataset } from '../dataset/schema';
import { daySpan, mergeSpans, type DaySpan } from '../formats/days';
import { xmlAttr, xmlText } from '../formats/xml';
import type { Locale } from '../i18n/locale';
import { RELATION_LABELS } from '../i18n/relationLabels';
import type { EntityType, Relation } from '../types';
import type { Graph } from './buildGraph';
import { confidenceOf, EDGE_CONFIDENCE, edgeConfidence } from './edgeConfidence';
import type { Filters } from './filters';
import { layoutGraph, type Layout } from './layout';
import { linkWidth } from './linkGeometry';
import { ENTITY_COLOUR, RELATION_STYLE } from './style';

export const GEXF_NAMESPACE = 'http://gexf.net/1.3';
export const GEXF_VIZ_NAMESPACE = 'http://gexf.net/1.3/viz';

/** GEXF's node shapes are disc, square, triangle and diamond: an organisation's hexagon has
 * none, and is a disc (its colour tells it from a country). */
const SHAPE: Record<EntityType, string> = {
	country: 'disc',
	person: 'square',
	organization: 'disc',
	project: 'diamond',
	group: 'triangle'
};

export interface GexfOptions {
	/** Positions and sizes: the page's layout of this graph (`layoutGraph(graph)` when not given;
	 * a node it lacks is placed at the centre with its type's smallest size). */
	layout?: Pick<Layout, 'width' | 'height'> & {
		nodes: readonly Pick<Layout['nodes'][number], 'id' | 'x' | 'y' | 'r'>[];
	};
	/**
	 * The days each edge (by id) is present: its relations' dates as spans (see
	 * {@link relationSpans}). Without it, an edge spans its first to its last date; an edge with
	 * no span is present throughout.
	 */
	spans?: ReadonlyMap<string, readonly DaySpan[]>;
	/** Each edge's confidence by id ({@link edgeConfidence}); without it, edges carry none. */
	confidence?: ReadonlyMap<string, number>;
	/** Language of the labels: actor names and relation-type names (English by default). */
	locale?: Locale;
}

const NODE_ATTRIBUTES = ['type', 'country', 'role', 'weight', 'mentions'] as const;
const EDGE_ATTRIBUTES = [
	'type',
	'quad',
	'count',
	'firstDate',
	'lastDate',
	'evidence',
	'confidence'
] as const;
const INTEGER = new Set(['weight', 'mentions', 'count']);
const DOUBLE = new Set(['confidence']);

const rgb = (hex: string) => {
	const n = Number.parseInt(hex.slice(1), 16);
	return `r="${(n >> 16) & 255}" g="${(n >> 8) & 255}" b="${n & 255}"`;
};

const round = (v: number) => Math.round(v * 10) / 10;

/**
 * The days each counted relation covers, by the id of the edge it belongs to: its date as the
 * days it names (a month is the whole month), or, undated, its article's publication day (as
 * the period filter places it). Spans of one edge are merged where they overlap or touch.
 */
export function relationSpans(
	dataset: Dataset,
	relations: readonly Relation[]
): Map<string, DaySpan[]> {
	const articleDates = datasetIndex(dataset).articleDates;
	const byEdge = new Map<string, DaySpan[]>();
	for (const r of relations) {
		const span = daySpan(r.date ?? articleDates.get(r.evidence[0]?.article ?? '') ?? '');
		if (!span) continue;
		const id = edgeIdOf(r);
		byEdge.set(id, [...(byEdge.get(id) ?? []), span]);
	}
	return new Map([...byEdge].map(([id, spans]) => [id, mergeSpans(spans)]));
}

/** The spans an edge lives in when no relation spans are given: first to last date. */
function datedSpan(e: Graph['edges'][number]): DaySpan[] {
	const first = e.firstDate ? daySpan(e.firstDate) : undefined;
	const last = e.lastDate ? daySpan(e.lastDate) : undefined;
	return first && last ? [[first[0], last[1]]] : [];
}

const spellsXml = (spans: readonly DaySpan[], indent: string) =>
	spans.length
		? `${indent}<spells>${spans.map(([start, end]) => `<spell start="${start}" end="${end}"/>`).join('')}</spells>\n`
		: '';

/**
 * `graph` as a GEXF 1.3 document (UTF-8 text): `mode="dynamic"` with `timeformat="date"`, node
 * attributes type, country, role, weight, mentions and edge attributes type, quad, count,
 * firstDate, lastDate, evidence, confidence (when `options.confidence` gives it); each node with `viz:color` (its type's), `viz:position` (the
 * layout's, centred on 0,0 with y up as Gephi draws it), `viz:size` (its radius) and
 * `viz:shape`; each edge with `viz:color` (its relation type's), `viz:thickness` (its drawn
 * width) and its spells. Edge `label` is the relation type's name in `options.locale`. Nodes and
 * edges come in the graph's order; the same graph and options give the same bytes.
 */
export function toGexf(graph: Graph, options: GexfOptions = {}): string {
	const locale = options.locale ?? 'en';
	const layout = options.layout ?? layoutGraph(graph);
	const placed = new Map(layout.nodes.map((n) => [n.id, n]));
	const edgeSpans = new Map(
		graph.edges.map((e) => [e.id, [...(options.spans?.get(e.id) ?? datedSpan(e))]])
	);
	// A node lives while any of its links does; one link present throughout keeps it throughout.
	const nodeSpans = new Map<string, DaySpan[] | undefined>();
	for (const e of graph.edges)
		for (const id of [e.source, e.target]) {
			const spans = edgeSpans.get(e.id) ?? [];
			const known = nodeSpans.get(id);
			if (nodeSpans.has(id) && known === undefined) continue;
			nodeSpans.set(id, spans.length ? [...(known ?? []), ...spans] : undefined);
		}
	const allSpans = [...edgeSpans.values()].flat();
	const start = allSpans.reduce<string | undefined>(
		(m, s) => (!m || s[0] < m ? s[0] : m),
		undefined
	);
	const end = allSpans.reduce<string | undefined>((m, s) => (!m || s[1] > m ? s[1] : m), undefined);

	const declare = (kind: string, names: readonly string[]) =>
		`    <attributes class="${kind}">\n${names
			.map(
				(name, i) =>
					`      <attribute id="${i}" title="${name}" type="${INTEGER.has(name) ? 'integer' : DOUBLE.has(name) ? 'double' : 'string'}"/>\n`
			)
			.join('')}    </attributes>\n`;
	const values = (record: Record<string, string>, names: readonly string[]) => {
		const given = names
			.map((name, i) =>
				record[name] ? `<attvalue for="${i}" value="${xmlAttr(record[name])}"/>` : ''
			)
			.join('');
		return given ? `        <attvalues>${given}</attvalues>\n` : '';
	};

	const nodes = graph.nodes.map((n) => {
		const at = placed.get(n.id);
		const x = round((at?.x ?? layout.width / 2) - layout.width / 2);
		const y = round(layout.height / 2 - (at?.y ?? layout.height / 2));
		const size = at?.r ?? (n.type === 'country' ? 9 : 6);
		const record = {
			type: n.type,
			country: n.country ?? '',
			role: n.role ?? '',
			weight: String(n.weight),
			mentions: String(n.mentions)
		};
		const spans = nodeSpans.get(n.id);
		return (
			`      <node id="${xmlAttr(n.id)}" label="${xmlAttr(n.names[locale] ?? n.name)}">\n` +
			values(record, NODE_ATTRIBUTES) +
			spellsXml(spans ? mergeSpans(spans) : [], '        ') +
			`        <viz:color ${rgb(ENTITY_COLOUR[n.type])}/>\n` +
			`        <viz:position x="${x}" y="${y}" z="0"/>\n` +
			`        <viz:size value="${size}"/>\n` +
			`        <viz:shape value="${SHAPE[n.type]}"/>\n` +
			'      </node>\n'
		);
	});
	const edges = graph.edges.map((e) => {
		const style = RELATION_STYLE[e.type];
		const record = {
			type: e.type,
			quad: style.quad ?? '',
			count: String(e.count),
			firstDate: e.firstDate ?? '',
			lastDate: e.lastDate ?? '',
			evidence: e.evidence.map((x) => `${x.article}:${x.start}-${x.end}`).join(' | '),
			confidence: confidenceOf(options.confidence, e.id)
		};
		return (
			`      <edge id="${xmlAttr(e.id)}" source="${xmlAttr(e.source)}" target="${xmlAttr(e.target)}" type="${e.directed ? 'directed' : 'undirected'}" weight="${e.count}" label="${xmlAttr(RELATION_LABELS[locale][e.type])}">\n` +
			values(record, EDGE_ATTRIBUTES) +
			spellsXml(edgeSpans.get(e.id) ?? [], '        ') +
			`        <viz:color ${rgb(style.colour)}/>\n` +
			`        <viz:thickness value="${round(linkWidth(e.count))}"/>\n` +
			'      </edge>\n'
		);
	});
	return (
		'<?xml version="1.0" encoding="UTF-8"?>\n' +
		`<gexf xmlns="${GEXF_NAMESPACE}" xmlns:viz="${GEXF_VIZ_NAMESPACE}" version="1.3">\n` +
		`  <meta><creator>Entente</creator><description>${xmlText(
			(locale === 'fr'
				? 'Relations diplomatiques tirées d’articles de presse'
				: 'Diplomatic relations derived from news articles') +
				(options.confidence ? `. Edge ${EDGE_CONFIDENCE}.` : '')
		)}</description></meta>\n` +
		`  <graph defaultedgetype="directed" mode="dynamic" timeformat="date"${start && end ? ` start="${start}" end="${end}"` : ''}>\n` +
		declare('node', NODE_ATTRIBUTES) +
		declare('edge', EDGE_ATTRIBUTES) +
		`    <nodes count="${graph.nodes.length}">\n${nodes.join('')}    </nodes>\n` +
		`    <edges count="${graph.edges.length}">\n${edges.join('')}    </edges>\n` +
		'  </graph>\n' +
		'</gexf>\n'
	);
}

/**
 * The filtered network (every actor and link the filters keep, as the other graph downloads)
 * as GEXF: laid out by the page's layout (same function, seed and size, computed once per
 * filters), each link present on its counted relations' days, labels in `locale`.
 */
export function networkGexf(dataset: Dataset, filters: Filters, locale: Locale = 'en'): string {
	const selection = selectionOf(dataset, filters);
	// Kept as positions only: a large network's layout takes seconds (8 s for 10,000 actors).
	const layout = memo(dataset, 'gexfLayout', filters, () => {
		const { width, height, nodes } = layoutGraph(selection.graph);
		return { width, height, nodes: nodes.map(({ id, x, y, r }) => ({ id, x, y, r })) };
	});
	return toGexf(selection.graph, {
		layout,
		spans: relationSpans(dataset, selection.relations),
		confidence: edgeConfidence(selection.relations),
		locale
	});
}
