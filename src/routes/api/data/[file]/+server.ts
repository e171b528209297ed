import { filtersToParams } from '$lib/graph/filters';
import {
	dataPackageDescriptor,
	PACKAGE_TABLES,
	packagePart,
	packageTableCsv
} from '$lib/opendata/dataPackage';
import { dataRequest, viewFileName } from '$lib/server/dataDownload';
import { downloadResponse, refuse } from '$lib/server/downloadResponse';
import type { RequestHandler } from './$types';

// The open data package unzipped, for tools that load one URL: /api/data/datapackage.json and
// /api/data/<table>.csv, with the view's filters. Without filters the descriptor's paths are
// relative (`events.csv`, as in a static copy); with filters, absolute URLs carrying them.
export const GET: RequestHandler = ({ params, url }) => {
	const table = params.file.endsWith('.csv') ? params.file.slice(0, -4) : undefined;
	if (params.file !== 'datapackage.json' && !(table && PACKAGE_TABLES.includes(table)))
		return refuse(
			404,
			`No such file. The data package is /api/data/datapackage.json and /api/data/${PACKAGE_TABLES.map((t) => `${t}.csv`).join(', ')}.`
		);
	const request = dataRequest(url);
	if (request.refusal) return request.refusal;
	const { dataset, filters } = request;
	const query = filtersToParams(filters).toString();
	if (!table)
		return downloadResponse(
			{
				body: dataPackageDescriptor(filters, {
					origin: url.origin,
					...(query
						? { path: (name: string) => `${url.origin}/api/data/${name}.csv?${query}` }
						: {})
				}),
				type: 'application/json; charset=utf-8',
				filename: 'datapackage.json'
			},
			false
		);
	return downloadResponse(
		{
			body: packageTableCsv(packagePart(dataset, filters), table) ?? '',
			type: 'text/csv; charset=utf-8',
			filename: `${viewFileName(`entente-${table}`, query)}.csv`
		},
		true
	);
};
