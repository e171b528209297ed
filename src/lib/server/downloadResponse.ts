// Responses for downloads: the right type and file name, fetchable from any site (reports embed
// and link them), and refusals as one plain-text line with a 4xx status.

/**
 * An SVG opened by itself is a document that could run script: it may load nothing and run
 * nothing, only its own inline styles (the hook appends `frame-ancestors *`).
 */
export const SVG_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

/**
 * A 200 download: `attachment` saves it under `filename`, else the browser shows it. Cached
 * publicly for five minutes; an SVG carries {@link SVG_POLICY} as its Content-Security-Policy.
 */
export function downloadResponse(
	download: { body: string | Uint8Array; type: string; filename: string },
	attachment: boolean
): Response {
	return new Response(download.body as BodyInit, {
		headers: {
			'content-type': download.type,
			'content-disposition': `${attachment ? 'attachment' : 'inline'}; filename="${download.filename}"`,
			'cache-control': 'public, max-age=300',
			'access-control-allow-origin': '*',
			...(download.type.startsWith('image/svg+xml')
				? { 'content-security-policy': SVG_POLICY }
				: {})
		}
	});
}

/** A refusal: `message` as one plain-text line, never cached (the answer may change). */
export function refuse(status: 400 | 404, message: string): Response {
	return new Response(`${message}\n`, {
		status,
		headers: {
			'content-type': 'text/plain; charset=utf-8',
			'access-control-allow-origin': '*',
			'cache-control': 'no-store'
		}
	});
}
