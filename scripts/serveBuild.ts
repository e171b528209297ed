// Starts the built app (`node build`) on a port and waits until it answers; shared by the
// browser tests and `npm run bench:graph`.
import { spawn } from 'node:child_process';

export interface RunningApp {
	url: string;
	/** The server process (to read its memory). */
	pid: number;
	/** Ends the server (SIGTERM lets it finish its requests; SIGKILL does not wait). */
	stop(signal?: NodeJS.Signals): void;
}

export async function serveBuild(
	port: number,
	env: Record<string, string> = {}
): Promise<RunningApp> {
	const server = spawn(process.execPath, ['build'], {
		env: {
			...process.env,
			ORIGIN: `http://127.0.0.1:${port}`,
			BODY_SIZE_LIMIT: '3M',
			...env,
			PORT: String(port),
			HOST: '127.0.0.1'
		},
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
