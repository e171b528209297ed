// The network as GEXF for Gephi, read back with a strict XML parser: GEXF 1.3 and its viz
// namespace, every link between two of its actors, the page's colours, sizes and positions, and
// spells on real calendar days that Gephi's timeline plays. Names are escaped, whatever they hold.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/lib/dataset/schema';
import { isRealDate } from '../../src/lib/dataset/dates';
import { daySpan, mergeSpans } from '../../src/lib/formats/days';
import { xmlAttr, xmlText } from '../../src/lib/formats/xml';
import type { Graph } from '../../src/lib/graph/buildGraph';
import { NO_FILTERS } from '../../src/lib/graph/filters';
import {
	GEXF_NAMESPACE,
	GEXF_VIZ_NAMESPACE,
	networkGexf,
	relationSpans,
	toGexf
} from '../../src/lib/graph/gexf';
import { toGraphml } from '../../src/lib/graph/exportGraph';
import { networkView, filteredGraph } from '../../src/lib/graph/networkView';
import { ENTITY_COLOUR, RELATION_STYLE } from '../../src/lib/graph/style';
import { selectionOf } from '../../src/lib/counts';
import { foundingDataset } from '../helpers/corpus';
import { child, elements, parseXml, type XmlElement } from '../helpers/xml';

let dataset: Dataset;
beforeAll(async () => {
	dataset = await foundingDataset();
});

const hex = (c: XmlElement | undefined) =>
	`#${['r', 'g', 'b'].map((k) => Number(c?.attributes[k]).toString(16).padStart(2, '0')).join('')}`;

const spells = (e: XmlElement) =>
	elements(e, 'spell').map((s) => [s.attributes.start ?? '', s.attributes.end ?? ''] as const);

/** Checks a GEXF document's structure and returns its nodes and edges by id. */
function readGexf(text: string) {
	const root = parseXml(text);
	expect(root.name).toBe('gexf');
	expect(root.uri).toBe(GEXF_NAMESPACE);
	expect(root.attributes.version).toBe('1.3');
	const graph = child(root, 'graph', GEXF_NAMESPACE);
	expect(graph?.attributes).toMatchObject({ mode: 'dynamic', timeformat: 'date' });
	const nodes = elements(root, 'node');
	const edges = elements(root, 'edge');
	const ids = nodes.map((n) => n.attributes.id);
	expect(new Set(ids).size).toBe(ids.length);
	const nodeSpells = new Map(nodes.map((n) => [n.attributes.id, spells(n)]));
	for (const n of nodes) {
		for (const name of ['color', 'position', 'size', 'shape'])
			expect(child(n, name, GEXF_VIZ_NAMESPACE), `${n.attributes.id} viz:${name}`).toBeDefined();
		for (const k of ['x', 'y', 'z'])
			expect(Number.isFinite(Number(child(n, 'position')?.attributes[k]))).toBe(true);
	}
	for (const e of edges) {
		expect(ids, `source of ${e.attributes.id}`).toContain(e.attributes.source);
		expect(ids, `target of ${e.attributes.id}`).toContain(e.attributes.target);
		expect(child(e, 'color', GEXF_VIZ_NAMESPACE)).toBeDefined();
		expect(Number(child(e, 'thickness', GEXF_VIZ_NAMESPACE)?.attributes.value)).toBeGreaterThan(0);
		for (const [start, end] of spells(e)) {
			expect(isRealDate(start) && isRealDate(end), `${start}…${end}`).toBe(true);
			expect(start <= end).toBe(true);
			// Gephi drops an edge outside its nodes' lifetime: each end lives on the edge's days.
			for (const end_ of [e.attributes.source, e.attributes.target]) {
				const lives = nodeSpells.get(end_) ?? [];
				if (lives.length)
					expect(
						lives.some(([s, t]) => s <= start && end <= t),
						`${end_} on ${start}`
					).toBe(true);
			}
		}
	}
	for (const n of nodes)
		for (const [start, end] of spells(n)) expect(isRealDate(start) && isRealDate(end)).toBe(true);
	return {
		root,
		nodes: new Map(nodes.map((n) => [n.attributes.id ?? '', n])),
		edges: new Map(edges.map((e) => [e.attributes.id ?? '', e]))
	};
}

