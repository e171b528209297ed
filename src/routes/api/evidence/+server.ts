// The sentences behind a selection, a page at a time, as JSON: a chart's mark
// (?chart=<id>&select=<key>), an actor's relations (?actor=<id>) or a link (?edge=<id>, or a
// pair's ?edge=pair:<a>~<b>), under the same filters as the view (and ?rows= for a chart,
// ?page=). Views ship without evidence and ask here when a reader selects something; without
// scripts, ?select= on the view's own URL shows the same page of sentences. An actor's
// sentences come from the embedded database when the filters are ones it answers
// (src/lib/server/store), else from the data set in memory.
import { isChartId, parseRows } from '$lib/charts/registry';
import { mentionCountOf } from '$lib/counts';
import { CHART_IDS } from '$lib/charts/types';
import { edgeEvidence, filteredGraph, linkEdgesIn, nodeDetails } from '$lib/graph/networkView';
import { parsePage } from '$lib/pagination';
import { chartData, selectedMark } from '$lib/server/chartView';
import { loadDataset } from '$lib/server/dataset';
import { refuse } from '$lib/server/downloadResponse';
import { pageFilters } from '$lib/server/pageFilters';
import { storeNodeDetails } from '$lib/server/store/actorDetails';
import { loadStore } from '$lib/server/store/loadStore';
import { storeQuery } from '$lib/server/store/store';
import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url, locals }) => {
	const params = url.searchParams;
	const dataset = loadDataset();
	const { filters, problems } = pageFilters(dataset, params);
	const page = parsePage(params.get('page'));
	const rows = parseRows(params.get('rows'));
	// The page that asks shows its own notice of an unknown ?lang= (its marks' links carry it);
	// the evidence is in the negotiated language either way.
	const bad = [
		...problems.filter((p) => p.key !== 'lang').map((p) => p.message),
		page.problem,
		rows.problem
	].filter(Boolean);
	if (bad.length) return refuse(400, bad.join('\n'));
	const chart = params.get('chart');
	const actor = params.get('actor');
	const edge = params.get('edge');
	if ([chart, actor, edge].filter((v) => v !== null).length !== 1)
		return refuse(
			400,
			'Ask for one selection: ?chart=<id>&select=<key>, ?actor=<id> or ?edge=<id>.'
		);
	if (chart !== null) {
		if (!isChartId(chart))
			return refuse(404, `No chart named that. The charts are: ${CHART_IDS.join(', ')}.`);
		const select = params.get('select');
		if (!select) return refuse(400, 'Name the mark with ?select=<key>.');
		const data = chartData(dataset, chart, filters, locals.locale, rows.limit);
		const row = data.rows.find((r) => r.key === select);
		if (!row) return refuse(404, 'The selected mark is not in the chart as filtered.');
		return json(selectedMark(dataset, row, page.page));
	}
	if (actor !== null) {
		const query = storeQuery(filters);
		const store = query ? loadStore() : undefined;
		const details =
			store && query
				? storeNodeDetails(
						store,
						actor,
						query,
						locals.locale,
						page.page,
						mentionCountOf(dataset, actor, filters)
					)
				: nodeDetails(dataset, actor, filters, locals.locale, page.page);
		if (!details) return refuse(404, 'No actor with this id in the data set.');
		return json(details);
	}
	// A type's edge, or every type between a pair (?edge=pair:<a>~<b>).
	const found = linkEdgesIn(filteredGraph(dataset, filters), edge ?? '');
	const [first] = found;
	if (!first) return refuse(404, 'The selected link is not in the network as filtered.');
	const evidence = found.flatMap((e) => e.evidence);
	return json(edgeEvidence(dataset, { ...first, evidence }, page.page));
};
