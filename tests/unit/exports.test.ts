// Downloads and embeds: the self-contained picture, its PNG at the right size, the data with
// evidence references, the ZIP with its citation, the network for Gephi, the embed snippet and
// which pages any site may frame.
import { unzipSync, strFromU8 } from 'fflate';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { chartBundle, chartTable, citation, toCsv } from '../../src/lib/charts/exportData';
import { CHARTS } from '../../src/lib/charts/registry';
import { standaloneSvg } from '../../src/lib/charts/standalone';
import { svgMarkup } from '../../src/lib/charts/svgTree';
import type { Dataset } from '../../src/lib/dataset/schema';
import { embedSnippet } from '../../src/lib/embed/scripts';
import { buildGraph } from '../../src/lib/graph/buildGraph';
import { selectionOf } from '../../src/lib/counts';
import {
	edgeConfidence,
	edgesCsv,
	graphJson,
	nodesCsv,
	toGexf,
	toGraphml
} from '../../src/lib/graph/exportGraph';
import { networkGexf } from '../../src/lib/graph/gexf';
import { NO_FILTERS } from '../../src/lib/graph/filters';
import { chartDownload } from '../../src/lib/server/chartDownload';
import { excelParameter, langParameter } from '../../src/lib/server/downloadResponse';
import { isOpenToAll } from '../../src/lib/server/framing';
import { foundingDataset } from '../helpers/corpus';

let dataset: Dataset;
beforeAll(async () => {
	dataset = await foundingDataset();
});

