// The network picture as the server renders it (before any script runs), compared with
// committed SVG snapshots, and what a reader sees in it (#15 §1): one link per pair with its
// types, the per-type view on request, the selected link highlighted, arrowheads drawn as
// shapes that stop at the node, labels above the links, user text escaped.
import { parseHTML } from 'linkedom';
import { render } from 'svelte/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../../src/lib/dataset/schema';
import { networkHeight } from '../../src/lib/embed/embedSize';
import { NO_FILTERS } from '../../src/lib/graph/filters';
import type { Layout } from '../../src/lib/graph/layout';
import { networkView, type ViewEdge } from '../../src/lib/graph/networkView';
import { pairLinks, type LinkMode } from '../../src/lib/graph/pairLinks';
import { foundingDataset } from '../helpers/corpus';

vi.mock('$app/state', () => ({ page: { data: { locale: 'en' } } }));
const { default: NetworkGraph } =
	await import('../../src/lib/components/network/NetworkGraph.svelte');

let dataset: Dataset;
beforeAll(async () => {
	dataset = await foundingDataset();
});

const hrefFor = (params: Record<string, string>) => `/network?${new URLSearchParams(params)}`;

function draw(
	props: { linkMode?: LinkMode; selectedEdge?: string; selectedId?: string } = {},
	view: { layout: Layout; edges: ViewEdge[] } = networkView(dataset, NO_FILTERS)
) {
	const markup = render(NetworkGraph, {
		props: { layout: view.layout, edges: view.edges, hrefFor, ...props }
	})
		.body.replace(/<!--[^>]*-->/g, '')
		.replace(/ class="([^"]*?) ?svelte-[a-z0-9]+"/g, (_, c: string) => (c ? ` class="${c}"` : ''));
	const { document } = parseHTML(`<!doctype html><html><body>${markup}</body></html>`);
	return { markup, document };
}

