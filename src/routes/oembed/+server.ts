import { isChartId } from '$lib/charts/registry';
import type { ChartId } from '$lib/charts/types';
import { chartData } from '$lib/server/chartView';
import { embedDefaultHeight } from '$lib/server/embedDefaultHeight';
import { embedSnippet } from '$lib/embed/scripts';
import { EMBED_THEME_DEFAULT, parseEmbedTheme } from '$lib/embed/embedTheme';
import { isLocale } from '$lib/i18n/locale';
import { filtersQuery } from '$lib/graph/filters';
import { loadDataset } from '$lib/server/dataset';
import { refuse } from '$lib/server/downloadResponse';
import { pageFilters } from '$lib/server/pageFilters';
import type { RequestHandler } from './$types';

// oEmbed (https://oembed.com): a CMS given the URL of a chart, an embed or the network gets the
// iframe to paste. Only this site's own URLs are answered.
function embeddable(pathname: string): ChartId | 'network' | undefined {
	if (pathname === '/network' || pathname === '/embed/network') return 'network';
	const chart = /^\/(?:embed|charts)\/([a-z]+)$/.exec(pathname)?.[1];
	return chart && isChartId(chart) ? chart : undefined;
}

export const GET: RequestHandler = ({ url }) => {
	const format = url.searchParams.get('format') ?? 'json';
	if (format !== 'json')
		return new Response('Only format=json is offered.\n', {
			status: 501,
			headers: { 'content-type': 'text/plain; charset=utf-8' }
		});
	const raw = url.searchParams.get('url');
	if (!raw) return refuse(400, 'Give the URL of a chart, an embed or the network: ?url=…');
	let target: URL;
	try {
		target = new URL(raw);
	} catch {
		return refuse(400, 'The url parameter is not a URL.');
	}
	if (target.protocol !== 'http:' && target.protocol !== 'https:')
		return refuse(400, 'The url parameter must be an http: or https: address.');
	const size: Partial<Record<'maxwidth' | 'maxheight', number>> = {};
	for (const name of ['maxwidth', 'maxheight'] as const) {
		const given = url.searchParams.get(name);
		if (given === null) continue;
		// oEmbed sizes are pixels: a positive whole number (no 0, -5, 1e3, 12.5 or 99999999).
		if (!/^[1-9]\d{0,4}$/.test(given))
			return refuse(
				400,
				`The ${name} parameter must be a positive whole number of pixels (1–99999).`
			);
		size[name] = Number(given);
	}
	const id = embeddable(target.pathname);
	if (target.host !== url.host || !id)
		return refuse(404, 'Not an Entente chart, embed or network URL on this site.');
	const dataset = loadDataset();
	const { filters, problems } = pageFilters(dataset, target.searchParams);
	if (problems.length) return refuse(400, problems.map((p) => p.message).join('\n'));
	const { maxwidth: maxWidth, maxheight: maxHeight } = size;
	const lang = target.searchParams.get('lang');
	const locale = isLocale(lang) ? lang : 'en';
	const theme = parseEmbedTheme(target.searchParams.get('theme'));
	if (theme.problem) return refuse(400, 'The theme parameter must be light, dark or auto.');
	const query = filtersQuery(filters, {
		...(isLocale(lang) ? { lang } : {}),
		...(theme.theme !== EMBED_THEME_DEFAULT ? { theme: theme.theme } : {})
	});
	const chart = id === 'network' ? undefined : chartData(dataset, id, filters, locale);
	const title = chart ? chart.title : 'Entente network';
	let height = embedDefaultHeight(dataset, id, filters, locale);
	const width = Math.min(maxWidth ?? 680, 680);
	if (maxHeight) height = Math.min(height, maxHeight);
	const html = embedSnippet(
		`${url.origin}/embed/${id}${query}`,
		`${url.origin}/embed.js`,
		title,
		height
	);
	return new Response(
		JSON.stringify({
			version: '1.0',
			type: 'rich',
			provider_name: 'Entente',
			provider_url: `${url.origin}/`,
			title,
			html,
			width,
			height,
			cache_age: 300
		}),
		{
			headers: {
				'content-type': 'application/json; charset=utf-8',
				'access-control-allow-origin': '*'
			}
		}
	);
};
