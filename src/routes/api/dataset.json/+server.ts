import { readFile } from 'node:fs/promises';
import { loadDataset } from '$lib/server/dataset';
import { downloadResponse } from '$lib/server/downloadResponse';
import { DATASET_FILE } from '$lib/server/paths';
import type { RequestHandler } from './$types';

// The whole compiled data set as `npm run data` writes it (valid against
// /api/dataset.schema.json): the file itself, once the server has read it.
export const GET: RequestHandler = async () => {
	loadDataset();
	return downloadResponse(
		{
			body: new Uint8Array(await readFile(DATASET_FILE)),
			type: 'application/json; charset=utf-8',
			filename: 'entente-dataset.json'
		},
		true
	);
};
