// HTML pages sent the way a CDN would: an ETag over the bytes, so a reader who has the page gets
// 304 and no body; gzip when the browser accepts it (the dashboard is some 250 KB of HTML, a
// tenth of that compressed); and Vary naming what the page depends on. The same for a page's
// data as the browser fetches it when a filter changes (`…/__data.json`, some 35 KB for `/`).
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

/** Smaller bodies are sent as they are: gzip's header would outweigh the gain. */
const MIN_GZIP_BYTES = 1024;

/** Whether an If-None-Match header names this ETag (a list, `*`, weak or strong). */
export function matches(ifNoneMatch: string | null, etag: string): boolean {
	if (!ifNoneMatch) return false;
	const bare = (tag: string) => tag.trim().replace(/^W\//, '');
	return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}

/** A page (HTML) or its data for client-side navigation (SvelteKit's `__data.json`). */
function isPage(request: Request, type: string): boolean {
	if (type.startsWith('text/html')) return true;
	return (
		type.startsWith('application/json') && new URL(request.url).pathname.endsWith('/__data.json')
	);
}

/** A response ready to send, any number of times: its bytes, gzipped too when worth it. */
export interface PreparedPage {
	status: number;
	headers: [string, string][];
	body: Uint8Array<ArrayBuffer>;
	/** The body gzip-compressed (a page over 1 KB). */
	gzip?: Uint8Array<ArrayBuffer>;
	/** A weak ETag over the body (pages and their data). */
	etag?: string;
}

/** Whether the response is a 200 page (or a page's data) that no one has encoded yet. */
function isPlainPage(request: Request, response: Response): boolean {
	const type = response.headers.get('content-type') ?? '';
	return (
		request.method === 'GET' &&
		response.status === 200 &&
		isPage(request, type) &&
		!response.headers.has('content-encoding')
	);
}

/**
 * `response` read whole, for {@link sendPage}: a page (or its data) gets a weak ETag over its
 * bytes (CSP nonces aside) and, over 1 KB, a gzipped copy, with `Vary: Accept-Encoding` and
 * `vary`; anything else (a PNG, a refusal) is kept as it is.
 */
export async function preparePage(
	request: Request,
	response: Response,
	vary: string[] = []
): Promise<PreparedPage> {
	const body = new Uint8Array(await response.arrayBuffer());
	const headers = new Headers(response.headers);
	if (!isPlainPage(request, response))
		return { status: response.status, headers: [...headers], body };
	// SvelteKit may write a fresh CSP nonce into every page: the tag ignores it, so the same page
	// for the same data keeps its ETag.
	const masked = new TextDecoder().decode(body).replace(/ nonce="[^"]*"/g, ' nonce=""');
	const etag = `W/"${createHash('sha1').update(masked).digest('base64url')}"`;
	headers.set('etag', etag);
	headers.set('vary', ['Accept-Encoding', ...vary].join(', '));
	headers.delete('content-length');
	return {
		status: 200,
		headers: [...headers],
		body,
		etag,
		...(body.length >= MIN_GZIP_BYTES ? { gzip: new Uint8Array(gzipSync(body)) } : {})
	};
}

/**
 * What a {@link PreparedPage} sends to `request`: `304 Not Modified` (no body, no CSP) when its
 * If-None-Match names the ETag, else the gzipped body when it accepts gzip, else the body.
 */
export function sendPage(request: Request, page: PreparedPage): Response {
	const headers = new Headers(page.headers);
	if (page.etag && matches(request.headers.get('if-none-match'), page.etag)) {
		// A 304's headers replace the stored ones: without a CSP, the reader's copy keeps the
		// policy whose nonce its scripts carry (this response's nonce may be another).
		headers.delete('content-security-policy');
		return new Response(null, { status: 304, headers });
	}
	const accepts = /\bgzip\b/.test(request.headers.get('accept-encoding') ?? '');
	if (!page.gzip || !accepts) return new Response(page.body, { status: page.status, headers });
	headers.set('content-encoding', 'gzip');
	return new Response(page.gzip, { status: page.status, headers });
}

/**
 * The response to a GET of an HTML page as it should go out: unchanged unless it is a 200
 * `text/html` (or a page's `__data.json`) with no encoding yet; then with a weak ETag over its
 * bytes (CSP nonces aside), `304 Not Modified` (no body, no CSP) when the request's
 * If-None-Match names it, else gzip-compressed when the request accepts gzip and the page is
 * over 1 KB. `vary` lists the request headers the page depends on besides Accept-Encoding
 * (Accept-Language for pages that follow the reader's languages).
 */
export async function compressPage(
	request: Request,
	response: Response,
	vary: string[] = []
): Promise<Response> {
	if (!isPlainPage(request, response)) return response;
	return sendPage(request, await preparePage(request, response, vary));
}
