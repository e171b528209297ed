// npm run data: compile data/ into generated/dataset.json (schema-checked, deterministic).
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { compileDataset, serializeDataset } from '../src/lib/server/compileDataset';
import { DATA_DIR, DATASET_FILE } from '../src/lib/server/paths';
import { runCli } from './cli';

await runCli(async () => {
	const dataset = await compileDataset(DATA_DIR);
	await mkdir(path.dirname(DATASET_FILE), { recursive: true });
	await writeFile(DATASET_FILE, serializeDataset(dataset));
	console.log(
		`data set: ${dataset.articles.length} articles, ${dataset.entities.length} entities, ${dataset.relations.length} relations, ${dataset.indicators.length} indicators → ${path.relative(process.cwd(), DATASET_FILE)}`
	);
});
