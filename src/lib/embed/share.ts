// What the "Share & embed" panel offers for a view and its filters: the permalink, the frame
// to paste, the oEmbed address and every download, all as absolute URLs.
import type { ChartId } from '../charts/types';
import { filtersQuery, type Filters } from '../graph/filters';
import type { Locale } from '../i18n/locale';
import { uiText } from '../i18n/ui';
import { EMBED_THEME_DEFAULT, EMBED_THEMES, type EmbedTheme } from './embedTheme';
import { oembedAddress } from './oembedAddress';
import { embedSnippet } from './scripts';

/** The PNG widths a picture comes in: `?scale=1`, 2 and 3 of its 800 px. */
export const PNG_WIDTHS = [800, 1600, 2400] as const;

export interface ShareLinks {
	permalink: string;
	embedUrl: string;
	oembedUrl: string;
	/** The frame to paste, in the default light colours… */
	snippet: string;
	/** …and in each theme the embed offers (`?theme=`). */
	snippets: Record<EmbedTheme, string>;
	downloads: { label: string; href: string }[];
}

export function shareLinks(
	origin: string,
	view: ChartId | 'network',
	filters: Filters,
	title: string,
	locale: Locale = 'en',
	/** The frame's height before a script sizes it (server/embedDefaultHeight.ts). */
	height?: number,
	/** What else the network's picture keeps of the page (`top`, `links`, `select`). */
	picture: Record<string, string> = {}
): ShareLinks {
	// What the reader sees in French is shared in French; English is every embed's default.
	const lang: Record<string, string> = locale === 'en' ? {} : { lang: locale };
	const query = filtersQuery(filters, lang);
	const ui = uiText(locale).share;
	const withParams = (path: string, extra: Record<string, string> = {}) =>
		`${origin}${path}${filtersQuery(filters, { ...lang, ...extra })}`;
	const permalink = `${origin}${view === 'network' ? '/network' : `/charts/${view}`}${query}`;
	const embedUrl = `${origin}/embed/${view}${query}`;
	// Pictures 800, 1600 and 2400 px wide (rasterise.ts).
	const pictures = (path: string, extra: Record<string, string> = {}) => [
		{ label: 'SVG', href: withParams(`${path}.svg`, extra) },
		...PNG_WIDTHS.map((width, i) => ({
			label: ui.png(width),
			href: withParams(`${path}.png`, { ...extra, ...(i ? { scale: String(i + 1) } : {}) })
		}))
	];
	const downloads =
		view === 'network'
			? [
					...pictures('/api/graph', picture),
					{ label: 'GEXF (Gephi)', href: withParams('/api/graph.gexf') },
					{ label: 'GraphML', href: withParams('/api/graph.graphml') },
					{ label: 'JSON', href: withParams('/api/graph.json') },
					{ label: ui.nodesCsv, href: withParams('/api/graph.nodes.csv') },
					{ label: ui.edgesCsv, href: withParams('/api/graph.edges.csv') },
					// UTF-8 with a BOM, so a double-click in Excel keeps accented names.
					{
						label: `${ui.nodesCsv} (Excel)`,
						href: withParams('/api/graph.nodes.csv', { excel: '1' })
					},
					{
						label: `${ui.edgesCsv} (Excel)`,
						href: withParams('/api/graph.edges.csv', { excel: '1' })
					},
					// The events behind the view, as a Frictionless Data Package, and the data set's schema.
					{ label: ui.openData, href: withParams('/api/data.zip') },
					{ label: ui.schema, href: `${origin}/api/dataset.schema.json` }
				]
			: [
					...pictures(`/api/charts/${view}`),
					{ label: 'CSV', href: withParams(`/api/charts/${view}.csv`) },
					{ label: 'CSV (Excel)', href: withParams(`/api/charts/${view}.csv`, { excel: '1' }) },
					{ label: 'JSON', href: withParams(`/api/charts/${view}.json`) },
					{ label: ui.zip, href: withParams(`/api/charts/${view}.zip`) },
					{ label: ui.openData, href: withParams('/api/data.zip') }
				];
	const snippets = Object.fromEntries(
		EMBED_THEMES.map((theme) => [
			theme,
			embedSnippet(
				theme === EMBED_THEME_DEFAULT ? embedUrl : withParams(`/embed/${view}`, { theme }),
				`${origin}/embed.js`,
				title,
				height
			)
		])
	) as Record<EmbedTheme, string>;
	return {
		permalink,
		embedUrl,
		oembedUrl: oembedAddress(origin, embedUrl),
		snippet: snippets[EMBED_THEME_DEFAULT],
		snippets,
		downloads
	};
}
