// HTML pages sent the way a CDN would: an ETag over the bytes, so a reader who has the page gets
// 304 and no body; gzip when the browser accepts it (the dashboard is some 250 KB of HTML, a
// tenth of that compressed); and Vary naming what the page depends on. The same for a page's
// data as the browser fetches it when a filter changes (`…/__data.json`, some 35 KB for `/`).
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

/** Smaller bodies are sent as they are: gzip's header would outweigh the gain. */
const MIN_GZIP_BYTES = 1024;

/** Whether an If-None-Match header names this ETag (a list, `*`, weak or strong). */
function matches(ifNoneMatch: string | null, etag: string): boolean {
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

/**
 * The response to a GET of an HTML page as it should go out: unchanged unless it is a 200
 * `text/html` (or a page's `__data.json`) with no encoding yet; then with a weak ETag over its bytes (CSP nonces aside),
 * `304 Not Modified` (no body, no CSP) when the request's If-None-Match names it, else gzip-compressed when the request
 * accepts gzip and the page is over 1 KB. `vary` lists the request headers the page depends on
 * besides Accept-Encoding (Accept-Language for pages that follow the reader's languages).
 */
export async function compressPage(
	request: Request,
	response: Response,
	vary: string[] = []
): Promise<Response> {
	const type = response.headers.get('content-type') ?? '';
	if (
		request.method !== 'GET' ||
		response.status !== 200 ||
		!isPage(request, type) ||
		response.headers.has('content-encoding')
	)
		return response;
	const body = new Uint8Array(await response.arrayBuffer());
	const headers = new Headers(response.headers);
	// SvelteKit writes a fresh CSP nonce into every page: the tag ignores it, so the same page
	// for the same data keeps its ETag.
	const masked = new TextDecoder().decode(body).replace(/ nonce="[^"]*"/g, ' nonce=""');
	const etag = `W/"${createHash('sha1').update(masked).digest('base64url')}"`;
	headers.set('etag', etag);
	headers.set('vary', ['Accept-Encoding', ...vary].join(', '));
	headers.delete('content-length');
	if (matches(request.headers.get('if-none-match'), etag)) {
		// A 304's headers replace the stored ones: without a CSP, the reader's copy keeps the
		// policy whose nonce its scripts carry (this response's nonce is another).
		headers.delete('content-security-policy');
		return new Response(null, { status: 304, headers });
	}
	const accepts = /\bgzip\b/.test(request.headers.get('accept-encoding') ?? '');
	if (!accepts || body.length < MIN_GZIP_BYTES) return new Response(body, { status: 200, headers });
	headers.set('content-encoding', 'gzip');
	return new Response(gzipSync(body), { status: 200, headers });
}
