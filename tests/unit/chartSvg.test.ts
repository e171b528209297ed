// Every chart rendered to SVG on the server, compared with a committed snapshot (as Plot's
// own test suite does), and the figure tree that carries them into pages.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHARTS } from '../../src/lib/charts/registry';
import { scopeIds, svgMarkup, svgTree, type SvgNode } from '../../src/lib/charts/svgTree';
import { CHART_IDS } from '../../src/lib/charts/types';
import type { Dataset } from '../../src/lib/dataset/schema';
import { NO_FILTERS, parseFilters } from '../../src/lib/graph/filters';
import { renderPlot } from '../../src/lib/server/renderChart';
import { parseHTML } from 'linkedom';
import { foundingDataset } from '../helpers/corpus';

let dataset: Dataset;
beforeAll(async () => {
	dataset = await foundingDataset();
});

const render = (id: (typeof CHART_IDS)[number], filters = NO_FILTERS) => {
	const data = CHARTS[id].data(dataset, filters);
	return renderPlot(
		CHARTS[id].plot(data, { width: 640, href: (key) => `/charts/${id}?select=${key}` }),
		id
	);
};

const texts = (node: SvgNode): string[] =>
	typeof node === 'string' ? [node] : node.children.flatMap(texts);
const elements = (node: SvgNode, tag: string): SvgNode[] =>
	typeof node === 'string'
		? []
		: [...(node.tag === tag ? [node] : []), ...node.children.flatMap((c) => elements(c, tag))];

describe('chart snapshots on the founding corpus', () => {
	for (const id of CHART_IDS) {
		it(`${id} renders the same SVG`, async () => {
			await expect(svgMarkup(render(id))).toMatchFileSnapshot(`./__snapshots__/charts/${id}.svg`);
		});
	}

	it('renders identically twice (ids do not depend on what was drawn before)', () => {
		expect(svgMarkup(render('dependence'))).toBe(svgMarkup(render('dependence')));
	});

	it('keeps room for the marks on a phone-width chart: names and labels wrap instead', () => {
		for (const id of ['meetings', 'timeline', 'mentions'] as const) {
			const options = CHARTS[id].plot(CHARTS[id].data(dataset, NO_FILTERS), { width: 340 });
			const margins = (options.marginLeft ?? 0) + (options.marginRight ?? 0);
			expect(margins, id).toBeLessThanOrEqual(340 * 0.8);
		}
	});

	it('wraps each article heading of the mentions chart within its column', () => {
		// 640 px wide, 151 px of actor names on the left: two columns of about 234 px, room
		// for 35 characters of 12 px text (0.55 em each); without wrapping a heading ran to 55.
		const headings = elements(render('mentions'), 'text')
			.flatMap((t) => elements(t, 'tspan').map(texts))
			.map((lines) => lines.join(''))
			.filter((line) => /Poutine|Pékin|Visite/.test(line));
		expect(headings.length).toBeGreaterThanOrEqual(4);
		for (const line of headings) expect(line.length).toBeLessThanOrEqual(35);
	});

	it('draws the meetings chart with its reported total and links that select each bar', () => {
		const tree = render('meetings');
		// A label may wrap over several lines (tspans): read each text element whole.
		const labels = elements(tree, 'text').map((t) => texts(t).join(' '));
		expect(labels).toContain('43 reported by May 2024 · 3 here');
		const links = elements(tree, 'a').map((a) => (typeof a === 'string' ? '' : a.attrs.href));
		expect(links).toContain('/charts/meetings?select=leaders:vladimir-putin|xi-jinping');
		// Native tooltips before any script runs.
		expect(elements(tree, 'title').length).toBeGreaterThan(0);
	});
});

describe('figure tree', () => {
	it('keeps hostile text as text: escaped in markup, never an element', () => {
		const { document } = parseHTML(
			'<svg><text>&lt;b id="pwn"&gt;x&lt;/b&gt;</text><style>a{}</style></svg>'
		);
		const svg = document.querySelector('svg');
		svg?.setAttribute('onload', 'alert(1)');
		const tree = svgTree(svg as unknown as Parameters<typeof svgTree>[0]) as SvgNode;
		expect(texts(tree).join('')).toBe('<b id="pwn">x</b>');
		expect(elements(tree, 'b')).toEqual([]);
		expect(elements(tree, 'style')).toEqual([]);
		expect(typeof tree !== 'string' && tree.attrs.onload).toBeFalsy();
		expect(svgMarkup(tree)).toContain('&lt;b id="pwn"&gt;');
	});

	it('renames ids and their references under a prefix', () => {
		const tree: SvgNode = {
			tag: 'svg',
			attrs: {},
			children: [
				{ tag: 'marker', attrs: { id: 'plot-marker-7' }, children: [] },
				{ tag: 'path', attrs: { 'marker-end': 'url(#plot-marker-7)' }, children: [] }
			]
		};
		expect(svgMarkup(scopeIds(tree, 'dependence'))).toBe(
			'<svg xmlns="http://www.w3.org/2000/svg"><marker id="dependence-1"/><path marker-end="url(#dependence-1)"/></svg>'
		);
	});
});

describe('any filters', () => {
	it('give every chart data and a figure or an empty state, never an error', () => {
		const known = {
			countries: new Set(dataset.entities.filter((e) => e.type === 'country').map((e) => e.id)),
			articles: new Set(dataset.articles.map((a) => a.id))
		};
		const value = fc.oneof(
			fc.constantFrom(
				'CHN',
				'RUS',
				'HUN',
				'USA',
				'meeting',
				'sanctions',
				'person',
				'2023-10-17',
				'2',
				'<b>'
			),
			fc.string({ maxLength: 12 })
		);
		const query = fc.dictionary(
			fc.constantFrom('country', 'types', 'nodes', 'article', 'from', 'to', 'min', 'depth'),
			value
		);
		fc.assert(
			fc.property(query, (params) => {
				const { filters } = parseFilters(new URLSearchParams(params), known);
				for (const id of CHART_IDS) {
					const data = CHARTS[id].data(dataset, filters);
					if (data.empty) expect(data.rows).toEqual([]);
					else expect(texts(render(id, filters)).length).toBeGreaterThan(0);
				}
			}),
			{ numRuns: 60 }
		);
	});
});
