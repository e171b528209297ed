// Editing sessions ended by their editor (logging out) before they expire: a signed cookie stays
// valid until its expiry wherever a copy of it survives, so the server keeps the ids it must
// refuse. One line per logout (`<id> <expiry>`) appended to a file, which every process serving
// the same data set reads (ENTENTE_WORKERS, a restart with ENTENTE_SESSION_SECRET); lines past
// their expiry are ignored, and dropped when the file is next rewritten.
import { appendFileSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';

export interface SessionRevocations {
	/** Refuses session `id` from now on, until `expiry` (Unix seconds) when it ends anyway. */
	revoke(id: string, expiry: number): void;
	/** Whether session `id` was ended. */
	has(id: string): boolean;
}

/** Past this many lines the file is rewritten without the expired ones. */
const REWRITE_AFTER = 1000;

/** The revocations kept in `file` (created on the first logout). */
export function sessionRevocations(
	file: string,
	now = () => Date.now() / 1000
): SessionRevocations {
	let read: { stamp: string; ids: Map<string, number>; lines: number } | undefined;

	const current = () => {
		let stamp = '';
		try {
			const stat = statSync(file);
			stamp = `${stat.mtimeMs}:${stat.size}:${stat.ino}`;
		} catch {
			// No logout yet.
		}
		if (read?.stamp === stamp) return read;
		const ids = new Map<string, number>();
		const lines = stamp ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : [];
		for (const line of lines) {
			const [id, expiry] = line.split(' ');
			if (id && Number(expiry) > now()) ids.set(id, Number(expiry));
		}
		return (read = { stamp, ids, lines: lines.length });
	};

	return {
		revoke(id, expiry) {
			mkdirSync(path.dirname(file), { recursive: true });
			const { ids, lines } = current();
			if (lines < REWRITE_AFTER) appendFileSync(file, `${id} ${expiry}\n`);
			else
				writeFileAtomic.sync(file, [...ids, [id, expiry]].map(([i, e]) => `${i} ${e}\n`).join(''));
		},
		has: (id) => (current().ids.get(id) ?? 0) > now()
	};
}
