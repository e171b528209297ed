// The filtered network for other tools: GEXF (Gephi), GraphML, JSON, and node and edge tables,
// each node with its type and country and each edge with its count and first and last dates.
import { toCsv } from '../charts/exportData';
import type { Graph } from './buildGraph';

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

export function toGraphml(graph: Graph): string {
	const keys = [
		...['name', ...NODE_ATTRIBUTES].map(
			(name) =>
				`  <key id="n_${name}" for="node" attr.name="${name}" attr.type="${NUMERIC.has(name) ? 'int' : 'string'}"/>`
		),
		...['directed', ...EDGE_ATTRIBUTES].map(
			(name) =>
				`  <key id="e_${name}" for="edge" attr.name="${name}" attr.type="${NUMERIC.has(name) ? 'int' : 'string'}"/>`
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
			(n) => `    <node id="${xml(n.id)}">${data('n', { name: n.name, ...nodeValues(n) })}</node>`
		),
		...graph.edges.map(
			(e) =>
				`    <edge id="${xml(e.id)}" source="${xml(e.source)}" target="${xml(e.target)}">${data('e', { directed: String(e.directed), ...edgeValues(e) })}</edge>`
		),
		'  </graph>',
		'</graphml>',
		''
	].join('\n');
}

export function nodesCsv(graph: Graph): string {
	return toCsv(
		['id', 'name', ...NODE_ATTRIBUTES],
		graph.nodes.map((n) => ({ id: n.id, name: n.name, ...nodeValues(n) }))
	);
}

export function edgesCsv(graph: Graph): string {
	return toCsv(
		['id', 'source', 'target', 'directed', ...EDGE_ATTRIBUTES],
		graph.edges.map((e) => ({
			id: e.id,
			source: e.source,
			target: e.target,
			directed: e.directed,
			...edgeValues(e)
		}))
	);
}

export function graphJson(graph: Graph, query: string): string {
	return `${JSON.stringify({ filters: query, nodes: graph.nodes, edges: graph.edges }, null, 2)}\n`;
}
