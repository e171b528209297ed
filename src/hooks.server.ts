// Security headers on every response. Embeds, downloads, the embed scripts and oEmbed may be
// framed and fetched by any site; every other page may be framed only by Entente itself.
// Embeds and chart PNGs, the same bytes for the same URL and data, are rendered once and then
// served from memory.
import { loadDataset } from '$lib/server/dataset';
import { fillFigures } from '$lib/server/detachedFigures';
import { isOpenToAll, securityHeaders } from '$lib/server/framing';
import { compressPage } from '$lib/server/compressPage';
import { cachedResponse } from '$lib/server/responseCache';
import { chooseLocale, isLocale } from '$lib/i18n/locale';
import { advertiseOembedFiles } from '$lib/embed/oembedAddress';
import { env } from '$env/dynamic/private';
import { rebuildIfStale } from '$lib/server/rebuildDataset';
import { clientAddress } from '$lib/server/clientAddress';
import { limitKindOf, rateLimits, tooManyRequests } from '$lib/server/rateLimit';
import type { Handle, ServerInit } from '@sveltejs/kit';

// A process killed between saving an article and rebuilding, or a file edited by hand while the
// server was down, leaves the data set older than its inputs: rebuild at start, in the
// background (pages keep the previous data set until the new one is in place).
export const init: ServerInit = () => {
	// A malformed ENTENTE_LIMIT_* stops the start with its message rather than every request.
	rateLimits();
	// A static copy has no /oembed endpoint: its pages point at the answers the export writes.
	advertiseOembedFiles(env.ENTENTE_STATIC_EXPORT === '1');
	rebuildIfStale().then(
		(rebuilt) => rebuilt && console.log('data set was older than data/: rebuilt'),
		(failure: unknown) =>
			console.error(
				`data set older than data/, and the rebuild failed: ${failure instanceof Error ? failure.message : String(failure)}`
			)
	);
};

/** Rendered once per origin, URL and data set: embeds, and chart PNGs (rasterising costs most). */
const RENDERED_ONCE = /^\/(?:embed\/[a-z]+|api\/charts\/[a-z]+\.png)$/;

function secure(response: Response, pathname: string): Response {
	try {
		for (const [name, value] of Object.entries(securityHeaders(pathname))) {
			const csp = name === 'content-security-policy' && response.headers.get(name);
			response.headers.set(name, csp ? `${csp}; ${value}` : value);
		}
	} catch {
		// Headers of a response SvelteKit passed through unchanged may be immutable: leave them.
	}
	return response;
}

/** The data set, or nothing when it is not built yet (the page then says so itself). */
function datasetIfBuilt() {
	try {
		return loadDataset();
	} catch {
		return undefined;
	}
}

export const handle: Handle = async ({ event, resolve: render }) => {
	const { pathname, search } = event.url;
	// The expensive downloads are counted per client before any work (see rateLimit.ts).
	const kind = limitKindOf(event.request.method, pathname);
	const refused = kind && (await rateLimits().take(kind, clientAddress(event)));
	if (refused) return secure(tooManyRequests(event.request, refused), pathname);
	// Pages follow the reader's languages; embeds and downloads stay English unless ?lang= says.
	const lang = event.url.searchParams.get('lang');
	event.locals.langChosen = isLocale(lang);
	event.locals.locale = isOpenToAll(pathname)
		? chooseLocale(lang)
		: chooseLocale(lang, event.request.headers.get('accept-language'));
	const resolve = (e: typeof event) =>
		render(e, {
			transformPageChunk: ({ html }) =>
				fillFigures(
					html.replace('<html lang="en">', `<html lang="${event.locals.locale}">`),
					event.locals.figures
				)
		});
	const dataset = RENDERED_ONCE.test(pathname) ? datasetIfBuilt() : undefined;
	if (event.request.method === 'GET' && dataset) {
		// Keyed by origin too: without ORIGIN the links inside follow the request's Host, and a
		// forged Host must not put another site's links in everyone's embed (or PNG's source line).
		const response = await cachedResponse(
			dataset,
			`${event.url.origin}${pathname}${search}`,
			async () => secure(await resolve(event), pathname)
		);
		// A missing embed or chart may exist after the next save: never let a proxy keep the 404.
		response.headers.set(
			'cache-control',
			response.status === 200 ? 'public, max-age=300' : 'no-store'
		);
		return compressPage(event.request, response);
	}
	// Pages follow the reader's Accept-Language; embeds and downloads only ?lang=.
	const vary = isOpenToAll(pathname) ? [] : ['Accept-Language'];
	return compressPage(event.request, secure(await resolve(event), pathname), vary);
};
