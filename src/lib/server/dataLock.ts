// One lock for everything under data/: saving an article, recording a review decision and
// rebuilding the data set all hold it, across processes (proper-lockfile: a lock directory whose
// mtime the holder refreshes, so one left by a crashed process goes stale and is taken over)
// and within this one (a queue, so saves in one server take turns instead of polling).
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import lockfile from 'proper-lockfile';

/** The lock held on a data folder: `data/.lock`, a directory that exists while a save runs. */
export const LOCK_NAME = '.lock';

/** A save gave up waiting: another has held the data lock for longer than it would wait. */
export class DataLockBusy extends Error {
	constructor(readonly dataDir: string) {
		super('another save is in progress and kept the data lock; nothing was saved, try again');
		this.name = 'DataLockBusy';
	}
}

export interface DataLockOptions {
	/** Told once when the lock is taken and this save has to wait (the CLI prints it). */
	onWait?: (message: string) => void;
	/** How long to wait before giving up with {@link DataLockBusy}; 60 s by default. */
	waitMs?: number;
	/** After how long without a refresh a lock counts as left by a crash; 10 s, at least 5 s. */
	staleMs?: number;
}

export const WAITING_MESSAGE = 'another save is in progress, retrying';

const queues = new Map<string, Promise<unknown>>();
/** Saves of this process holding or queued for each data folder's lock. */
const busy = new Map<string, number>();

async function acquire(
	dataDir: string,
	deadline: number,
	options: DataLockOptions
): Promise<() => Promise<void>> {
	const stale = Math.max(options.staleMs ?? 10_000, 5_000);
	await mkdir(dataDir, { recursive: true });
	for (;;) {
		try {
			return await lockfile.lock(dataDir, {
				lockfilePath: path.join(dataDir, LOCK_NAME),
				stale,
				update: Math.max(1_000, Math.floor(stale / 2)),
				// The holder could not refresh the lock (a frozen disk, a sleeping machine): another
				// may have taken it. Say so rather than crash the server from a timer.
				onCompromised: (error) =>
					console.error(`data lock on ${dataDir} compromised: ${error.message}`)
			});
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
			if (Date.now() >= deadline) throw new DataLockBusy(dataDir);
			options.onWait?.(WAITING_MESSAGE);
			await new Promise((r) => setTimeout(r, 50 + Math.random() * 100));
		}
	}
}

/**
 * Runs `work` holding the lock on `dataDir` (the `data/` folder), then releases it, whether
 * `work` resolves or throws. Waits while another process or save holds it (calling
 * `options.onWait` once), and takes over a lock left by a crashed process once it is stale.
 * @throws {DataLockBusy} when the lock stayed held by a live save past `options.waitMs`
 * @throws whatever `work` throws
 */
export async function withDataLock<T>(
	dataDir: string,
	work: () => Promise<T>,
	options: DataLockOptions = {}
): Promise<T> {
	const key = path.resolve(dataDir);
	let told = false;
	const onWait = (message: string) => {
		if (!told) options.onWait?.(message);
		told = true;
	};
	// A save of this process is under way: this one waits its turn, and says so.
	if (busy.get(key)) onWait(WAITING_MESSAGE);
	busy.set(key, (busy.get(key) ?? 0) + 1);
	const deadline = Date.now() + (options.waitMs ?? 60_000);
	const ahead = queues.get(key) ?? Promise.resolve();
	const run = (async () => {
		try {
			// The queue is a courtesy (no polling within one process); the lock directory is what
			// excludes, so a save that stops waiting here cannot let the next one in early.
			let timer: NodeJS.Timeout | undefined;
			const turn = await Promise.race([
				ahead.then(() => true),
				new Promise<boolean>((r) => (timer = setTimeout(() => r(false), deadline - Date.now())))
			]);
			clearTimeout(timer);
			if (!turn) throw new DataLockBusy(key);
			const release = await acquire(key, deadline, { ...options, onWait });
			try {
				return await work();
			} finally {
				await release().catch(() => undefined);
			}
		} finally {
			busy.set(key, (busy.get(key) ?? 1) - 1);
		}
	})();
	queues.set(
		key,
		run.catch(() => undefined)
	);
	return run;
}
