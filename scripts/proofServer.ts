// What the proof scripts (npm run proof:hostile, proof:crash) share: a temporary copy of data/
// with its data set built, a free port on localhost, and the built app served on them.
import { cp, mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { rebuildDataset } from '../src/lib/server/rebuildDataset';
import { serveBuild, type RunningApp } from './serveBuild';

export interface ProofData {
	/** The temporary folder holding the rest. */
	dir: string;
	dataDir: string;
	datasetFile: string;
}

/** A copy of data/ in a temporary folder, with its data set (JSON and database) built. */
export async function proofData(): Promise<ProofData> {
	const dir = await mkdtemp(path.join(tmpdir(), 'entente-proof-'));
	const dataDir = path.join(dir, 'data');
	await cp(path.resolve('data'), dataDir, { recursive: true });
	const datasetFile = path.join(dir, 'dataset.json');
	await rebuildDataset(dataDir, datasetFile);
	return { dir, dataDir, datasetFile };
}

/** A port nobody listens on at the moment, on 127.0.0.1. */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() =>
				typeof address === 'object' && address
					? resolve(address.port)
					: reject(new Error('no port'))
			);
		});
	});
}

/** Every server a proof started: none outlives the proof, even one that stops on an error. */
const started: RunningApp[] = [];
process.on('exit', () => {
	for (const app of started) app.stop('SIGKILL');
});

/** The built app (`vite build` first) on `data`, a free port and `env`. */
export async function serveProof(
	data: ProofData,
	env: Record<string, string | undefined> = {}
): Promise<RunningApp> {
	const app = await serveBuild(await freePort(), {
		ENTENTE_DATASET: data.datasetFile,
		ENTENTE_DATA_DIR: data.dataDir,
		...env
	});
	started.push(app);
	return app;
}
