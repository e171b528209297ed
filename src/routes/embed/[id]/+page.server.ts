import { resolve } from '$app/paths';
import { isChartId, parseRows } from '$lib/charts/registry';
import { parsePage } from '$lib/pagination';
import { CHART_IDS } from '$lib/charts/types';
import { sourceLine } from '$lib/charts/selection';
import { networkHeight, parseEmbedWidth } from '$lib/embed/embedSize';
import { EMBED_THEME_DEFAULT, parseEmbedTheme } from '$lib/embed/embedTheme';
import { oembedAddress } from '$lib/embed/oembedAddress';
import { filtersQuery } from '$lib/graph/filters';
import { networkEmbedTitle, networkKey } from '$lib/graph/networkKey';
import { networkView } from '$lib/graph/networkView';
import { parseTop } from '$lib/graph/strongest';
import type { Evidence } from '$lib/types';
import { chartView } from '$lib/server/chartView';
import { loadDataset } from '$lib/server/dataset';
import { pageFilters } from '$lib/server/pageFilters';
import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

// An embed needs no script to be read: the figure, its marks' links and their evidence are
// all in the HTML; the one script it loads reports its height to the host page and asks for the
// figure again at the frame's width (`?width=`), so its text keeps its size on screen.
export const csr = false;

export const load: PageServerLoad = ({ params, url, locals }) => {
	const id = params.id;
	if (id !== 'network' && !isChartId(id))
		error(404, `Nothing to embed by that name. Embeds: network, ${CHART_IDS.join(', ')}.`);
	const dataset = loadDataset();
	const { filters, problems } = pageFilters(dataset, url.searchParams);
	const query = filtersQuery(filters, locals.langChosen ? { lang: locals.locale } : {});
	const fullPath = id === 'network' ? '/network' : `/charts/${id}`;
	const size = parseEmbedWidth(url.searchParams.get('width'));
	const theme = parseEmbedTheme(url.searchParams.get('theme'));
	locals.theme = theme.theme;
	// The links inside the frame keep the width it asked for and its colours.
	const keep: Record<string, string> = {
		...(locals.langChosen ? { lang: locals.locale } : {}),
		...(theme.theme !== EMBED_THEME_DEFAULT ? { theme: theme.theme } : {}),
		...(url.searchParams.has('width') && !size.problem ? { width: String(size.width) } : {})
	};
	const common = {
		id,
		width: size.width,
		keep,
		filters,
		locale: locals.locale,
		origin: url.origin,
		notices: problems.map((p) => p.message),
		fullUrl: `${url.origin}${fullPath}${query}`,
		oembedUrl: oembedAddress(url.origin, `${url.origin}/embed/${id}${query}`)
	};
	for (const problem of [size.problem, theme.problem]) if (problem) common.notices.push(problem);
	if (id === 'network') {
		let evidence: Evidence[] = [];
		const top = parseTop(url.searchParams.get('top'));
		if (top.problem) common.notices.push(top.problem);
		else if (url.searchParams.get('top')) keep.top = String(top.top);
		// Selecting an actor or a link stays inside the frame (the site's pages refuse framing).
		const node = url.searchParams.get('select') ?? undefined;
		const edge = url.searchParams.get('edge') ?? undefined;
		const page = parsePage(url.searchParams.get('page'));
		if (page.problem) common.notices.push(page.problem);
		const network = networkView(
			dataset,
			filters,
			{ node, edge, page: page.page },
			locals.locale,
			top.top,
			(e) => {
				evidence = e;
			},
			{ width: size.width, height: networkHeight(size.width) }
		);
		if (node && !network.selectedNode)
			common.notices.push('The selected actor is not in the data set.');
		if (edge && !network.selectedEdge)
			common.notices.push('The selected link is not in the network as filtered.');
		const selection: Record<string, string> = network.selectedNode
			? { select: network.selectedNode.id }
			: network.selectedEdge
				? { edge: network.selectedEdge.id }
				: {};
		return {
			...common,
			fullUrl: `${url.origin}${fullPath}${filtersQuery(filters, {
				...(locals.langChosen ? { lang: locals.locale } : {}),
				...selection
			})}`,
			network: {
				layout: network.layout,
				edges: network.edges,
				large: network.large,
				...networkEmbedTitle(network.layout.nodes, network.edges, locals.locale),
				key: networkKey(network.layout.nodes, network.edges),
				source: sourceLine(dataset, evidence, locals.locale),
				selectedNode: network.selectedNode,
				selectedEdge: network.selectedEdge
			}
		};
	}
	const select = url.searchParams.get('select');
	const rows = parseRows(url.searchParams.get('rows'));
	const page = parsePage(url.searchParams.get('page'));
	for (const problem of [rows.problem, page.problem]) if (problem) common.notices.push(problem);
	const view = chartView(dataset, id, filters, {
		width: size.width,
		keep,
		linkBase: resolve('/embed/[id]', { id }),
		select,
		target: '_self',
		locale: locals.locale,
		keepLang: locals.langChosen,
		...(rows.limit ? { limit: rows.limit } : {}),
		page: page.page
	});
	if (select && !view.selected)
		common.notices.push('The selected mark is not in the chart as filtered.');
	return { ...common, chart: view };
};
