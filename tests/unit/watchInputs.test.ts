// A file changed under data/ while the server runs is noticed once the burst is over; the data
// lock and hidden files are not changes; a folder that cannot be watched is said, not thrown.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchInputs } from '../../src/lib/server/watchInputs';

let dir: string;
let stop: () => void = () => undefined;
beforeEach(async () => {
	dir = await mkdtemp(path.join(tmpdir(), 'entente-watch-'));
	await mkdir(path.join(dir, 'articles'));
});
afterEach(async () => {
	stop();
	await rm(dir, { recursive: true, force: true });
});

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('watching data/', () => {
	it('calls once after a burst of changes in a subfolder', async () => {
		let calls = 0;
		stop = watchInputs(dir, () => calls++, 200);
		for (let i = 0; i < 5; i++) await writeFile(path.join(dir, 'articles', `a${i}.md`), 'x');
		await vi.waitFor(() => expect(calls).toBe(1), { timeout: 3000 });
		await pause(400);
		expect(calls).toBe(1);
	});

	it('ignores the data lock and hidden files', async () => {
		let calls = 0;
		stop = watchInputs(dir, () => calls++, 100);
		await mkdir(path.join(dir, '.lock'));
		await writeFile(path.join(dir, 'articles', '.draft.md.swp'), 'x');
		await pause(600);
		expect(calls).toBe(0);
	});

	it('says so, and does not throw, when the folder cannot be watched', () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
		const stopMissing = watchInputs(path.join(dir, 'missing'), () => undefined);
		expect(warn).toHaveBeenCalledWith(expect.stringContaining('not watching'));
		stopMissing();
		warn.mockRestore();
	});
});
