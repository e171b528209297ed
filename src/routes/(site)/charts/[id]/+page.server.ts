import { resolve } from '$app/paths';
import { isChartId, parseRows } from '$lib/charts/registry';
import { parsePage } from '$lib/pagination';
import { CHART_IDS } from '$lib/charts/types';
import { shareLinks } from '$lib/embed/share';
import { chartView, PHONE_WIDTH, PRINT_WIDTH } from '$lib/server/chartView';
import { withDetachedFigure } from '$lib/server/detachedFigures';
import { loadDataset } from '$lib/server/dataset';
import { embedDefaultHeight } from '$lib/server/embedDefaultHeight';
import { filterSummary, pageFilters } from '$lib/server/pageFilters';
import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

/** The width the server draws at; the browser redraws at the page's own width. */
const FIGURE_WIDTH = 880;

export const load: PageServerLoad = ({ params, url, locals }) => {
	if (!isChartId(params.id))
		error(404, `There is no chart with that name. The charts are: ${CHART_IDS.join(', ')}.`);
	const dataset = loadDataset();
	const { filters, problems, options } = pageFilters(dataset, url.searchParams, locals.locale);
	const select = url.searchParams.get('select');
	const rows = parseRows(url.searchParams.get('rows'));
	const page = parsePage(url.searchParams.get('page'));
	const view = chartView(dataset, params.id, filters, {
		width: FIGURE_WIDTH,
		linkBase: resolve('/(site)/charts/[id]', { id: params.id }),
		select,
		locale: locals.locale,
		keepLang: locals.langChosen,
		...(rows.limit ? { limit: rows.limit } : {}),
		page: page.page,
		alternates: { narrow: PHONE_WIDTH, print: PRINT_WIDTH }
	});
	const notices = problems.map((p) => p.message);
	for (const problem of [rows.problem, page.problem]) if (problem) notices.push(problem);
	if (select && !view.selected) notices.push('The selected mark is not in the chart as filtered.');
	return {
		id: params.id,
		view: withDetachedFigure(locals, view),
		filters,
		summary: filterSummary(dataset, filters, url.searchParams, locals.locale),
		notices,
		options,
		share: shareLinks(
			url.origin,
			params.id,
			filters,
			view.chart.title,
			locals.locale,
			embedDefaultHeight(dataset, params.id, filters, locals.locale)
		),
		charts: CHART_IDS
	};
};
