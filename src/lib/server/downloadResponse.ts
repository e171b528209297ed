// Responses for downloads: the right type and file name, fetchable from any site (reports embed
// and link them), and refusals as one plain-text line with a 4xx status.
export function downloadResponse(
	download: { body: string | Uint8Array; type: string; filename: string },
	attachment: boolean
): Response {
	return new Response(download.body as BodyInit, {
		headers: {
			'content-type': download.type,
			'content-disposition': `${attachment ? 'attachment' : 'inline'}; filename="${download.filename}"`,
			'cache-control': 'public, max-age=300',
			'access-control-allow-origin': '*'
		}
	});
}

export function refuse(status: 400 | 404, message: string): Response {
	return new Response(`${message}\n`, {
		status,
		headers: { 'content-type': 'text/plain; charset=utf-8', 'access-control-allow-origin': '*' }
	});
}
