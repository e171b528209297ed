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
import { timeTickFormat } from '../../src/lib/charts/timeTicks';
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
		expect(labels).toContain('43 reported by May 2024 · 2 held and 1 announced here');
		const links = elements(tree, 'a').map((a) => (typeof a === 'string' ? '' : a.attrs.href));
		expect(links).toContain('/charts/meetings?select=leaders:vladimir-putin|xi-jinping');
		// Native tooltips before any script runs.
		expect(elements(tree, 'title').length).toBeGreaterThan(0);
	});
});

describe('charts encode what they claim (#14 §6)', () => {
	const titled = (tree: SvgNode, tag: string) =>
		elements(tree, tag).map((node) => ({
			node,
			title: texts(elements(node, 'title')[0] ?? '').join('')
		}));

	it('draws each mention count as a bar whose length is the count', () => {
		const bars = titled(render('mentions'), 'rect')
			.map(({ node, title }) => ({
				width: Number(typeof node === 'string' ? 0 : node.attrs.width),
				count: Number(/: (\d+) mentions? in/.exec(title)?.[1])
			}))
			.filter((b) => b.count > 0);
		expect(bars.length).toBeGreaterThan(10);
		const perMention = (bars[0]?.width ?? 0) / (bars[0]?.count ?? 1);
		for (const bar of bars) expect(bar.width).toBeCloseTo(bar.count * perMention, 0);
		// Not all the same length: 17 mentions of China are longer than 1 of Hungary.
		expect(new Set(bars.map((b) => b.width)).size).toBeGreaterThan(3);
	});

	it('draws a month-precision event across its month, with no dot on a day', () => {
		const tree = render('timeline');
		const monthOnly =
			/, (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}(?: \(|$)/;
		const dots = titled(tree, 'circle');
		expect(dots.length).toBeGreaterThan(0);
		for (const dot of dots) expect(dot.title).not.toMatch(monthOnly);
		const spans = titled(tree, 'rect').filter((r) => /Hungary.*May 2024/.test(r.title));
		expect(spans).toHaveLength(1);
		const width = Number(typeof spans[0]?.node === 'string' ? 0 : spans[0]?.node.attrs.width);
		// About a month on an axis of about two and a half years over some 400 px.
		expect(width).toBeGreaterThan(8);
	});

	it('keeps a long label’s whole text in its tooltip', () => {
		const headings = texts({
			tag: 'g',
			attrs: {},
			children: elements(render('mentions'), 'title')
		});
		expect(headings).toContain(
			'17 October 2023 · Poutine attendu à Pékin pour le forum des Nouvelles routes de la soie'
		);
		const lanes = texts({ tag: 'g', attrs: {}, children: elements(render('timeline'), 'title') });
		expect(lanes).toContain('United States – Vladimir Putin');
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

describe('the time axis speaks the view’s language (#15 §5)', () => {
	const axisLabels = (locale: 'en' | 'fr', width = 640) => {
		const data = CHARTS.timeline.data(dataset, NO_FILTERS, locale);
		const tree = renderPlot(CHARTS.timeline.plot(data, { width }), 'timeline');
		const axis = elements(tree, 'g').find(
			(g) => typeof g !== 'string' && g.attrs['aria-label'] === 'x-axis tick label'
		);
		return elements(axis ?? '', 'text').map((t) => texts(t).join(' '));
	};
	const ENGLISH = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/;

	it('writes French month abbreviations under a French timeline, and no English ones', () => {
		const labels = axisLabels('fr');
		expect(labels.length).toBeGreaterThan(3);
		expect(labels).toContain('janv. 2023');
		expect(labels).toContain('avr.');
		expect(labels).toContain('juil.');
		for (const label of labels) expect(label).not.toMatch(ENGLISH);
	});

	it('keeps Plot’s English ticks under an English timeline, the year only where it changes', () => {
		const labels = axisLabels('en');
		expect(labels).toContain('Jan 2023');
		expect(labels).toContain('Apr');
		expect(labels.filter((l) => /2023/.test(l))).toHaveLength(1);
	});

	it('qualifies hedged relations and quotes figures in French in a French chart', () => {
		const data = CHARTS.dependence.data(dataset, NO_FILTERS, 'fr');
		const words = texts(renderPlot(CHARTS.dependence.plot(data, { width: 640 }), 'dependence'));
		const all = [...words, ...data.rows.map((r) => r.label)].join('\n');
		expect(all).toContain('dépendance (rapporté)');
		expect(all).toContain('« machines-outils importées »');
		expect(all).not.toMatch(/\((?:reported|hypothetical|planned|proposed|denied)\)|“/);
		// Countries with their articles (#14 §6: « … de Russie en 2023, selon États-Unis »).
		expect(data.title).toBe(
			'La Chine : 70 % des « machines-outils importées » de la Russie en 2023, selon les États-Unis'
		);
		expect(all).toContain('selon les États-Unis');
		expect(all).not.toMatch(/selon États-Unis/);
	});

	it('names months over their days on a short span, and years alone on a long one', () => {
		const ticks = ['2024-05-22', '2024-05-29', '2024-06-05'].map((d) => new Date(`${d}T00:00Z`));
		const fr = timeTickFormat('fr');
		expect(ticks.map((d, i) => fr(d, i, ticks))).toEqual(['22\nmai', '29', '5\njuin']);
		const en = timeTickFormat('en');
		expect(ticks.map((d, i) => en(d, i, ticks))).toEqual(['22\nMay', '29', '5\nJun']);
		const years = ['2022', '2023'].map((y) => new Date(`${y}-01-01T00:00Z`));
		expect(years.map((d, i) => fr(d, i, years))).toEqual(['2022', '2023']);
		const months = ['2023-12-01', '2024-02-01'].map((d) => new Date(`${d}T00:00Z`));
		expect(months.map((d, i) => fr(d, i, months))).toEqual(['déc.\n2023', 'févr.\n2024']);
	});
});
