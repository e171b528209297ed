import { isChartId } from '$lib/charts/registry';
import { CHART_IDS } from '$lib/charts/types';
import { chartDownload, DOWNLOAD_FORMATS, type DownloadFormat } from '$lib/server/chartDownload';
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
import { pageFilters } from '$lib/server/pageFilters';
import type { RequestHandler } from './$types';

const isFormat = (f: string): f is DownloadFormat =>
	(DOWNLOAD_FORMATS as readonly string[]).includes(f);

export const GET: RequestHandler = ({ params, url, locals }) => {
	if (!isChartId(params.id))
		return refuse(404, `No chart named that. The charts are: ${CHART_IDS.join(', ')}.`);
	if (!isFormat(params.format))
		return refuse(404, `No such download. The formats are: ${DOWNLOAD_FORMATS.join(', ')}.`);
	const scale = scaleParameter(url.searchParams);
	if (scale === undefined) return refuse(400, SCALE_REFUSAL);
	const excel = excelParameter(url.searchParams);
	if (excel === undefined) return refuse(400, EXCEL_REFUSAL);
	if (langParameter(url.searchParams) === undefined) return refuse(400, LANG_REFUSAL);
	const dataset = loadDataset();
	const { filters, problems } = pageFilters(dataset, url.searchParams);
	if (problems.length) return refuse(400, problems.map((p) => p.message).join('\n'));
	const query = url.searchParams.toString();
	const download = chartDownload(dataset, params.id, filters, params.format, {
		scale,
		locale: locals.locale,
		excel,
		permalink: `${url.origin}/charts/${params.id}${query ? `?${query}` : ''}`
	});
	return downloadResponse(download, params.format === 'csv' || params.format === 'zip');
};
