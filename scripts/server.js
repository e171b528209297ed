// The production server: the built app (`vite build`) behind the headers every response must
// carry. adapter-node's own `node build` serves static files and SvelteKit's own refusals (a
// cross-site form post's 403) without passing through hooks.server.ts, so they would lack
// nosniff and the framing policy; here every response gets them where it has not set its own.
// Same environment as `node build` (ORIGIN, PORT, HOST, PROTOCOL_HEADER, HOST_HEADER,
// BODY_SIZE_LIMIT…). ENTENTE_WORKERS=N (1 by default) serves from N processes sharing the port
// (node:cluster): a page computed in one does not hold up the others; each reads the data set.
import cluster from 'node:cluster';
import http from 'node:http';
import { securityHeaders } from '../src/lib/server/framing.js';

const host = process.env.HOST ?? '0.0.0.0';
const port = Number(process.env.PORT ?? 3000);
const workers = Number(process.env.ENTENTE_WORKERS ?? 1);
if (!Number.isInteger(workers) || workers < 1 || workers > 64) {
	console.error(
		`ENTENTE_WORKERS must be a whole number from 1 to 64, not ${JSON.stringify(process.env.ENTENTE_WORKERS)}.`
	);
	process.exit(1);
}

if (workers > 1 && cluster.isPrimary) {
	// The primary only hands connections to the workers; one that dies is replaced.
	let stopping = false;
	for (let i = 0; i < workers; i++) cluster.fork();
	cluster.on('exit', (worker, code, signal) => {
		if (stopping) return;
		console.error(`worker ${worker.process.pid} stopped (${signal ?? code}): starting another`);
		cluster.fork();
	});
	const stop = (/** @type {NodeJS.Signals} */ signal) => {
		stopping = true;
		for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
		cluster.disconnect(() => process.exit(0));
	};
	process.on('SIGTERM', () => stop('SIGTERM'));
	process.on('SIGINT', () => stop('SIGTERM'));
} else {
	await serve();
}

async function serve() {
	const { handler } = await import('../build/handler.js');
	const server = http.createServer((req, res) => {
		const defaults = securityHeaders(pathnameOf(req.url));
		// Filled in as the head is written, where the response has not set its own. A 304 gets no
		// CSP: its headers replace the reader's stored ones, and the stored page's scripts carry the
		// nonce of the stored policy.
		const writeHead = res.writeHead;
		/** @type {typeof res.writeHead} */
		const withDefaults = function (status, ...rest) {
			const given = rest.find((arg) => arg && typeof arg === 'object' && !Array.isArray(arg)) ?? {};
			const named = new Set(Object.keys(given).map((name) => name.toLowerCase()));
			for (const [name, value] of Object.entries(defaults)) {
				if (named.has(name) || res.hasHeader(name)) continue;
				if (status === 304 && name === 'content-security-policy') continue;
				res.setHeader(name, value);
			}
			// SvelteKit's 405 and some 404s name no type: a browser would guess one from the bytes.
			if (
				status !== 204 &&
				status !== 304 &&
				!named.has('content-type') &&
				!res.hasHeader('content-type')
			)
				res.setHeader('content-type', 'text/plain; charset=utf-8');
			return writeHead.call(res, status, ...rest);
		};
		res.writeHead = withDefaults;
		handler(req, res, () => {
			res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
		});
	});

	server.on('clientError', refuseMalformed);
	server.listen(port, host, () => console.log(`Listening on http://${host}:${port}`));

	// Finish the requests under way, then stop (as adapter-node does on SIGTERM and SIGINT).
	function shutdown() {
		server.closeIdleConnections();
		server.close(() => process.exit(0));
		setTimeout(() => server.closeAllConnections(), 30_000).unref();
	}
	process.on('SIGTERM', shutdown);
	process.on('SIGINT', shutdown);
}

/** @param {string | undefined} url */
function pathnameOf(url) {
	try {
		return new URL(url ?? '/', 'http://x').pathname;
	} catch {
		return '/';
	}
}

/**
 * A request Node's parser refuses (an unknown method, headers over 16 KB, a malformed request
 * line) never reaches the app: answered here as Node would (400, 431 or 408), but with the
 * headers every response carries.
 * @param {Error & { code?: string }} error
 * @param {import('node:stream').Duplex} socket
 */
function refuseMalformed(error, socket) {
	if (error.code === 'ECONNRESET' || !socket.writable) return;
	// A response to an earlier request on this connection is still being written: just close.
	const under = /** @type {{ _httpMessage?: { headersSent: boolean } }} */ (socket)._httpMessage;
	if (under?.headersSent) return void socket.destroy();
	const [status, reason] =
		error.code === 'HPE_HEADER_OVERFLOW'
			? [431, 'Request Header Fields Too Large']
			: error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
				? [408, 'Request Timeout']
				: [400, 'Bad Request'];
	const body = `${reason}\n`;
	const headers = {
		...securityHeaders('/'),
		'content-type': 'text/plain; charset=utf-8',
		'content-length': String(Buffer.byteLength(body)),
		connection: 'close'
	};
	const head = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`);
	socket.end(`HTTP/1.1 ${status} ${reason}\r\n${head.join('')}\r\n${body}`);
}
