// Starts the built app with the production server (`node scripts/server.js`) on a port and
// waits until it answers; shared by the browser tests and `npm run bench:graph`.
import { spawn } from 'node:child_process';

export interface RunningApp {
	url: string;
	/** The server process (to read its memory). */
	pid: number;
	/** Ends the server (SIGTERM lets it finish its requests; SIGKILL does not wait). */
	stop(signal?: NodeJS.Signals): void;
}

/** `env` adds to the environment; a variable given as undefined is removed (no ORIGIN). */
export async function serveBuild(
	port: number,
	env: Record<string, string | undefined> = {}
): Promise<RunningApp> {
	const merged: Record<string, string | undefined> = {
		...process.env,
		ORIGIN: `http://127.0.0.1:${port}`,
		BODY_SIZE_LIMIT: '3M',
		...env,
		PORT: String(port),
		HOST: '127.0.0.1'
	};
	const server = spawn(process.execPath, ['scripts/server.js'], {
		env: Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== undefined)),
		stdio: 'ignore'
	});
	const url = `http://127.0.0.1:${port}`;
	for (let attempt = 0; ; attempt++) {
		try {
			// A static file: a page may take long on a large corpus, and that is not the question.
			if ((await fetch(`${url}/favicon.svg`)).status < 500) break;
		} catch {
			// not listening yet
		}
		if (attempt > 100) {
			server.kill();
			throw new Error('the built app did not start (run `vite build` first)');
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	return { url, pid: server.pid ?? 0, stop: (signal) => server.kill(signal) };
}
