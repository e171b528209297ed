// Responses for downloads: the right type and file name, fetchable from any site (reports embed
// and link them), and refusals as one plain-text line with a 4xx status.
import { isLocale, type Locale } from '../i18n/locale';
import { PNG_SCALES, type PngScale } from '../charts/picture';

/**
 * An SVG opened by itself is a document that could run script: it may load nothing and run
 * nothing, only its own inline styles (the hook appends `frame-ancestors *`).
 */
export const SVG_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

/** How long anyone may keep a download without asking again: five minutes. */
export const DOWNLOAD_CACHE_CONTROL = 'public, max-age=300';

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
			'cache-control': DOWNLOAD_CACHE_CONTROL,
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

/** What a bad `excel` parameter is told. */
export const EXCEL_REFUSAL = 'The excel parameter must be 1 (the CSV for Excel) or 0.';

/**
 * `?excel=1` asks for the CSV Excel opens right (UTF-8 with BOM, formulas disarmed); `0` or
 * no parameter, plain RFC 4180. Undefined for any other value (answer 400 with
 * {@link EXCEL_REFUSAL}).
 */
export function excelParameter(params: URLSearchParams): boolean | undefined {
	const given = params.get('excel');
	if (given === null || given === '0') return false;
	return given === '1' ? true : undefined;
}

/** What a bad `lang` parameter is told. */
export const LANG_REFUSAL = 'The lang parameter must be en (English) or fr (French).';

/**
 * `?lang=` of a download: `en` or `fr`, English when not given (a download does not follow the
 * reader's browser, so a published file does not change with its reader). Undefined for any
 * other value (answer 400 with {@link LANG_REFUSAL}).
 */
export function langParameter(params: URLSearchParams): Locale | undefined {
	const given = params.get('lang');
	if (given === null) return 'en';
	return isLocale(given) ? given : undefined;
}

/** What a bad `scale` parameter is told. */
export const SCALE_REFUSAL =
	'The scale parameter must be 1, 2 or 3: a PNG 800, 1600 or 2400 pixels wide.';

/**
 * `?scale=` of a picture: 1 (800 px wide, also when not given), 2 (1600 px) or 3 (2400 px).
 * Undefined for any other value (answer 400 with {@link SCALE_REFUSAL}).
 */
export function scaleParameter(params: URLSearchParams): PngScale | undefined {
	const given = params.get('scale');
	if (given === null) return 1;
	return PNG_SCALES.find((scale) => String(scale) === given);
}