describe('GEXF download', () => {
	it('is GEXF 1.3 with the viz namespace, every link between two of its actors', () => {
		const graph = filteredGraph(dataset, NO_FILTERS);
		const { nodes, edges } = readGexf(networkGexf(dataset, NO_FILTERS));
		expect([...nodes.keys()]).toEqual(graph.nodes.map((n) => n.id));
		expect([...edges.keys()]).toEqual(graph.edges.map((e) => e.id));
		expect(nodes.get('xi-jinping')?.attributes.label).toBe('Xi Jinping');
	});

	it('colours actors by type and links by relation type, as the page does', () => {
		const graph = filteredGraph(dataset, NO_FILTERS);
		const { nodes, edges } = readGexf(networkGexf(dataset, NO_FILTERS));
		for (const n of graph.nodes)
			expect(hex(child(nodes.get(n.id) as XmlElement, 'color'))).toBe(ENTITY_COLOUR[n.type]);
		for (const e of graph.edges)
			expect(hex(child(edges.get(e.id) as XmlElement, 'color'))).toBe(
				RELATION_STYLE[e.type].colour
			);
		expect(child(nodes.get('CHN') as XmlElement, 'shape')?.attributes.value).toBe('disc');
		expect(child(nodes.get('xi-jinping') as XmlElement, 'shape')?.attributes.value).toBe('square');
	});

	it('places and sizes each actor where the network page draws it (y up, centred)', () => {
		const view = networkView(dataset, NO_FILTERS);
		const { nodes } = readGexf(networkGexf(dataset, NO_FILTERS));
		// The founding corpus fits on the page whole: the page lays out the same network.
		expect(view.layout.nodes.length).toBe(nodes.size);
		for (const placed of view.layout.nodes) {
			const node = nodes.get(placed.id) as XmlElement;
			const at = child(node, 'position')?.attributes;
			expect(Number(at?.x)).toBeCloseTo(placed.x - view.layout.width / 2, 1);
			expect(Number(at?.y)).toBeCloseTo(view.layout.height / 2 - placed.y, 1);
			expect(Number(child(node, 'size')?.attributes.value)).toBe(placed.r);
		}
		// Deterministic: the same filters give the same bytes.
		expect(networkGexf(dataset, NO_FILTERS)).toBe(networkGexf(dataset, NO_FILTERS));
	});

	it('gives each link the days its relations cover, a month as the whole month', () => {
		const { root, edges, nodes } = readGexf(networkGexf(dataset, NO_FILTERS));
		// Xi Jinping's visits to France in May 2024: the whole month, 1–31.
		expect(spells(edges.get('visit:xi-jinping>FRA') as XmlElement)).toEqual([
			['2024-05-01', '2024-05-31']
		]);
		// Three meetings (March 2023, 18 October 2023, 16 May 2024): three spells.
		expect(spells(edges.get('meeting:vladimir-putin~xi-jinping') as XmlElement)).toEqual([
			['2023-03-01', '2023-03-31'],
			['2023-10-18', '2023-10-18'],
			['2024-05-16', '2024-05-16']
		]);
		// An undated relation is placed at its article's publication, as the period filter does.
		expect(spells(edges.get('threat:USA>CHN') as XmlElement)).toEqual([
			['2024-05-16', '2024-05-16']
		]);
		// France lives only while its links do.
		expect(spells(nodes.get('FRA') as XmlElement).length).toBeGreaterThan(0);
		const graph = child(root, 'graph');
		expect(graph?.attributes.start).toBe('2022-02-01');
		expect(graph?.attributes.end).toBe('2024-05-31');
	});

	it('follows the filters and the language', () => {
		const filters = { ...NO_FILTERS, countries: ['SRB'] };
		const { nodes, edges } = readGexf(networkGexf(dataset, filters, 'fr'));
		expect([...nodes.keys()].sort()).toEqual(['SRB', 'xi-jinping']);
		expect(nodes.get('SRB')?.attributes.label).toBe('Serbie');
		expect([...edges.values()].map((e) => e.attributes.label)).toEqual(['visite']);
		const counted = selectionOf(dataset, filters).relations;
		expect(relationSpans(dataset, counted).get('visit:xi-jinping>SRB')).toEqual([
			['2024-05-01', '2024-05-31']
		]);
	});

	it('escapes any name and drops characters XML forbids', () => {
		const hostile = '<script>alert("x")</script> & \'quoted\'\n\u0001line\ud800';
		const graph: Graph = {
			nodes: [
				{
					id: 'a"><b',
					type: 'person',
					name: hostile,
					names: { en: hostile, fr: hostile },
					role: '</gexf>',
					weight: 1,
					mentions: 1
				},
				{
					id: 'B&B',
					type: 'country',
					name: 'B',
					names: { en: 'B', fr: 'B' },
					weight: 1,
					mentions: 1
				}
			],
			edges: [
				{
					id: 'meeting:a"><b~B&B',
					type: 'meeting',
					source: 'a"><b',
					target: 'B&B',
					directed: false,
					count: 1,
					firstDate: '2023-02',
					lastDate: '2023-02',
					evidence: []
				}
			]
		};
		const { nodes, edges } = readGexf(toGexf(graph));
		expect(nodes.get('a"><b')?.attributes.label).toBe(
			'<script>alert("x")</script> & \'quoted\'\nline'
		);
		const roleValue = elements(nodes.get('a"><b') as XmlElement, 'attvalue').map(
			(v) => v.attributes.value
		);
		expect(roleValue).toContain('</gexf>');
		// February 2023 ends on the 28th.
		expect(spells(edges.get('meeting:a"><b~B&B') as XmlElement)).toEqual([
			['2023-02-01', '2023-02-28']
		]);
	});
});

