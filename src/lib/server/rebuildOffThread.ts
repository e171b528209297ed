// A save's rebuild off the request thread: extracting and writing the database are CPU work (of
// seconds on a large corpus), and pages must keep answering meanwhile, from the previous data
// set, which the server reads until the new file is in place (dataset.ts re-reads it on change).
//
// The worker thread runs this very module: the built server has no separate file for it (the
// bundler puts this module in one of its chunks), so the worker loads `import.meta.url`, whatever
// file that is, and the guard below takes jobs there. From TypeScript sources (development,
// tests) the worker loads them through tsx. One worker, started on the first save, serves them
// all.
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { DATA_DIR, DATASET_FILE } from './paths';
import { rebuildDataset } from './rebuildDataset';

const JOB = 'entente-rebuild';

/** A rebuild asked of the worker: the data folder and the data set file to write. */
interface RebuildJob {
	id: number;
	dataDir: string;
	file: string;
}

/** What it answers: done, or the failure's name and message (an InputError names its file). */
type RebuildOutcome = { id: number } & (
	{ ok: true } | { ok: false; name: string; message: string }
);

/** A rebuild that failed in the worker, with the failure's own name and message. */
export class RebuildFailed extends Error {
	constructor(
		readonly failure: string,
		message: string
	) {
		super(message);
		this.name = 'RebuildFailed';
	}
}

// In the worker: one job at a time, in the order asked (saves hold the data lock anyway). The
// worker lives on between saves, so what it has read once (the gazetteer) it keeps.
if (!isMainThread && workerData === JOB) {
	let queue = Promise.resolve();
	parentPort?.on('message', ({ id, dataDir, file }: RebuildJob) => {
		queue = queue.then(() =>
			// The data set stays in the worker: the server reads the new file when it sees it change.
			rebuildDataset(dataDir, file).then(
				() => parentPort?.postMessage({ id, ok: true } satisfies RebuildOutcome),
				(failure: unknown) =>
					parentPort?.postMessage({
						id,
						ok: false,
						name: failure instanceof Error ? failure.name : 'Error',
						message: failure instanceof Error ? failure.message : String(failure)
					} satisfies RebuildOutcome)
			)
		);
	});
}

let worker: Worker | undefined;
let nextId = 0;
const waiting = new Map<number, { resolve: () => void; reject: (failure: Error) => void }>();

/** The rebuild worker, started on first use and again after it stopped. */
function rebuildWorker(): Worker {
	if (worker) return worker;
	const self = new URL(import.meta.url);
	// From the sources, tsx is registered in the worker before this module is imported.
	const started = self.pathname.endsWith('.ts')
		? new Worker(
				`import('tsx/esm/api').then(({ register }) => (register(), import(${JSON.stringify(self.href)})))`,
				{ eval: true, workerData: JOB }
			)
		: new Worker(self, { workerData: JOB });
	// An idle worker does not keep the server (or a test) running.
	started.unref();
	started.on('message', ({ id, ...outcome }: RebuildOutcome) => {
		const asked = waiting.get(id);
		waiting.delete(id);
		if (outcome.ok) asked?.resolve();
		else asked?.reject(new RebuildFailed(outcome.name, outcome.message));
	});
	const stop = (failure: RebuildFailed) => {
		if (worker === started) worker = undefined;
		for (const asked of waiting.values()) asked.reject(failure);
		waiting.clear();
	};
	started.on('error', (error) => stop(new RebuildFailed(error.name, error.message)));
	started.on('exit', (code) =>
		stop(new RebuildFailed('WorkerExit', `the rebuild stopped without answering (exit ${code})`))
	);
	return (worker = started);
}

/** Starts the rebuild worker ahead of the first save (a server that accepts edits), so that
 * save does not also wait for the worker to load its modules. */
export function warmRebuildWorker(): void {
	rebuildWorker();
}

/**
 * Runs {@link rebuildDataset} for `dataDir` and `file` in the rebuild worker thread; resolves
 * once the data set is written. The caller holds the data lock, as for rebuildDataset.
 * @throws {RebuildFailed} when the rebuild failed (the message of an input that does not
 * validate names its file and line) or the worker stopped without answering
 */
export function rebuildOffThread(dataDir = DATA_DIR, file = DATASET_FILE): Promise<void> {
	const id = nextId++;
	return new Promise((resolve, reject) => {
		waiting.set(id, { resolve, reject });
		rebuildWorker().postMessage({ id, dataDir, file } satisfies RebuildJob);
	});
}
