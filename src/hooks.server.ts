// Security headers on every response. Embeds, downloads, the embed scripts and oEmbed may be
// framed and fetched by any site; every other page may be framed only by Entente itself.
// Embeds, the same bytes for the same URL and data, are rendered once and then served from memory.
import { loadDataset } from '$lib/server/dataset';
import { fillFigures } from '$lib/server/detachedFigures';
import { isOpenToAll } from '$lib/server/framing';
import { cachedResponse } from '$lib/server/responseCache';
import { chooseLocale, isLocale } from '$lib/i18n/locale';
import type { Handle } from '@sveltejs/kit';

const EMBED_PAGE = /^\/embed\/[a-z]+$/;

function secure(response: Response, pathname: string): Response {
	const open = isOpenToAll(pathname);
	const ancestors = open ? 'frame-ancestors *' : "frame-ancestors 'self'";
	try {
		const csp = response.headers.get('content-security-policy');
		response.headers.set('content-security-policy', csp ? `${csp}; ${ancestors}` : ancestors);
		response.headers.set('x-content-type-options', 'nosniff');
		response.headers.set('referrer-policy', 'strict-origin-when-cross-origin');
		if (!open) response.headers.set('x-frame-options', 'SAMEORIGIN');
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
	const dataset = EMBED_PAGE.test(pathname) ? datasetIfBuilt() : undefined;
	if (event.request.method === 'GET' && dataset) {
		const response = await cachedResponse(dataset, `${pathname}${search}`, async () =>
			secure(await resolve(event), pathname)
		);
		response.headers.set('cache-control', 'public, max-age=300');
		return response;
	}
	return secure(await resolve(event), pathname);
};