describe('GraphML download', () => {
	it('parses strictly, whatever the names hold, every edge between two of its nodes', () => {
		const graph = filteredGraph(dataset, NO_FILTERS);
		const hostile: Graph = {
			nodes: [
				...graph.nodes,
				{
					id: 'x"&<y>',
					type: 'group',
					name: '</graphml><script>',
					names: { en: '</graphml><script>', fr: 'a\u0002b & c' },
					weight: 1,
					mentions: 0
				}
			],
			edges: [
				...graph.edges,
				{
					id: 'threat:x"&<y>>CHN',
					type: 'threat',
					source: 'x"&<y>',
					target: 'CHN',
					directed: true,
					count: 1,
					evidence: [{ article: 'a&b', start: 0, end: 1, quote: '<' }]
				}
			]
		};
		for (const locale of ['en', 'fr'] as const) {
			const root = parseXml(toGraphml(hostile, locale));
			expect(root.name).toBe('graphml');
			expect(root.uri).toBe('http://graphml.graphdrawing.org/xmlns');
			const ids = elements(root, 'node').map((n) => n.attributes.id);
			expect(ids).toContain('x"&<y>');
			for (const e of elements(root, 'edge')) {
				expect(ids).toContain(e.attributes.source);
				expect(ids).toContain(e.attributes.target);
			}
			const label = elements(root, 'node')
				.find((n) => n.attributes.id === 'x"&<y>')
				?.children.find((d) => d.attributes.key === 'n_label')?.text;
			expect(label).toBe(locale === 'en' ? '</graphml><script>' : 'ab & c');
		}
	});
});

/** What XML 1.0 can carry of a string (§2.2): the text a parser gives back. */
const xmlChars = (s: string) =>
	[...s]
		.filter((ch) => {
			const c = ch.codePointAt(0) ?? 0;
			return (
				c === 9 ||
				c === 10 ||
				c === 13 ||
				(c >= 0x20 && c <= 0xd7ff) ||
				(c >= 0xe000 && c <= 0xfffd) ||
				c >= 0x10000
			);
		})
		.join('');

describe('XML downloads of any names (property)', () => {
	// Any UTF-16 code unit (lone surrogates and control characters included), or any code point.
	const anyText = fc.oneof(
		fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }),
		fc.string({ unit: 'binary' })
	);

	it('parse strictly and give every name and id back as XML can carry it', () => {
		fc.assert(
			fc.property(anyText, anyText, anyText, (id, name, role) => {
				fc.pre(xmlChars(id) !== '' && xmlChars(id) !== 'B');
				const graph: Graph = {
					nodes: [
						{
							id,
							type: 'person',
							name,
							names: { en: name, fr: role },
							role,
							weight: 1,
							mentions: 1
						},
						{
							id: 'B',
							type: 'country',
							name: 'B',
							names: { en: 'B', fr: 'B' },
							weight: 1,
							mentions: 0
						}
					],
					edges: [
						{
							id: `support:${id}>B`,
							type: 'support',
							source: id,
							target: 'B',
							directed: true,
							count: 1,
							evidence: []
						}
					]
				};
				const gexf = readGexf(toGexf(graph));
				const node = gexf.nodes.get(xmlChars(id));
				expect(node?.attributes.label).toBe(xmlChars(name));
				if (xmlChars(role))
					expect(elements(node as XmlElement, 'attvalue').map((v) => v.attributes.value)).toContain(
						xmlChars(role)
					);
				const graphml = parseXml(toGraphml(graph, 'fr'));
				const data = elements(graphml, 'node')
					.find((n) => n.attributes.id === xmlChars(id))
					?.children.find((d) => d.attributes.key === 'n_label');
				expect(data?.text ?? '').toBe(xmlChars(role));
			}),
			{ numRuns: 200 }
		);
	});
});

describe('formats', () => {
	it('escape XML text and attributes, keeping line breaks in attributes', () => {
		expect(xmlText('a < b & c > "d"')).toBe('a &lt; b &amp; c &gt; "d"');
		expect(xmlAttr('"x"\n\ty\u0000')).toBe('&quot;x&quot;&#10;&#9;y');
		expect(parseXml(`<a v="${xmlAttr('one\ntwo')}"/>`).attributes.v).toBe('one\ntwo');
	});

	it('read partial dates as the calendar days they cover', () => {
		expect(daySpan('2024')).toEqual(['2024-01-01', '2024-12-31']);
		expect(daySpan('2024-02')).toEqual(['2024-02-01', '2024-02-29']);
		expect(daySpan('2023-02')).toEqual(['2023-02-01', '2023-02-28']);
		expect(daySpan('2023-04-30')).toEqual(['2023-04-30', '2023-04-30']);
		for (const bad of ['2023-02-30', '2023-13', '23-01-01', '', 'undated'])
			expect(daySpan(bad), bad).toBeUndefined();
		expect(
			mergeSpans([
				['2024-05-16', '2024-05-16'],
				['2024-05-01', '2024-05-31'],
				['2024-06-01', '2024-06-02'],
				['2024-07-01', '2024-07-01']
			])
		).toEqual([
			['2024-05-01', '2024-06-02'],
			['2024-07-01', '2024-07-01']
		]);
	});
});
