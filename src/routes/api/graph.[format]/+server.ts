import type { Graph } from '$lib/graph/buildGraph';
import { selectionOf } from '$lib/counts';
import { filteredGraph } from '$lib/graph/networkView';
import { edgeConfidence, edgesCsv, graphJson, nodesCsv, toGraphml } from '$lib/graph/exportGraph';
import { networkGexf } from '$lib/graph/gexf';
import { filtersToParams, type Filters } from '$lib/graph/filters';
import type { Locale } from '$lib/i18n/locale';
import type { Dataset } from '$lib/dataset/schema';
import { loadDataset } from '$lib/server/dataset';
import {
	downloadResponse,
	EXCEL_REFUSAL,
	excelParameter,
	LANG_REFUSAL,
	langParameter,
	refuse,
	SCALE_REFUSAL,
	scaleParameter
} from '$lib/server/downloadResponse';
import { networkDownload } from '$lib/server/networkDownload';
import { pageFilters } from '$lib/server/pageFilters';
import { scaleSuffix, type PngScale } from '$lib/charts/picture';
import { parseTop } from '$lib/graph/strongest';
import { parseLinkMode, type LinkMode } from '$lib/graph/pairLinks';
import type { RequestHandler } from './$types';

interface Request {
	dataset: Dataset;
	filters: Filters;
	graph: () => Graph;
	/** Each edge's confidence: the mean of its counted relations' (graph/edgeConfidence.ts). */
	confidence: () => Map<string, number>;
	locale: Locale;
	excel: boolean;
	/** The picture's: how many actors (`?top=`), links per pair or per type, PNG scale. */
	top: number;
	linkMode: LinkMode;
	scale: PngScale;
	/** The page's selected actor (`?select=`): the picture adds its partners and rings it. */
	select?: string;
}

const FORMATS: Record<string, { type: string; write: (r: Request) => string | Uint8Array }> = {
	svg: {
		type: 'image/svg+xml; charset=utf-8',
		write: (r) => networkDownload(r.dataset, r.filters, 'svg', r)
	},
	png: {
		type: 'image/png',
		write: (r) => networkDownload(r.dataset, r.filters, 'png', r)
	},
	gexf: {
		type: 'application/gexf+xml; charset=utf-8',
		write: (r) => networkGexf(r.dataset, r.filters, r.locale)
	},
	graphml: {
		type: 'application/graphml+xml; charset=utf-8',
		write: (r) => toGraphml(r.graph(), r.locale, r.confidence())
	},
	json: {
		type: 'application/json; charset=utf-8',
		write: (r) =>
			graphJson(r.graph(), filtersToParams(r.filters).toString(), r.locale, r.confidence())
	},
	'nodes.csv': {
		type: 'text/csv; charset=utf-8',
		write: (r) => nodesCsv(r.graph(), { excel: r.excel, locale: r.locale })
	},
	'edges.csv': {
		type: 'text/csv; charset=utf-8',
		write: (r) =>
			edgesCsv(r.graph(), { excel: r.excel, locale: r.locale, confidence: r.confidence() })
	}
};

export const GET: RequestHandler = ({ params, url }) => {
	const format = Object.hasOwn(FORMATS, params.format) ? FORMATS[params.format] : undefined;
	if (!format)
		return refuse(
			404,
			`No such download. The network comes as graph.${Object.keys(FORMATS).join(', graph.')}.`
		);
	// A download's own language rule first (as the chart downloads do): a page's notice says
	// which language the page is in, which a file is not.
	const locale = langParameter(url.searchParams);
	if (locale === undefined) return refuse(400, LANG_REFUSAL);
	const dataset = loadDataset();
	const { filters, problems } = pageFilters(dataset, url.searchParams);
	if (problems.length) return refuse(400, problems.map((p) => p.message).join('\n'));
	const excel = excelParameter(url.searchParams);
	if (excel === undefined) return refuse(400, EXCEL_REFUSAL);
	const scale = scaleParameter(url.searchParams);
	if (scale === undefined) return refuse(400, SCALE_REFUSAL);
	const top = parseTop(url.searchParams.get('top'));
	const links = parseLinkMode(url.searchParams.get('links'));
	for (const problem of [top.problem, links.problem]) if (problem) return refuse(400, problem);
	const select = url.searchParams.get('select') || undefined;
	if (select !== undefined && !dataset.entities.some((e) => e.id === select))
		return refuse(
			400,
			`select: there is no actor "${select.slice(0, 60)}" in the data set; give an actor's id, as the network page's address does (?select=vladimir-putin).`
		);
	const body = format.write({
		dataset,
		filters,
		graph: () => filteredGraph(dataset, filters),
		confidence: () => edgeConfidence(selectionOf(dataset, filters).relations),
		locale,
		excel,
		top: top.top,
		linkMode: links.mode,
		scale,
		...(select !== undefined ? { select } : {})
	});
	const csv = params.format.endsWith('csv');
	const name = `entente-network${locale === 'en' ? '' : `-${locale}`}${excel && csv ? '-excel' : ''}${params.format === 'png' ? scaleSuffix(scale) : ''}`;
	return downloadResponse({ body, type: format.type, filename: `${name}.${params.format}` }, csv);
};