describe('the network picture', () => {
	it('renders the same SVG, one link per pair', async () => {
		await expect(draw().markup).toMatchFileSnapshot('./__snapshots__/network/pairs.svg');
	});

	it('renders the same SVG, one link per relation type', async () => {
		await expect(draw({ linkMode: 'types' }).markup).toMatchFileSnapshot(
			'./__snapshots__/network/types.svg'
		);
	});

	it('renders the same SVG in a 320 px embed, naming the busiest actors first', async () => {
		const view = networkView(dataset, NO_FILTERS, {}, 'en', undefined, undefined, {
			width: 320,
			height: networkHeight(320)
		});
		const { markup, document } = draw({}, view);
		await expect(markup).toMatchFileSnapshot('./__snapshots__/network/embed-320.svg');
		const named = [...document.querySelectorAll('text[data-label]')].map((t) =>
			t.getAttribute('data-label')
		);
		for (const id of ['RUS', 'CHN', 'vladimir-putin', 'xi-jinping']) expect(named).toContain(id);
		// Fewer labels than actors: the less important wait for room (a zoom, a wider frame).
		expect(named.length).toBeLessThan(view.layout.nodes.length);
	});

	it('draws one link per pair whose title and name say each type as a sentence, with its count', () => {
		const view = networkView(dataset, NO_FILTERS);
		const { document } = draw();
		const links = [...document.querySelectorAll('a.link')];
		expect(links).toHaveLength(pairLinks(view.edges).length);
		expect(links.length).toBeLessThan(view.edges.length);
		const putinXi = document.querySelector('a[data-link="pair:vladimir-putin~xi-jinping"]');
		expect(putinXi?.getAttribute('href')).toBe('/network?edge=pair%3Avladimir-putin%7Exi-jinping');
		expect(putinXi?.getAttribute('data-types')?.split(' ')).toEqual([
			'meeting',
			'talks',
			'support',
			'agreement',
			'congratulation',
			'statement'
		]);
		const name =
			'Vladimir Putin and Xi Jinping met (3 relations); Vladimir Putin and Xi Jinping held talks (2 relations); Vladimir Putin and Xi Jinping support each other (2 relations); Vladimir Putin and Xi Jinping reached an agreement (1 relation); Xi Jinping congratulated or thanked Vladimir Putin (1 relation); Vladimir Putin made a statement about Xi Jinping (1 relation)';
		expect(putinXi?.querySelector('title')?.textContent).toBe(name);
		expect(putinXi?.getAttribute('aria-label')).toBe(name);
		// One band per edge, coloured by type; the per-type edges stay addressable.
		expect(putinXi?.querySelectorAll('path.edge')).toHaveLength(6);
		expect(
			putinXi?.querySelector('path[data-edge="talks:vladimir-putin~xi-jinping"]')
		).not.toBeNull();
	});

	it('draws each relation type apart in the per-type view', () => {
		const view = networkView(dataset, NO_FILTERS);
		const { document } = draw({ linkMode: 'types' });
		expect(document.querySelectorAll('a.link')).toHaveLength(view.edges.length);
		expect(document.querySelector('svg')?.getAttribute('data-links')).toBe('types');
	});

	it('highlights the selected link and dims the others', () => {
		for (const selectedEdge of [
			'pair:vladimir-putin~xi-jinping',
			'talks:vladimir-putin~xi-jinping'
		]) {
			const { document } = draw({ selectedEdge });
			const selected = [...document.querySelectorAll('a.link.selected')];
			expect(selected.map((a) => a.getAttribute('data-link'))).toEqual([
				'pair:vladimir-putin~xi-jinping'
			]);
			expect(selected[0]?.getAttribute('aria-current')).toBe('true');
			expect(selected[0]?.querySelectorAll('path.halo')).toHaveLength(1);
			const others = [...document.querySelectorAll('a.link:not(.selected)')];
			expect(others.length).toBeGreaterThan(0);
			expect(others.every((a) => a.classList.contains('dim'))).toBe(true);
			// Both of its actors are named.
			for (const id of ['vladimir-putin', 'xi-jinping'])
				expect(document.querySelector(`text[data-label="${id}"]`), id).not.toBeNull();
		}
		// In the per-type view a pair's selection highlights each of its types.
		const { document } = draw({
			linkMode: 'types',
			selectedEdge: 'pair:vladimir-putin~xi-jinping'
		});
		expect(document.querySelectorAll('a.link.selected')).toHaveLength(6);
	});

	it('draws arrowheads as shapes, no markers, and labels above links and nodes', () => {
		const { document } = draw();
		expect(document.querySelectorAll('marker')).toHaveLength(0);
		expect(document.querySelectorAll('path.arrow').length).toBeGreaterThan(0);
		const layers = [...(document.querySelector('svg > g')?.children ?? [])].map((g) =>
			g.getAttribute('class')
		);
		// Actors first, so the keyboard reaches them before the links (#14 §5); links stop at
		// the actors' borders, so drawing them over the actors hides nothing.
		expect(layers).toEqual(['nodes', 'edges', 'labels']);
		// Each label is counter-scaled about its node and keeps a halo (CSS paint-order stroke).
		const label = document.querySelector('text[data-label="CHN"]');
		expect(label?.getAttribute('transform')).toMatch(/^translate\([\d.]+,[\d.]+\) scale\(1\)$/);
		expect(label?.getAttribute('font-size')).toBe('13');
	});

	it('escapes actor names in labels, titles and accessible names', () => {
		const hostile = '<img src=x onerror=alert(1)>"&';
		const node = (id: string, x: number) => ({
			id,
			type: 'country' as const,
			name: id === 'A' ? hostile : 'B',
			names: { fr: id, en: id },
			weight: 1,
			mentions: 1,
			x,
			y: 100,
			r: 10
		});
		const { markup, document } = draw(
			{},
			{
				layout: { width: 800, height: 200, nodes: [node('A', 250), node('B', 550)] },
				edges: [
					{ id: 'visit:A>B', type: 'visit', source: 'A', target: 'B', directed: true, count: 1 }
				]
			}
		);
		expect(document.querySelectorAll('img')).toHaveLength(0);
		expect(markup).not.toContain('<img');
		expect(document.querySelector('text[data-label="A"]')?.textContent).toBe(hostile);
		expect(document.querySelector('a.link')?.getAttribute('aria-label')).toContain(hostile);
	});
});
