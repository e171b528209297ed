// The filtered network for other tools: GEXF (Gephi), GraphML, JSON, and node and edge tables,
// each node with its type and country and each edge with its count and first and last dates.
// Column and key names are the ones Gephi's spreadsheet import and networkx read: Id and Label
// for nodes; Source, Target, Type (Directed or Undirected), Weight and Label for edges, with
// Entente's relation type in its own `relation` column (Gephi reads `Type` as the direction).
// Labels (actor names, relation-type names) follow the language asked for; column names and
// codes stay English. Each edge's `confidence` is the mean of its relations' (EDGE_CONFIDENCE).
import { toCsv, type CsvOptions } from '../formats/csv';
import { xmlAttr, xmlText } from '../formats/xml';
import type { Locale } from '../i18n/locale';
import { RELATION_LABELS } from '../i18n/relationLabels';
import type { Graph } from './buildGraph';
import { confidenceOf, EDGE_CONFIDENCE } from './edgeConfidence';

export { edgeConfidence, EDGE_CONFIDENCE } from './edgeConfidence';

export { toGexf, type GexfOptions } from './gexf';

/** An actor's name in a language (the gazetteer's form). */
const label = (n: Graph['nodes'][number], locale: Locale) => n.names[locale] ?? n.name;

const NODE_ATTRIBUTES = ['type', 'country', 'role', 'weight', 'mentions'] as const;
const EDGE_ATTRIBUTES = ['type', 'count', 'firstDate', 'lastDate', 'evidence'] as const;

function nodeValues(n: Graph['nodes'][number]): Record<(typeof NODE_ATTRIBUTES)[number], string> {
	return {
		type: n.type,
		country: n.country ?? '',
		role: n.role ?? '',
		weight: String(n.weight),
		mentions: String(n.mentions)
	};
}

function edgeValues(e: Graph['edges'][number]): Record<(typeof EDGE_ATTRIBUTES)[number], string> {
	return {
		type: e.type,
		count: String(e.count),
		firstDate: e.firstDate ?? '',
		lastDate: e.lastDate ?? '',
		evidence: e.evidence.map((x) => `${x.article}:${x.start}-${x.end}`).join(' | ')
	};
}

const NUMERIC = new Set(['weight', 'mentions', 'count']);

/**
 * GraphML that Gephi and networkx both read: `label` on nodes (the actor's name in `locale`) and
 * edges (the relation type's name in `locale`), `weight` on edges (the count), a `directed` value
 * per edge (networkx refuses a graph mixing `directed="false"` edges into a directed one, so the
 * mix is data, not syntax). Every value escaped; the same graph gives the same text.
 */
export function toGraphml(
	graph: Graph,
	locale: Locale = 'en',
	confidence?: ReadonlyMap<string, number>
): string {
	const type = (name: string) => (NUMERIC.has(name) ? 'int' : 'string');
	const keys = [
		...['label', ...NODE_ATTRIBUTES].map(
			(name) => `  <key id="n_${name}" for="node" attr.name="${name}" attr.type="${type(name)}"/>`
		),
		...[
			'label',
			'weight',
			'relation',
			'directed',
			...EDGE_ATTRIBUTES.filter((n) => n !== 'type')
		].map(
			(name) =>
				`  <key id="e_${name}" for="edge" attr.name="${name}" attr.type="${name === 'directed' ? 'boolean' : name === 'weight' ? 'double' : type(name)}"/>`
		),
		`  <key id="e_confidence" for="edge" attr.name="confidence" attr.type="double"><desc>${xmlText(EDGE_CONFIDENCE)}</desc></key>`
	];
	const data = (prefix: string, record: Record<string, string>) =>
		Object.entries(record)
			.filter(([, v]) => v !== '')
			.map(([k, v]) => `<data key="${prefix}_${k}">${xmlText(v)}</data>`)
			.join('');
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
		...keys,
		'  <graph id="entente" edgedefault="directed">',
		...graph.nodes.map(
			(n) =>
				`    <node id="${xmlAttr(n.id)}">${data('n', { label: label(n, locale), ...nodeValues(n) })}</node>`
		),
		...graph.edges.map((e) => {
			const { type: relation, ...rest } = edgeValues(e);
			return `    <edge id="${xmlAttr(e.id)}" source="${xmlAttr(e.source)}" target="${xmlAttr(e.target)}">${data('e', { label: RELATION_LABELS[locale][e.type], weight: String(e.count), relation, directed: String(e.directed), ...rest, confidence: confidenceOf(confidence, e.id) })}</edge>`;
		}),
		'  </graph>',
		'</graphml>',
		''
	].join('\n');
}

/** Options of the network's tables: the CSV variant, and the language of the labels. */
export interface GraphCsvOptions extends CsvOptions {
	locale?: Locale;
	/** Each edge's confidence by id ({@link edgeConfidence}); the column is empty without it. */
	confidence?: ReadonlyMap<string, number>;
}

/** Nodes for Gephi's spreadsheet import: `Id`, `Label` (the name in `options.locale`), then
 * type, country, role, weight, mentions. */
export function nodesCsv(graph: Graph, options: GraphCsvOptions = {}): string {
	return toCsv(
		['Id', 'Label', ...NODE_ATTRIBUTES],
		graph.nodes.map((n) => ({
			Id: n.id,
			Label: label(n, options.locale ?? 'en'),
			...nodeValues(n)
		})),
		options
	);
}

/**
 * Edges for Gephi's spreadsheet import: `Source`, `Target`, `Type` (Directed or Undirected),
 * `Weight` (the count), `Label` (the relation type's name in `options.locale`), `Id`, then
 * `relation` (Entente's type), count, first and last dates, evidence and confidence (see
 * {@link EDGE_CONFIDENCE}).
 */
export function edgesCsv(graph: Graph, options: GraphCsvOptions = {}): string {
	return toCsv(
		[
			'Source',
			'Target',
			'Type',
			'Weight',
			'Label',
			'Id',
			'relation',
			'count',
			'firstDate',
			'lastDate',
			'evidence',
			'confidence'
		],
		graph.edges.map((e) => {
			const { type: relation, ...rest } = edgeValues(e);
			return {
				Source: e.source,
				Target: e.target,
				Type: e.directed ? 'Directed' : 'Undirected',
				Weight: e.count,
				Label: RELATION_LABELS[options.locale ?? 'en'][e.type],
				Id: e.id,
				relation,
				...rest,
				confidence: confidenceOf(options.confidence, e.id)
			};
		}),
		options
	);
}

/**
 * The network as JSON: `{filters, lang, nodes, edges}`, each node as the graph holds it with
 * `name` in `locale` (both names under `names`), each edge with `label`, its type's name in
 * `locale`, and its `confidence` when `confidence` is given (then `about` says what it is).
 * `query` is the filters' query string.
 */
export function graphJson(
	graph: Graph,
	query: string,
	locale: Locale = 'en',
	confidence?: ReadonlyMap<string, number>
): string {
	const nodes = graph.nodes.map((n) => ({ ...n, name: label(n, locale) }));
	const edges = graph.edges.map((e) => ({
		...e,
		label: RELATION_LABELS[locale][e.type],
		...(confidence?.has(e.id) ? { confidence: confidence.get(e.id) } : {})
	}));
	const about = confidence ? { about: EDGE_CONFIDENCE } : {};
	return `${JSON.stringify({ filters: query, lang: locale, ...about, nodes, edges }, null, 2)}\n`;
}
