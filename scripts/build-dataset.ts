// npm run data: compile data/ into generated/dataset.sqlite, the embedded database the server
// queries, and generated/dataset.json, its JSON export (schema-checked, deterministic).
import path from 'node:path';
import { DATA_DIR, DATASET_FILE, storeFileFor } from '../src/lib/server/paths';
import { rebuildDatasetLocked } from '../src/lib/server/rebuildDataset';
import { runCli } from './cli';

await runCli(async () => {
	// Under the data lock: a save in a running server never interleaves with this build.
	const dataset = await rebuildDatasetLocked(DATA_DIR, DATASET_FILE, {
		onWait: (message) => console.error(`npm run data: ${message}`)
	});
	console.log(
		`data set: ${dataset.articles.length} articles, ${dataset.entities.length} entities, ${dataset.relations.length} relations, ${dataset.indicators.length} indicators → ${path.relative(process.cwd(), storeFileFor(DATASET_FILE))} and ${path.relative(process.cwd(), DATASET_FILE)}`
	);
});
