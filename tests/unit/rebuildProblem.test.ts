// A save whose rebuild fails is never a 500: the article is saved, and the editor is told what
// blocks the rebuild (409: a file to fix) or that it could not run (503: the next one will).
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/lib/errors';
import { RebuildFailed } from '../../src/lib/server/rebuildOffThread';
import { rebuildProblem } from '../../src/lib/server/rebuildProblem';

describe('a save whose rebuild failed', () => {
	it('is a 409 naming the invalid file, from this thread or the worker', () => {
		const here = new InputError('data/articles/broken.md', 'date: not a real date', 3);
		const there = new RebuildFailed('InputError', here.message);
		for (const failure of [here, there]) {
			const { status, problem } = rebuildProblem('2024-07-09-modi', failure);
			expect(status).toBe(409);
			expect(problem).toBe(
				'Saved as data/articles/2024-07-09-modi.md, but the data set could not be rebuilt: data/articles/broken.md:3: date: not a real date. The pages show the previous data set until that file is fixed.'
			);
		}
	});

	it('is a 503 when the rebuild could not run, and says the next one will', () => {
		for (const failure of [
			new RebuildFailed('WorkerExit', 'the rebuild stopped without answering (exit 1)'),
			new Error('disk full'),
			'something'
		]) {
			const { status, problem } = rebuildProblem('x', failure);
			expect(status).toBe(503);
			expect(problem).toMatch(
				/^Saved as data\/articles\/x\.md, but the data set could not be rebuilt \(.+\)\. /
			);
			expect(problem).toContain('the next save, or the next start of the server, rebuilds it');
		}
	});
});
