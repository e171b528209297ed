// Files under data/ changed while the server runs (edited by hand, copied in, written by
// `npm run ingest` from another shell): the server notices and rebuilds, as it does at start.
import { watch, type FSWatcher } from 'node:fs';

/**
 * Calls `onChange` once a burst of changes under `dir` (recursive) has been quiet for
 * `quietMs` (1 s), ignoring hidden files and folders (the data lock, editors' temporaries).
 * Answers a function that stops watching. A folder that cannot be watched (missing, or the
 * system's limit on watches reached) is said once on the console, never thrown.
 */
export function watchInputs(dir: string, onChange: () => void, quietMs = 1000): () => void {
	let timer: NodeJS.Timeout | undefined;
	let watcher: FSWatcher;
	try {
		watcher = watch(dir, { recursive: true, persistent: false }, (_event, name) => {
			const file = typeof name === 'string' ? name : '';
			if (file.split(/[\\/]/).some((part) => part.startsWith('.'))) return;
			clearTimeout(timer);
			timer = setTimeout(onChange, quietMs);
			timer.unref();
		});
	} catch (failure) {
		console.warn(
			`not watching ${dir} for changes (${failure instanceof Error ? failure.message : String(failure)}): a file edited there shows after the next save or start`
		);
		return () => undefined;
	}
	watcher.on('error', (failure) =>
		console.warn(`stopped watching ${dir} for changes: ${failure.message}`)
	);
	return () => {
		clearTimeout(timer);
		watcher.close();
	};
}
