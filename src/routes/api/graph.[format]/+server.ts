import type { Graph } from '$lib/graph/buildGraph';
import { filteredGraph } from '$lib/graph/networkView';
import { edgesCsv, graphJson, nodesCsv, toGexf, toGraphml } from '$lib/graph/exportGraph';
import { filtersToParams } from '$lib/graph/filters';
import { loadDataset } from '$lib/server/dataset';
import {
	downloadResponse,
	EXCEL_REFUSAL,
	excelParameter,
	refuse
} from '$lib/server/downloadResponse';
import { pageFilters } from '$lib/server/pageFilters';
import type { RequestHandler } from './$types';

const FORMATS = {
	gexf: { type: 'application/gexf+xml; charset=utf-8', write: toGexf },
	graphml: { type: 'application/graphml+xml; charset=utf-8', write: toGraphml },
	json: { type: 'application/json; charset=utf-8', write: graphJson },
	'nodes.csv': { type: 'text/csv; charset=utf-8', write: (g: Graph) => nodesCsv(g) },
	'edges.csv': { type: 'text/csv; charset=utf-8', write: (g: Graph) => edgesCsv(g) }
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
	const excel = excelParameter(url.searchParams);
	if (excel === undefined) return refuse(400, EXCEL_REFUSAL);
	const graph = filteredGraph(dataset, filters);
	const body =
		params.format === 'nodes.csv'
			? nodesCsv(graph, { excel })
			: params.format === 'edges.csv'
				? edgesCsv(graph, { excel })
				: format.write(graph, filtersToParams(filters).toString());
	const name = `entente-network${excel && params.format.endsWith('csv') ? '-excel' : ''}`;
	return downloadResponse(
		{ body, type: format.type, filename: `${name}.${params.format}` },
		params.format.endsWith('csv')
	);
};
