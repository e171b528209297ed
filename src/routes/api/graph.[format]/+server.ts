import { filteredGraph } from '$lib/graph/networkView';
import { edgesCsv, graphJson, nodesCsv, toGexf, toGraphml } from '$lib/graph/exportGraph';
import { filtersToParams } from '$lib/graph/filters';
import { loadDataset } from '$lib/server/dataset';
import { downloadResponse, refuse } from '$lib/server/downloadResponse';
import { pageFilters } from '$lib/server/pageFilters';
import type { RequestHandler } from './$types';

const FORMATS = {
	gexf: { type: 'application/gexf+xml; charset=utf-8', write: toGexf },
	graphml: { type: 'application/graphml+xml; charset=utf-8', write: toGraphml },
	json: { type: 'application/json; charset=utf-8', write: graphJson },
	'nodes.csv': { type: 'text/csv; charset=utf-8', write: nodesCsv },
	'edges.csv': { type: 'text/csv; charset=utf-8', write: edgesCsv }
} as const;

export const GET: RequestHandler = ({ params, url }) => {
	const format = FORMATS[params.format as keyof typeof FORMATS];
	if (!Object.hasOwn(FORMATS, params.format) || !format)
		return refuse(
			404,
			`No such download. The network comes as graph.${Object.keys(FORMATS).join(', graph.')}.`
		);
	const dataset = loadDataset();
	const { filters, problems } = pageFilters(dataset, url.searchParams);
	if (problems.length) return refuse(400, problems.map((p) => p.message).join('\n'));
	const graph = filteredGraph(dataset, filters);
	const body = format.write(graph, filtersToParams(filters).toString());
	return downloadResponse(
		{ body, type: format.type, filename: `entente-network.${params.format}` },
		params.format.endsWith('csv')
	);
};
