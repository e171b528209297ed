import { filtersToParams } from '$lib/graph/filters';
import { dataPackageZip } from '$lib/opendata/dataPackage';
import { dataRequest, viewFileName } from '$lib/server/dataDownload';
import { downloadResponse } from '$lib/server/downloadResponse';
import type { RequestHandler } from './$types';

// The open data package of the view (the whole data set without filters), zipped.
export const GET: RequestHandler = ({ url }) => {
	const request = dataRequest(url);
	if (request.refusal) return request.refusal;
	const { dataset, filters } = request;
	const query = filtersToParams(filters).toString();
	return downloadResponse(
		{
			body: dataPackageZip(dataset, filters, url.origin),
			type: 'application/zip',
			filename: `${viewFileName('entente-data', query)}.zip`
		},
		true
	);
};
