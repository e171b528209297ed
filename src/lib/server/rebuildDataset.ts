// Recompiles data/ into the embedded database the server queries and the data set file (the JSON
// export), each written whole under a unique temporary name and renamed (write-file-atomic for
// the JSON), so the server (which re-reads both when they change) never reads half of one, and
// two overlapping rebuilds never mix their bytes.
import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { Dataset } from '../dataset/schema';
import { compileDataset, serializeDataset } from './compileDataset';
import { withDataLock, type DataLockOptions } from './dataLock';
import { DATA_DIR, DATASET_FILE, inputsFileFor, storeFileFor } from './paths';
import {
	openSqliteStore,
	sqliteProblem,
	StoreUnavailable,
	writeSqliteStore
} from './store/sqliteStore';

let warned = '';
const warnOnce = (message: string) => {
	if (warned !== message) console.warn(message);
	warned = message;
};

/**
 * Compiles `dataDir` and writes the data set atomically: the database beside `file`
 * ({@link storeFileFor}: `dataset.json` → `dataset.sqlite`), then the JSON at `file`. The caller holds the data
 * lock (saves rebuild inside it); {@link rebuildDatasetLocked} takes it itself.
 * @throws {InputError} when a file of `dataDir` does not validate (naming it and its line)
 */
export async function rebuildDataset(dataDir = DATA_DIR, file = DATASET_FILE): Promise<Dataset> {
	// The inputs as they stand before they are read: one changed meanwhile differs next time.
	const inputs = await inputsOf(dataDir);
	// Extractions are kept beside the data set, so a rebuild extracts only new or changed articles.
	const dataset = await compileDataset(dataDir, path.join(path.dirname(file), 'extractions'));
	await mkdir(path.dirname(file), { recursive: true });
	// The database first: a data set file newer than its inputs means both are written.
	const json = serializeDataset(dataset);
	const problem = sqliteProblem();
	if (problem) warnOnce(`${problem}; the data set is served from memory.`);
	else writeSqliteStore(dataset, storeFileFor(file), Buffer.byteLength(json));
	await writeFileAtomic(file, json);
	// Last: a build stopped before this line leaves the record of an older build, and is redone.
	await writeFileAtomic(inputsFileFor(file), JSON.stringify(inputs) + '\n');
	return dataset;
}

/** {@link rebuildDataset} holding the data lock (`npm run data`, the start-up check). */
export function rebuildDatasetLocked(
	dataDir = DATA_DIR,
	file = DATASET_FILE,
	lock?: DataLockOptions
): Promise<Dataset> {
	return withDataLock(dataDir, () => rebuildDataset(dataDir, file), lock);
}

/** Each file under `dir` (hidden ones aside: locks, temporaries) as `path size mtime`, sorted. */
async function inputsOf(dir: string, prefix = ''): Promise<string[]> {
	const found: string[] = [];
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		if (entry.name.startsWith('.')) continue;
		const full = path.join(dir, entry.name);
		const relative = `${prefix}${entry.name}`;
		if (entry.isDirectory()) found.push(...(await inputsOf(full, `${relative}/`)));
		else if (entry.isFile()) {
			const s = await stat(full);
			found.push(`${relative} ${s.size} ${s.mtimeMs}`);
		}
	}
	return found.sort();
}

/** The newest modification time among inputs listed by {@link inputsOf}. */
const newestOf = (inputs: string[]) =>
	Math.max(0, ...inputs.map((line) => Number(line.slice(line.lastIndexOf(' ') + 1))));

/** Whether the inputs differ from those the data set at `file` was built from (none recorded:
 * they do). */
async function inputsChanged(inputs: string[], file: string): Promise<boolean> {
	try {
		const built = JSON.parse(await readFile(inputsFileFor(file), 'utf8')) as unknown;
		return JSON.stringify(built) !== JSON.stringify(inputs);
	} catch {
		return true;
	}
}

/**
 * Whether the data set at `file`, or its database, is missing or older than a file under
 * `dataDir` (an article saved by a process killed before its rebuild, a file edited by hand),
 * or was built from other inputs than those there now: a file deleted, or put back with an
 * older date (a curation file reverted by hand, `mv x.yaml.bak x.yaml`), which no date says is
 * newer (#14: its decisions stayed until a restart rebuilt); or the database cannot be read
 * (another version of its tables).
 */
export async function datasetIsStale(dataDir = DATA_DIR, file = DATASET_FILE): Promise<boolean> {
	const mtime = (target: string) =>
		stat(target).then(
			(s) => s.mtimeMs,
			() => -1
		);
	// Without a usable SQLite driver there is no database to keep fresh (see sqliteProblem).
	const usable = !sqliteProblem();
	const built = Math.min(await mtime(file), usable ? await mtime(storeFileFor(file)) : Infinity);
	const inputs = await inputsOf(dataDir);
	if (built < 0 || built < newestOf(inputs) || (await inputsChanged(inputs, file))) return true;
	if (!usable) return false;
	// A database of another version of the tables (written by an older Entente) is rebuilt.
	try {
		openSqliteStore(storeFileFor(file)).close();
		return false;
	} catch (failure) {
		if (failure instanceof StoreUnavailable) return true;
		throw failure;
	}
}

/**
 * Rebuilds the data set, under the data lock, when it is older than an input; resolves to
 * whether it did. Checked again once the lock is held, so a save that rebuilt meanwhile is not
 * repeated. `rebuild` compiles and writes it (the server passes one that runs in a worker).
 * @throws {InputError} when a file of `dataDir` does not validate
 */
export async function rebuildIfStale(
	dataDir = DATA_DIR,
	file = DATASET_FILE,
	rebuild: (dataDir: string, file: string) => Promise<unknown> = rebuildDataset
): Promise<boolean> {
	if (!(await datasetIsStale(dataDir, file))) return false;
	return withDataLock(dataDir, async () => {
		if (!(await datasetIsStale(dataDir, file))) return false;
		await rebuild(dataDir, file);
		return true;
	});
}
