// Without a usable SQLite driver (installed with --ignore-scripts, or by an npm that skipped its
// build), the build still writes the JSON, says why there is no database, and the data set is
// neither rebuilt at every start nor served from a database that is not there.
import { cp, mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { storeFileFor } from '../../src/lib/server/paths';
import { datasetIsStale, rebuildDataset } from '../../src/lib/server/rebuildDataset';
import { loadStore } from '../../src/lib/server/store/loadStore';
import { sqliteProblem } from '../../src/lib/server/store/sqliteStore';
import { DATA } from '../helpers/corpus';

vi.mock('better-sqlite3', () => ({
	default: class {
		constructor() {
			throw new Error('Could not locate the bindings file. Tried:\n → build/better_sqlite3.node');
		}
	}
}));

describe('the build without a usable SQLite driver', () => {
	it('writes the JSON alone, warns once, and is not stale for want of a database', async () => {
		const dir = await mkdtemp(path.join(tmpdir(), 'entente-nodriver-'));
		const data = path.join(dir, 'data');
		await cp(DATA, data, { recursive: true });
		const json = path.join(dir, 'out', 'dataset.json');
		expect(sqliteProblem()).toMatch(
			/^better-sqlite3 is not usable \(Could not locate the bindings file\. Tried:\): run `npm rebuild better-sqlite3`$/
		);
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
		const dataset = await rebuildDataset(data, json);
		await rebuildDataset(data, json);
		expect(warn).toHaveBeenCalledTimes(1);
		expect(warn.mock.calls[0]?.[0]).toMatch(/served from memory/);
		warn.mockRestore();
		expect(dataset.articles.length).toBe(2);
		// The JSON and the record of its inputs (what the staleness check compares), no database.
		expect((await readdir(path.dirname(json))).filter((f) => f !== 'extractions')).toEqual([
			'dataset.inputs.json',
			'dataset.json'
		]);
		expect(await datasetIsStale(data, json)).toBe(false);
		const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
		expect(loadStore(storeFileFor(json), json)).toBeUndefined();
		error.mockRestore();
	}, 60_000);
});
