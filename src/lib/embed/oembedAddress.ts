// Where a page tells a content system to find its oEmbed answer: the live `/oembed` endpoint, or,
// in a static copy (`npm run export`, where no endpoint answers), the file the export writes for
// that embed — `/oembed/<embed>.json`, a country's version `/oembed/<embed>-<CODE>.json`, named
// as the export names every file (src/lib/server/exportPath.ts).

let asFiles = false;

/** Whether pages advertise the exported oEmbed files (set once at server start: the export
 * starts the server with ENTENTE_STATIC_EXPORT=1). */
export function advertiseOembedFiles(on: boolean): void {
	asFiles = on;
}

/**
 * The oEmbed address of an embed URL (absolute, `origin` + `/embed/<id>` + its query): the
 * endpoint with the URL as its `url` parameter, or in a static copy the answer's file.
 */
export function oembedAddress(origin: string, embedUrl: string): string {
	if (!asFiles) return `${origin}/oembed?format=json&url=${encodeURIComponent(embedUrl)}`;
	return `${origin}${oembedFile(embedUrl)}`;
}

/** The path of an embed's oEmbed answer in a static copy: `/oembed/meetings-CHN.json`. */
export function oembedFile(embedUrl: string): string {
	const { pathname, searchParams } = new URL(embedUrl, 'http://export.invalid');
	const id = pathname.replace(/^.*\//, '');
	const country = searchParams.get('country');
	return `/oembed/${id}${country ? `-${country}` : ''}.json`;
}
