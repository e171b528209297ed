// The share panel's downloads: the network's files (GEXF beside GraphML, JSON and the tables)
// and the open data package, each for the view's filters and in the reader's language.
import { describe, expect, it } from 'vitest';
import { shareLinks } from '../../src/lib/embed/share';
import { NO_FILTERS } from '../../src/lib/graph/filters';

const filters = { ...NO_FILTERS, countries: ['CHN'] };

describe('share panel downloads', () => {
	it('offer the network as GEXF beside the other graph files, and the view’s open data, in French', () => {
		const links = shareLinks('https://e.test', 'network', filters, 'Réseau', 'fr');
		const hrefs = links.downloads.map((d) => d.href);
		for (const file of ['graph.gexf', 'graph.graphml', 'graph.json', 'graph.nodes.csv', 'data.zip'])
			expect(hrefs).toContain(`https://e.test/api/${file}?country=CHN&lang=fr`);
		expect(hrefs).toContain('https://e.test/api/dataset.schema.json');
		expect(links.downloads.find((d) => d.href.includes('data.zip'))?.label).toMatch(
			/^Données ouvertes/
		);
		// Every label in the reader's language, the tables' too.
		expect(links.downloads.map((d) => d.label)).toContain('Acteurs CSV (Excel)');
		expect(links.downloads.map((d) => d.label).join(' ')).not.toMatch(/Nodes|Edges/);
		expect(links.oembedUrl).toBe(
			'https://e.test/oembed?format=json&url=https%3A%2F%2Fe.test%2Fembed%2Fnetwork%3Fcountry%3DCHN%26lang%3Dfr'
		);
	});

	it('offer the network as SVG and as PNG 800, 1600 and 2400 px wide, as drawn on the page', () => {
		const links = shareLinks('https://e.test', 'network', filters, 'Réseau', 'fr', 600, {
			top: '20',
			links: 'types'
		});
		expect(links.downloads.slice(0, 4)).toEqual([
			{ label: 'SVG', href: 'https://e.test/api/graph.svg?country=CHN&lang=fr&top=20&links=types' },
			...[
				['800', ''],
				['1600', '&scale=2'],
				['2400', '&scale=3']
			].map(([width, scale]) => ({
				label: `PNG ${width}\u00a0px`,
				href: `https://e.test/api/graph.png?country=CHN&lang=fr&top=20&links=types${scale}`
			}))
		]);
		// The other files are the filtered network's, whatever the picture shows.
		expect(links.downloads.map((d) => d.href)).toContain(
			'https://e.test/api/graph.gexf?country=CHN&lang=fr'
		);
	});

	it('offer a chart’s picture in the same widths, in English by default', () => {
		const labels = shareLinks('https://e.test', 'timeline', filters, 'Timeline').downloads.map(
			(d) => `${d.label} ${d.href}`
		);
		expect(labels).toEqual(
			expect.arrayContaining([
				'SVG https://e.test/api/charts/timeline.svg?country=CHN',
				'PNG 800 px https://e.test/api/charts/timeline.png?country=CHN',
				'PNG 1600 px https://e.test/api/charts/timeline.png?country=CHN&scale=2',
				'PNG 2400 px https://e.test/api/charts/timeline.png?country=CHN&scale=3'
			])
		);
	});

	it('offer a chart’s view as open data too, English by default', () => {
		const links = shareLinks('https://e.test', 'meetings', filters, 'Meetings');
		expect(links.downloads.map((d) => d.href)).toContain('https://e.test/api/data.zip?country=CHN');
	});

	it('offer the embed code in light (the default), dark and the reader’s colours, at the height given', () => {
		const links = shareLinks('https://e.test', 'meetings', filters, 'Meetings', 'fr', 455);
		expect(links.snippet).toBe(links.snippets.light);
		expect(links.snippets.light).toContain(
			'src="https://e.test/embed/meetings?country=CHN&amp;lang=fr"'
		);
		expect(links.snippets.dark).toContain(
			'src="https://e.test/embed/meetings?country=CHN&amp;lang=fr&amp;theme=dark"'
		);
		expect(links.snippets.auto).toContain('theme=auto');
		for (const snippet of Object.values(links.snippets))
			expect(snippet).toContain(' height="455" ');
	});
});