const download = (
	id: 'meetings' | 'timeline' | 'dependence',
	format: 'svg' | 'png' | 'csv' | 'zip',
	scale: 1 | 2 | 3 = 1
) =>
	chartDownload(dataset, id, NO_FILTERS, format, {
		scale,
		permalink: 'http://entente.test/charts/' + id
	});

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Uint8Array): [number, number] {
	expect([...bytes.slice(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
	const view = new DataView(bytes.buffer, bytes.byteOffset);
	return [view.getUint32(16), view.getUint32(20)];
}

const xmlDocument = (text: string) =>
	new (parseHTML('<html></html>').DOMParser)().parseFromString(text, 'text/xml');

describe('chart picture', () => {
	it('holds the title, legend and source line inside one SVG with no stylesheet', () => {
		const { body, type } = download('meetings', 'svg');
		expect(type).toMatch(/^image\/svg\+xml/);
		const svg = String(body);
		const doc = xmlDocument(svg);
		expect(doc.querySelector('svg')?.getAttribute('width')).toBe('800');
		const text = doc.querySelector('svg')?.textContent ?? '';
		expect(text).toContain('43 meetings held by May 2024');
		expect(text).toContain('total the texts report');
		expect(text).toContain('Source: “Poutine attendu à Pékin');
		expect(svg).not.toContain('<style');
		expect(svg).not.toContain('var(--');
		// Fonts Illustrator, Inkscape and Word resolve (they read the first family), and every
		// colour explicit: nothing left to a page's CSS (#15 §3).
		expect(svg).toContain(`font-family="Arial, Helvetica, 'Liberation Sans', sans-serif"`);
		expect(svg).not.toMatch(/system-ui|currentColor/i);
		for (const family of svg.matchAll(/font-family="([^"]*)"/g))
			expect(family[1]).toMatch(/^Arial,/);
	});

	it('rasterises to a PNG 800, 1600 or 2400 px wide at scale 1, 2 or 3', () => {
		const svg = String(download('dependence', 'svg').body);
		const height = Number(/height="(\d+)"/.exec(svg)?.[1]);
		const one = pngSize(download('dependence', 'png', 1).body as Uint8Array);
		const two = pngSize(download('dependence', 'png', 2).body as Uint8Array);
		expect(one).toEqual([800, height]);
		expect(two).toEqual([1600, 2 * height]);
		expect(pngSize(download('dependence', 'png', 3).body as Uint8Array)).toEqual([
			2400,
			3 * height
		]);
		expect(download('dependence', 'png', 3).filename).toBe('entente-dependence@3x.png');
	});

	it('writes user text as text, dropping characters XML forbids (a parser would refuse the file)', () => {
		const markup = svgMarkup({
			tag: 'svg',
			attrs: { 'aria-label': 'Xi\u0001 "Jinping"' },
			children: [{ tag: 'text', attrs: {}, children: ['<script>\u0007alert(1)</script> & co'] }]
		});
		expect(markup).toBe(
			'<svg xmlns="http://www.w3.org/2000/svg" aria-label="Xi &quot;Jinping&quot;"><text>&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</text></svg>'
		);
		expect(xmlDocument(markup).querySelector('text')?.textContent).toBe(
			'<script>alert(1)</script> & co'
		);
	});

	it('says so inside the picture when a filter leaves nothing', () => {
		const chart = CHARTS.meetings.data(dataset, { ...NO_FILTERS, countries: ['HUN'] });
		const text = xmlDocument(svgMarkup(standaloneSvg(chart, undefined, 600))).querySelector(
			'svg'
		)?.textContent;
		expect(text).toContain('No meeting between two actors in this selection.');
	});
});

describe('chart data', () => {
	it('gives one CSV row per mark with its evidence as article offsets and quotes', () => {
		const chart = CHARTS.meetings.data(dataset, NO_FILTERS);
		const { columns, records } = chartTable(chart);
		expect(columns.slice(-2)).toEqual(['evidence', 'quotes']);
		expect(columns).toContain('reported.value');
		const xiPutin = records.find((r) => r.key === 'leaders:vladimir-putin|xi-jinping');
		expect(xiPutin?.['reported.value']).toBe(43);
		expect(String(xiPutin?.evidence)).toMatch(/004_3a0463082a3d97f4:\d+-\d+/);
		expect(String(xiPutin?.quotes)).toContain('43e rencontre');
		const csv = String(download('meetings', 'csv').body);
		expect(csv.split('\r\n')[0]).toBe(columns.join(','));
		expect(csv.split('\r\n').length).toBe(chart.rows.length + 2);
	});

	it('quotes what needs quoting and, in the Excel variant, disarms spreadsheet formulas', () => {
		expect(toCsv(['a', 'b'], [{ a: '=HYPERLINK("x")', b: 'one, "two"' }], { excel: true })).toBe(
			'\uFEFFa,b\r\n"\'=HYPERLINK(""x"")","one, ""two"""\r\n'
		);
		expect(toCsv(['n'], [{ n: -3 }], { excel: true })).toBe('\uFEFFn\r\n-3\r\n');
		expect(toCsv(['n'], [{ n: -3 }])).toBe('n\r\n-3\r\n');
	});

	it('by default is plain RFC 4180: no byte-order mark, every value as it is for pandas and R', () => {
		expect(toCsv(['a', 'b'], [{ a: '=HYPERLINK("x")', b: '-12 %' }])).toBe(
			'a,b\r\n"=HYPERLINK(""x"")",-12 %\r\n'
		);
		const plain = download('meetings', 'csv');
		expect(String(plain.body).charCodeAt(0)).not.toBe(0xfeff);
		const excel = chartDownload(dataset, 'meetings', NO_FILTERS, 'csv', {
			scale: 1,
			permalink: 'x',
			excel: true
		});
		expect(String(excel.body)).toBe(`\uFEFF${String(plain.body)}`);
		expect(excel.filename).toBe('entente-meetings-excel.csv');
	});

	it('reads ?excel=1 as the Excel variant, 0 or nothing as plain, and refuses anything else', () => {
		const params = (q: string) => new URLSearchParams(q);
		expect(excelParameter(params('excel=1'))).toBe(true);
		expect(excelParameter(params('excel=0'))).toBe(false);
		expect(excelParameter(params(''))).toBe(false);
		for (const bad of ['excel=yes', 'excel=', 'excel=2'])
			expect(excelParameter(params(bad))).toBeUndefined();
	});

	it('bundles data, picture and a README that cites the articles before Entente', () => {
		const files = unzipSync(download('timeline', 'zip').body as Uint8Array);
		expect(Object.keys(files).sort()).toEqual([
			'README.md',
			'timeline.csv',
			'timeline.json',
			'timeline.svg'
		]);
		const readme = strFromU8(files['README.md'] as Uint8Array);
		const firstArticle = readme.indexOf(
			'“Poutine attendu à Pékin pour le forum des Nouvelles routes de la soie”, 000_9aa84c4f3abaae7f.txt, 17 October 2023.'
		);
		expect(firstArticle).toBeGreaterThan(0);
		expect(readme.indexOf('Entente, “')).toBeGreaterThan(firstArticle);
		expect(readme).toContain('http://entente.test/charts/timeline');
		expect(readme).toContain('## How this is counted');
	});

	it('zips the same chart to the same bytes', () => {
		const chart = CHARTS.mentions.data(dataset, NO_FILTERS);
		const files = { svg: '<svg/>', csv: 'a\r\n', json: '{}' };
		const cite = citation(chart, dataset.articles, 'x');
		expect(chartBundle(chart, files, cite)).toEqual(chartBundle(chart, files, cite));
	});
});

describe('network downloads', () => {
	it('parse as GEXF and GraphML with every node and edge and their attributes', () => {
		const graph = buildGraph(dataset, NO_FILTERS);
		const gexf = xmlDocument(toGexf(graph));
		expect(gexf.querySelectorAll('node').length).toBe(graph.nodes.length);
		expect(gexf.querySelectorAll('edge').length).toBe(graph.edges.length);
		expect(gexf.querySelector('node[id="xi-jinping"]')?.getAttribute('label')).toBe('Xi Jinping');
		const meeting = graph.edges.find((e) => e.type === 'meeting' && e.source === 'vladimir-putin');
		expect(gexf.querySelector(`edge[id="${meeting?.id}"]`)?.getAttribute('weight')).toBe(
			String(meeting?.count)
		);
		const graphml = xmlDocument(toGraphml(graph));
		expect(graphml.querySelectorAll('node').length).toBe(graph.nodes.length);
		expect(graphml.querySelectorAll('edge').length).toBe(graph.edges.length);
		expect(nodesCsv(graph).trim().split('\r\n').length).toBe(graph.nodes.length + 1);
		expect(edgesCsv(graph).trim().split('\r\n').length).toBe(graph.edges.length + 1);
	});

	it('give each edge its confidence, the mean of its relations’, and say so in each format', () => {
		const { graph, relations } = selectionOf(dataset, NO_FILTERS);
		const confidence = edgeConfidence(relations);
		// The meeting link joins relations the rules are unsure of and a curator's (1): the mean.
		const meeting = graph.edges.find(
			(e) => e.type === 'meeting' && !e.directed && e.count > 1
		) as (typeof graph.edges)[number];
		const own = relations.filter(
			(r) =>
				r.type === 'meeting' &&
				[r.source, r.target].sort().join() === [meeting.source, meeting.target].sort().join()
		);
		const mean = own.reduce((s, r) => s + (r.confidence ?? 1), 0) / own.length;
		expect(own.length).toBe(meeting.count);
		expect(confidence.get(meeting.id)).toBeCloseTo(mean, 3);
		expect(confidence.get(meeting.id)).toBeLessThan(1);
		for (const e of graph.edges) {
			const c = confidence.get(e.id) as number;
			expect(c).toBeGreaterThan(0);
			expect(c).toBeLessThanOrEqual(1);
		}
		const value = String(confidence.get(meeting.id));
		const csv = edgesCsv(graph, { confidence }).split('\r\n');
		expect(
			csv
				.find((line) => line.split(',')[5] === meeting.id)
				?.split(',')
				.at(-1)
		).toBe(value);
		const graphml = xmlDocument(toGraphml(graph, 'en', confidence));
		const key = graphml.querySelector('key[id="e_confidence"]');
		expect(key?.getAttribute('attr.type')).toBe('double');
		expect(key?.textContent).toContain('mean confidence');
		expect(
			graphml.querySelector(`edge[id="${meeting.id}"] data[key="e_confidence"]`)?.textContent
		).toBe(value);
		const gexf = xmlDocument(networkGexf(dataset, NO_FILTERS));
		const attribute = [...gexf.querySelectorAll('attributes[class="edge"] attribute')].find(
			(a) => a.getAttribute('title') === 'confidence'
		);
		expect(attribute?.getAttribute('type')).toBe('double');
		expect(
			gexf
				.querySelector(`edge[id="${meeting.id}"] attvalue[for="${attribute?.getAttribute('id')}"]`)
				?.getAttribute('value')
		).toBe(value);
		expect(gexf.querySelector('meta description')?.textContent).toContain('mean confidence');
		const json = JSON.parse(graphJson(graph, '', 'en', confidence)) as {
			about: string;
			edges: { id: string; confidence: number }[];
		};
		expect(json.about).toContain('mean confidence');
		expect(json.edges.find((e) => e.id === meeting.id)?.confidence).toBe(
			confidence.get(meeting.id)
		);
	});

	it('name their columns as Gephi’s spreadsheet import reads them, the relation type apart', () => {
		const graph = buildGraph(dataset, NO_FILTERS);
		const nodes = nodesCsv(graph).split('\r\n');
		expect(nodes[0]).toBe('Id,Label,type,country,role,weight,mentions');
		expect(nodes).toContainEqual(expect.stringMatching(/^xi-jinping,Xi Jinping,person,CHN,/));
		const edges = edgesCsv(graph).split('\r\n');
		expect(edges[0]).toBe(
			'Source,Target,Type,Weight,Label,Id,relation,count,firstDate,lastDate,evidence,confidence'
		);
		const meeting = graph.edges.find((e) => e.type === 'meeting' && !e.directed);
		const supply = graph.edges.find((e) => e.type === 'supply' && e.directed);
		const row = (id: string | undefined) =>
			edges
				.find((line) => line.split(',')[5] === id)
				?.split(',')
				.slice(0, 7);
		expect(row(meeting?.id)).toEqual([
			meeting?.source,
			meeting?.target,
			'Undirected',
			String(meeting?.count),
			'meeting',
			meeting?.id,
			'meeting'
		]);
		expect(row(supply?.id)?.slice(2, 7)).toEqual([
			'Directed',
			String(supply?.count),
			'supply / trade',
			supply?.id,
			'supply'
		]);
		expect(nodesCsv(graph, { excel: true }).startsWith('\uFEFFId,Label,')).toBe(true);
	});

	it('give GraphML the label and weight keys Gephi and networkx read', () => {
		const graph = buildGraph(dataset, NO_FILTERS);
		const doc = xmlDocument(toGraphml(graph));
		const keys = [...doc.querySelectorAll('key')];
		const key = (kind: string, name: string) =>
			keys.find((k) => k.getAttribute('for') === kind && k.getAttribute('attr.name') === name);
		expect(key('node', 'label')?.getAttribute('attr.type')).toBe('string');
		expect(key('edge', 'label')?.getAttribute('attr.type')).toBe('string');
		expect(key('edge', 'weight')?.getAttribute('attr.type')).toBe('double');
		expect(key('edge', 'relation')).toBeDefined();
		const valueOf = (element: Element | null | undefined, kind: string, name: string) =>
			[...(element?.querySelectorAll('data') ?? [])].find(
				(d) => d.getAttribute('key') === key(kind, name)?.getAttribute('id')
			)?.textContent;
		expect(valueOf(doc.querySelector('node[id="xi-jinping"]'), 'node', 'label')).toBe('Xi Jinping');
		const meeting = graph.edges.find((e) => e.type === 'meeting');
		const edge = doc.querySelector(`edge[id="${meeting?.id}"]`);
		expect(valueOf(edge, 'edge', 'weight')).toBe(String(meeting?.count));
		expect(valueOf(edge, 'edge', 'label')).toBe('meeting');
		expect(valueOf(edge, 'edge', 'relation')).toBe('meeting');
		expect(valueOf(edge, 'edge', 'directed')).toBe('false');
	});
});

describe('network downloads in French', () => {
	it('name actors and relation types in the language asked for, columns and codes unchanged', () => {
		const graph = buildGraph(dataset, NO_FILTERS);
		const nodes = nodesCsv(graph, { locale: 'fr' }).split('\r\n');
		expect(nodes[0]).toBe('Id,Label,type,country,role,weight,mentions');
		expect(nodes).toContainEqual(expect.stringMatching(/^CHN,Chine,country,/));
		expect(nodes).toContainEqual(expect.stringMatching(/^USA,États-Unis,country,/));
		const meeting = graph.edges.find((e) => e.type === 'meeting' && !e.directed);
		const row = edgesCsv(graph, { locale: 'fr' })
			.split('\r\n')
			.find((line) => line.split(',')[5] === meeting?.id);
		expect(row?.split(',').slice(4, 7)).toEqual(['rencontre', meeting?.id, 'meeting']);
		// English unless asked.
		expect(nodesCsv(graph)).toContain('\r\nCHN,China,country,');

		const doc = xmlDocument(toGraphml(graph, 'fr'));
		const labelKey = (kind: string) =>
			[...doc.querySelectorAll('key')]
				.find((k) => k.getAttribute('for') === kind && k.getAttribute('attr.name') === 'label')
				?.getAttribute('id');
		const label = (selector: string, kind: string) =>
			[...(doc.querySelector(selector)?.querySelectorAll('data') ?? [])].find(
				(d) => d.getAttribute('key') === labelKey(kind)
			)?.textContent;
		expect(label('node[id="CHN"]', 'node')).toBe('Chine');
		expect(label(`edge[id="${meeting?.id}"]`, 'edge')).toBe('rencontre');

		const json = JSON.parse(graphJson(graph, '', 'fr')) as {
			lang: string;
			nodes: { id: string; name: string; names: { en: string } }[];
			edges: { id: string; type: string; label: string }[];
		};
		expect(json.lang).toBe('fr');
		expect(json.nodes.find((n) => n.id === 'CHN')).toMatchObject({
			name: 'Chine',
			names: { en: 'China' }
		});
		expect(json.edges.find((e) => e.id === meeting?.id)).toMatchObject({
			type: 'meeting',
			label: 'rencontre'
		});
		const gexf = xmlDocument(toGexf(graph, { locale: 'fr' }));
		expect(gexf.querySelector('node[id="CHN"]')?.getAttribute('label')).toBe('Chine');
		expect(gexf.querySelector(`edge[id="${meeting?.id}"]`)?.getAttribute('label')).toBe(
			'rencontre'
		);
	});

	it('read ?lang= as en or fr, English when absent, and refuse any other value', () => {
		const lang = (query: string) => langParameter(new URLSearchParams(query));
		expect(lang('')).toBe('en');
		expect(lang('lang=fr')).toBe('fr');
		expect(lang('lang=en')).toBe('en');
		for (const bad of ['lang=de', 'lang=', 'lang=FR', 'lang=fr-FR'])
			expect(lang(bad), bad).toBe(undefined);
	});
});

describe('embedding', () => {
	it('escapes the title in the snippet a report pastes', () => {
		const snippet = embedSnippet(
			'https://e.test/embed/meetings?country=CHN&types=meeting',
			'https://e.test/embed.js',
			'A "quoted" <title>'
		);
		expect(snippet).toContain('src="https://e.test/embed/meetings?country=CHN&amp;types=meeting"');
		expect(snippet).toContain('title="A &quot;quoted&quot; &lt;title&gt;"');
		expect(snippet).toContain('<script src="https://e.test/embed.js" async></script>');
	});

	it('lets any site frame embeds and fetch downloads, and nothing else', () => {
		for (const open of [
			'/embed/meetings',
			'/embed/network',
			'/embed.js',
			'/embed/frame.js',
			'/api/charts/meetings.png',
			'/api/graph.gexf',
			'/oembed'
		])
			expect(isOpenToAll(open), open).toBe(true);
		for (const closed of [
			'/',
			'/charts/meetings',
			'/network',
			'/embeddings',
			'/articles/x',
			'/oembedx'
		])
			expect(isOpenToAll(closed), closed).toBe(false);
	});
});
