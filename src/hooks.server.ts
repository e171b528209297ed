// Security headers on every response. Embeds, downloads, the embed scripts and oEmbed may be
// framed and fetched by any site; every other page may be framed only by Entente itself.
// Embeds, the same bytes for the same URL and data, are rendered once and then served from memory.
import { loadDataset } from '$lib/server/dataset';
import { isOpenToAll } from '$lib/server/framing';
import { cachedResponse } from '$lib/server/responseCache';
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

export const handle: Handle = async ({ event, resolve }) => {
	const { pathname, search } = event.url;
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
