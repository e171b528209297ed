// The filtered network for other tools: GEXF (Gephi), GraphML, JSON, and node and edge tables,
// each node with its type and country and each edge with its count and first and last dates.
// Column and key names are the ones Gephi's spreadsheet import and networkx read: Id and Label
// for nodes; Source, Target, Type (Directed or Undirected), Weight and Label for edges, with
// Entente's relation type in its own `relation` column (Gephi reads `Type` as the direction).
import { toCsv, type CsvOptions } from '../charts/exportData';
import type { Graph } from './buildGraph';
import { RELATION_STYLE } from './style';

const xml = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

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

export function toGexf(graph: Graph): string {
	const attr = (kind: string, names: readonly string[]) =>
		`    <attributes class="${kind}">\n${names
			.map(
				(name, i) =>
					`      <attribute id="${i}" title="${name}" type="${NUMERIC.has(name) ? 'integer' : 'string'}"/>`
			)
			.join('\n')}\n    </attributes>`;
	const values = (record: Record<string, string>, names: readonly string[]) =>
		names
			.map((name, i) => (record[name] ? `<attvalue for="${i}" value="${xml(record[name])}"/>` : ''))
			.join('');
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<gexf xmlns="http://gexf.net/1.3" version="1.3">',
		'  <meta><creator>Entente</creator><description>Diplomatic relations derived from news articles</description></meta>',
		'  <graph defaultedgetype="directed" mode="static">',
		attr('node', NODE_ATTRIBUTES),
		attr('edge', EDGE_ATTRIBUTES),
		'    <nodes>',
		...graph.nodes.map(
			(n) =>
				`      <node id="${xml(n.id)}" label="${xml(n.name)}"><attvalues>${values(nodeValues(n), NODE_ATTRIBUTES)}</attvalues></node>`
		),
		'    </nodes>',
		'    <edges>',
		...graph.edges.map(
			(e) =>
				`      <edge id="${xml(e.id)}" source="${xml(e.source)}" target="${xml(e.target)}" type="${e.directed ? 'directed' : 'undirected'}" weight="${e.count}" label="${xml(e.type)}"><attvalues>${values(edgeValues(e), EDGE_ATTRIBUTES)}</attvalues></edge>`
		),
		'    </edges>',
		'  </graph>',
		'</gexf>',
		''
	].join('\n');
}

/**
 * GraphML that Gephi and networkx both read: `label` on nodes (the actor's name) and edges (the
 * relation's label), `weight` on edges (the count), a `directed` value per edge (networkx refuses
 * a graph mixing `directed="false"` edges into a directed one, so the mix is data, not syntax).
 */
export function toGraphml(graph: Graph): string {
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
		)
	];
	const data = (prefix: string, record: Record<string, string>) =>
		Object.entries(record)
			.filter(([, v]) => v !== '')
			.map(([k, v]) => `<data key="${prefix}_${k}">${xml(v)}</data>`)
			.join('');
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
		...keys,
		'  <graph id="entente" edgedefault="directed">',
		...graph.nodes.map(
			(n) => `    <node id="${xml(n.id)}">${data('n', { label: n.name, ...nodeValues(n) })}</node>`
		),
		...graph.edges.map((e) => {
			const { type: relation, ...rest } = edgeValues(e);
			return `    <edge id="${xml(e.id)}" source="${xml(e.source)}" target="${xml(e.target)}">${data('e', { label: RELATION_STYLE[e.type].label, weight: String(e.count), relation, directed: String(e.directed), ...rest })}</edge>`;
		}),
		'  </graph>',
		'</graphml>',
		''
	].join('\n');
}

/** Nodes for Gephi's spreadsheet import: `Id`, `Label`, then type, country, role, weight, mentions. */
export function nodesCsv(graph: Graph, options: CsvOptions = {}): string {
	return toCsv(
		['Id', 'Label', ...NODE_ATTRIBUTES],
		graph.nodes.map((n) => ({ Id: n.id, Label: n.name, ...nodeValues(n) })),
		options
	);
}

/**
 * Edges for Gephi's spreadsheet import: `Source`, `Target`, `Type` (Directed or Undirected),
 * `Weight` (the count), `Label` (the relation's label), `Id`, then `relation` (Entente's type),
 * count, first and last dates and evidence.
 */
export function edgesCsv(graph: Graph, options: CsvOptions = {}): string {
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
			'evidence'
		],
		graph.edges.map((e) => {
			const { type: relation, ...rest } = edgeValues(e);
			return {
				Source: e.source,
				Target: e.target,
				Type: e.directed ? 'Directed' : 'Undirected',
				Weight: e.count,
				Label: RELATION_STYLE[e.type].label,
				Id: e.id,
				relation,
				...rest
			};
		}),
		options
	);
}

export function graphJson(graph: Graph, query: string): string {
	return `${JSON.stringify({ filters: query, nodes: graph.nodes, edges: graph.edges }, null, 2)}\n`;
}
