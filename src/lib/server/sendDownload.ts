// Downloads (CSV, JSON, GEXF, GraphML, SVG, PNG, the data package and its ZIP) sent the way a
// CDN would: a strong ETag named from the build, the data set's version and the download's
// whole URL (origin, filters, lang and excel included), which fix its bytes; so a client that
// has the file gets 304 before anything is computed or counted. Text over 1 KB is gzipped for a
// client that accepts it (a ZIP or PNG is compressed already), under its own tag: a strong tag
// names one encoding's bytes.
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { DOWNLOAD_CACHE_CONTROL } from './downloadResponse';

const gzipAsync = promisify(gzip);

/** The downloads: what the data set and the URL alone decide (evidence pages are not files). */
const DOWNLOAD =
	/^\/api\/(?:charts\/[^/]+|graph\.[^/]+|data\/[^/]+|data\.zip|dataset(?:\.schema)?\.json)$/;

/** Smaller bodies are sent as they are: gzip's header would outweigh the gain. */
const MIN_GZIP_BYTES = 1024;

/** Formats compressed already: gzip would add work and bytes. */
const COMPRESSED = /^(?:application\/zip|image\/png)\b/;

export const isDownload = (pathname: string) => DOWNLOAD.test(pathname);

/**
 * The strong ETag of the download at `url` under data set `datasetVersion` and app `build`, as
 * sent uncompressed (the gzipped body's tag ends in `-gzip`).
 */
export function downloadTag(build: string, datasetVersion: string, url: URL): string {
	const hash = createHash('sha256').update(`${build}\0${datasetVersion}\0${url.href}`);
	return `"${hash.digest('base64url').slice(0, 32)}"`;
}

const gzipTag = (tag: string) => `${tag.slice(0, -1)}-gzip"`;

/** The tags an If-None-Match header lists (weak ones compare as strong, as RFC 9110 says). */
const listed = (header: string | null) =>
	(header ?? '')
		.split(',')
		.map((tag) => tag.trim().replace(/^W\//, ''))
		.filter(Boolean);

/**
 * `304 Not Modified` when the request's If-None-Match names `tag` or its gzipped twin, with the
 * headers the 200 carried that a cache keeps; undefined otherwise. `*` is not enough: before
 * rendering, the URL may be one that answers 400 or 404.
 */
export function notModified(request: Request, tag: string): Response | undefined {
	const named = listed(request.headers.get('if-none-match')).find(
		(given) => given === tag || given === gzipTag(tag)
	);
	if (!named) return undefined;
	return new Response(null, {
		status: 304,
		headers: {
			etag: named,
			vary: 'Accept-Encoding',
			'cache-control': DOWNLOAD_CACHE_CONTROL,
			'access-control-allow-origin': '*'
		}
	});
}

/**
 * `response` with `tag` as its ETag: the same response when its headers can be changed (a PNG
 * served from memory is sent as it is, its bytes not copied into another stream), else a copy.
 */
function withTag(response: Response, tag: string): Response {
	try {
		response.headers.set('etag', tag);
		return response;
	} catch {
		const headers = new Headers(response.headers);
		headers.set('etag', tag);
		return new Response(response.body, { status: response.status, headers });
	}
}

/**
 * A download's response as it goes out: a 200 gets `tag` (and `Vary: Accept-Encoding` when it is
 * text), gzipped when the request accepts gzip and the body is over 1 KB; anything else (a
 * refusal, a response already encoded) unchanged.
 */
export async function sendDownload(
	request: Request,
	response: Response,
	tag: string
): Promise<Response> {
	if (response.status !== 200 || response.headers.has('content-encoding')) return response;
	const compressible = !COMPRESSED.test(response.headers.get('content-type') ?? '');
	if (!compressible) return withTag(response, tag);
	const headers = new Headers(response.headers);
	headers.set('etag', tag);
	headers.set('vary', 'Accept-Encoding');
	const accepts = /\bgzip\b/.test(request.headers.get('accept-encoding') ?? '');
	if (request.method !== 'GET' || !accepts)
		return new Response(response.body, { status: 200, headers });
	const body = new Uint8Array(await response.arrayBuffer());
	if (body.byteLength < MIN_GZIP_BYTES) return new Response(body, { status: 200, headers });
	// Off the event loop (zlib's thread pool): the whole data set is megabytes.
	const gzipped = new Uint8Array(await gzipAsync(body));
	headers.set('content-encoding', 'gzip');
	headers.set('etag', gzipTag(tag));
	headers.delete('content-length');
	return new Response(gzipped, { status: 200, headers });
}
