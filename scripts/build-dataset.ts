// npm run data: compile data/ into generated/dataset.json (schema-checked, deterministic).
import path from 'node:path';
import { DATASET_FILE } from '../src/lib/server/paths';
import { rebuildDataset } from '../src/lib/server/rebuildDataset';
import { runCli } from './cli';

await runCli(async () => {
	const dataset = await rebuildDataset();
	console.log(
		`data set: ${dataset.articles.length} articles, ${dataset.entities.length} entities, ${dataset.relations.length} relations, ${dataset.indicators.length} indicators → ${path.relative(process.cwd(), DATASET_FILE)}`
	);
});
