import { resolve } from '$app/paths';
import type { DependenceData } from '$lib/charts/dependence';
import type { MeetingRow } from '$lib/charts/meetings';
import { CHART_IDS, type ChartData } from '$lib/charts/types';
import { corpusOverview } from '$lib/corpusOverview';
import { headlineFigures } from '$lib/dashboard';
import { networkView } from '$lib/graph/networkView';
import { chartView, PHONE_WIDTH } from '$lib/server/chartView';
import { withDetachedFigure } from '$lib/server/detachedFigures';
import { loadDataset } from '$lib/server/dataset';
import { filterSummary, pageFilters } from '$lib/server/pageFilters';
import type { PageServerLoad } from './$types';

/** Small multiples are drawn at this width on the server; the browser redraws to fit. */
const SMALL_WIDTH = 560;
/** Rows of the articles and actors tables. */
const LISTED = 50;

export const load: PageServerLoad = ({ url, locals }) => {
	const dataset = loadDataset();
	const { filters, problems, options } = pageFilters(dataset, url.searchParams, locals.locale);
	// The network first: it merges the selection's links, which the charts then read instead of
	// asking the database for the same relations (src/lib/counts.ts's countedSelection).
	const network = networkView(dataset, filters, {}, locals.locale);
	const charts = CHART_IDS.map((id) =>
		chartView(dataset, id, filters, {
			width: SMALL_WIDTH,
			linkBase: resolve('/(site)/charts/[id]', { id }),
			locale: locals.locale,
			keepLang: locals.langChosen,
			alternates: { narrow: PHONE_WIDTH }
		})
	);
	const byId = Object.fromEntries(charts.map((c) => [c.chart.id, c.chart]));
	const overview = corpusOverview(dataset, filters, locals.locale, LISTED);
	return {
		// The tables list the most recent articles and the most mentioned actors of the
		// selection; the totals say how many there are, the corpus's how many in all.
		totals: overview.totals,
		corpus: overview.corpus,
		articles: overview.articles.slice(0, LISTED),
		actors: overview.actors.slice(0, LISTED),
		filters,
		summary: filterSummary(dataset, filters, url.searchParams, locals.locale),
		notices: problems.map((p) => p.message),
		options,
		network: { large: network.large, layout: network.layout, edges: network.edges },
		headlines: headlineFigures(
			dataset,
			filters,
			byId.meetings as ChartData<MeetingRow>,
			byId.dependence as DependenceData,
			locals.locale
		),
		charts: charts.map((view) => withDetachedFigure(locals, view))
	};
};
