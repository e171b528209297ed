// What an editor is told when an article was saved but the data set could not be rebuilt: never
// a 500, since the save itself succeeded and nothing was lost.
import { InputError } from '../errors';
import { RebuildFailed } from './rebuildOffThread';

/**
 * The status and sentence for a save of `id` whose rebuild failed with `failure`: 409 when a
 * file under data/ does not validate (the message names it; the data folder must be fixed),
 * 503 when the rebuild itself could not run (try again; the next save or start rebuilds).
 */
export function rebuildProblem(
	id: string,
	failure: unknown
): { status: 409 | 503; problem: string } {
	const invalidInput =
		failure instanceof InputError ||
		(failure instanceof RebuildFailed && failure.failure === 'InputError');
	const reason = failure instanceof Error ? failure.message : String(failure);
	const saved = `Saved as data/articles/${id}.md, but the data set could not be rebuilt`;
	return invalidInput
		? {
				status: 409,
				problem: `${saved}: ${reason}. The pages show the previous data set until that file is fixed.`
			}
		: {
				status: 503,
				problem: `${saved} (${reason}). The pages show the previous data set; the next save, or the next start of the server, rebuilds it.`
			};
}
