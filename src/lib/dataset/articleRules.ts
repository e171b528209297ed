// What an article's id, date and url may be, checked at ingest, in front-matter and at render:
// an id is a file name and a URL segment, a url becomes a live link (javascript: would run).

/**
 * An article id: letters, digits, `_` and `-`, with single dots between them (`2024-07-09-modi`,
 * `afp_2024.07`), at most 120 characters. No leading or trailing dot and no `..`: an id is
 * saved as `data/articles/<id>.md` and served at `/articles/<id>`, so `..` or `.hidden` would
 * be unreachable or hidden.
 */
export const ARTICLE_ID = /^(?=.{1,120}$)[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*$/;

/** The publication dates accepted, inclusive (ISO `YYYY-MM-DD` strings compare as dates). */
export const EARLIEST_DATE = '1900-01-01';
export const LATEST_DATE = '2099-12-31';

/** Whether `value` is an article id as {@link ARTICLE_ID} defines it. */
export function isArticleId(value: unknown): value is string {
	return typeof value === 'string' && ARTICLE_ID.test(value);
}

/** Whether a real `YYYY-MM-DD` date lies in {@link EARLIEST_DATE}–{@link LATEST_DATE}. */
export function isDateInRange(date: string): boolean {
	return date >= EARLIEST_DATE && date <= LATEST_DATE;
}

/**
 * The address as a browser would follow it when it is an `http:` or `https:` URL with a host,
 * else undefined. Parsed as WHATWG URL does, so `JaVa\tScRiPt:`, leading spaces and control
 * characters are read exactly as a link's `href` would be.
 */
export function webUrl(value: unknown): string | undefined {
	if (typeof value !== 'string') return undefined;
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		return undefined;
	}
	return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname
		? url.href
		: undefined;
}

/** Whether `value` is an `http:` or `https:` URL (see {@link webUrl}). */
export const isWebUrl = (value: unknown): value is string => webUrl(value) !== undefined;
