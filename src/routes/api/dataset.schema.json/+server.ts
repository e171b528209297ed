import { datasetJsonSchema } from '$lib/opendata/jsonSchema';
import { downloadResponse } from '$lib/server/downloadResponse';
import type { RequestHandler } from './$types';

// The data set's JSON Schema, generated from its zod schema.
export const GET: RequestHandler = ({ url }) =>
	downloadResponse(
		{
			body: datasetJsonSchema(url.origin),
			type: 'application/schema+json; charset=utf-8',
			filename: 'entente-dataset.schema.json'
		},
		false
	);
