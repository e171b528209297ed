import { resolve } from '$app/paths';
import type { DependenceData } from '$lib/charts/dependence';
import type { MeetingRow } from '$lib/charts/meetings';
import { CHART_IDS, type ChartData } from '$lib/charts/types';
import { corpusOverview } from '$lib/corpusOverview';
import { headlineFigures } from '$lib/dashboard';
import { networkView } from '$lib/graph/networkView';
import { chartView } from '$lib/server/chartView';
import { loadDataset } from '$lib/server/dataset';
import { pageFilters } from '$lib/server/pageFilters';
import type { PageServerLoad } from './$types';

/** Small multiples are drawn at this width on the server; the browser redraws to fit. */
const SMALL_WIDTH = 560;

export const load: PageServerLoad = ({ url, locals }) => {
	const dataset = loadDataset();
	const { filters, problems, options } = pageFilters(dataset, url.searchParams, locals.locale);
	const charts = CHART_IDS.map((id) =>
		chartView(dataset, id, filters, {
			width: SMALL_WIDTH,
			linkBase: resolve('/(site)/charts/[id]', { id }),
			locale: locals.locale,
			keepLang: locals.langChosen
		})
	);
	const network = networkView(dataset, filters, {}, locals.locale);
	const byId = Object.fromEntries(charts.map((c) => [c.chart.id, c.chart]));
	return {
		...corpusOverview(dataset, locals.locale),
		filters,
		notices: problems.map((p) => p.message),
		options,
		network: { large: network.large, layout: network.layout, edges: network.edges },
		headlines: headlineFigures(
			dataset,
			filters,
			network.layout.nodes.length,
			byId.meetings as ChartData<MeetingRow>,
			byId.dependence as DependenceData,
			locals.locale
		),
		charts
	};
};
