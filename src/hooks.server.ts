// Security headers on every response. Embeds, downloads, the embed scripts and oEmbed may be
// framed and fetched by any site; every other page may be framed only by Entente itself.
// Pages, embeds and chart PNGs, the same bytes for the same URL, language and data, are rendered
// once and then served from memory.
import { datasetVersion, loadDataset } from '$lib/server/dataset';
import { fillFigures } from '$lib/server/detachedFigures';
import { isOpenToAll, securityHeaders } from '$lib/server/framing';
import { compressPage, preparePage, sendPage } from '$lib/server/compressPage';
import { cachedPage } from '$lib/server/responseCache';
import { chooseLocale, isLocale } from '$lib/i18n/locale';
import { advertiseOembedFiles } from '$lib/embed/oembedAddress';
import { env } from '$env/dynamic/private';
import { rebuildIfStale } from '$lib/server/rebuildDataset';
import { watchInputs } from '$lib/server/watchInputs';
import { DATA_DIR } from '$lib/server/paths';
import { rebuildOffThread, warmRebuildWorker } from '$lib/server/rebuildOffThread';
import { editingEnabled } from '$lib/server/editing';
import { clientAddress } from '$lib/server/clientAddress';
import { limitKindOf, rateLimits, tooManyRequests } from '$lib/server/rateLimit';
import { downloadTag, isDownload, notModified, sendDownload } from '$lib/server/sendDownload';
import { version } from '$app/environment';
import type { Handle, HandleServerError, ServerInit, RequestEvent } from '@sveltejs/kit';

// A process killed between saving an article and rebuilding, or a file edited by hand while the
// server was down, leaves the data set older than its inputs: rebuild at start, and whenever a
// file under data/ changes, in a worker thread (pages keep the previous data set until the new
// one is in place). A rebuild that finds the data set up to date does nothing.
function rebuildIfOlderThanInputs(): void {
	rebuildIfStale(undefined, undefined, rebuildOffThread).then(
		(rebuilt) => rebuilt && console.log('data set was older than data/: rebuilt'),
		(failure: unknown) =>
			console.error(
				`data set older than data/, and the rebuild failed: ${failure instanceof Error ? failure.message : String(failure)}`
			)
	);
}

export const init: ServerInit = () => {
	// A malformed ENTENTE_LIMIT_* stops the start with its message rather than every request.
	rateLimits();
	// A static copy has no /oembed endpoint: its pages point at the answers the export writes.
	advertiseOembedFiles(env.ENTENTE_STATIC_EXPORT === '1');
	if (editingEnabled()) warmRebuildWorker();
	rebuildIfOlderThanInputs();
	watchInputs(DATA_DIR, rebuildIfOlderThanInputs);
};

/**
 * Rendered once per origin, URL, language and data set, then served from memory: what depends on
 * nothing else — the dashboard, the network, chart and actor pages (and their `__data.json`),
 * embeds, chart and network PNGs (rasterising costs most). Article pages show editors a review link and the
 * editing pages read the cookie: those are rendered for each request.
 */
const RENDERED_ONCE =
	/^\/(?:|network|charts\/[a-z]+|entities\/[^/]+|embed\/[a-z]+|api\/charts\/[a-z]+\.png|api\/graph\.png)$/;

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

/**
 * The strong ETag of a download (see sendDownload.ts), or undefined for anything else. The
 * handler may read a newer data set than the tag names: its client then downloads once more.
 */
function downloadTagOf(event: RequestEvent): string | undefined {
	const method = event.request.method;
	if ((method !== 'GET' && method !== 'HEAD') || !isDownload(event.url.pathname)) return undefined;
	const dataset = datasetIfBuilt();
	return dataset && downloadTag(version, datasetVersion(dataset), new URL(event.request.url));
}

/**
 * A form post SvelteKit refuses before any action runs (an action the page does not have, a body
 * that is not a form) says why, as the actions' own refusals do; anything else keeps SvelteKit's
 * words ("Not Found", "Internal Error": never the server's insides; those go to its log).
 */
export const handleError: HandleServerError = ({ error, status, message }) => {
	const said = error instanceof Error ? error.message : '';
	if (status >= 500) {
		// As SvelteKit's own handler does: the server's log has the error, the reader does not.
		console.error(error);
		return { message };
	}
	if (status < 400) return { message };
	const action = /^No action with name '(.*)' found$/s.exec(said);
	if (action)
		return { message: `This page has no form action ${JSON.stringify(action[1]?.slice(0, 40))}.` };
	return { message: said.startsWith('Form actions expect') ? said : message };
};

export const handle: Handle = async ({ event, resolve: render }) => {
	const { pathname } = event.url;
	// A client that has the download is answered before any work, and before any limit counts it.
	const tag = downloadTagOf(event);
	const unchanged = tag && notModified(event.request, tag);
	if (unchanged) return secure(unchanged, pathname);
	const response = await respond(event, render);
	return tag ? sendDownload(event.request, response, tag) : response;
};

/** The response before a download's ETag and gzip: a refusal, a page from memory, or rendered. */
async function respond(
	event: RequestEvent,
	render: Parameters<Handle>[0]['resolve']
): Promise<Response> {
	const { pathname } = event.url;
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
					html.replace(
						'<html lang="en">',
						`<html lang="${event.locals.locale}"${event.locals.theme ? ` data-theme="${event.locals.theme}"` : ''}>`
					),
					event.locals.figures
				)
		});
	// Pages follow the reader's Accept-Language; embeds and downloads only ?lang=.
	const vary = isOpenToAll(pathname) ? [] : ['Accept-Language'];
	const dataset = RENDERED_ONCE.test(pathname) ? datasetIfBuilt() : undefined;
	if (event.request.method === 'GET' && dataset) {
		// Keyed by origin too: without ORIGIN the links inside follow the request's Host, and a
		// forged Host must not put another site's links in everyone's embed. The request's own
		// path tells a page from its `__data.json`.
		const asked = new URL(event.request.url);
		const key = `${event.url.origin}${asked.pathname}${asked.search} ${event.locals.locale} ${event.locals.langChosen}`;
		const page = await cachedPage(dataset, key, async () => {
			const response = secure(await resolve(event), pathname);
			if (isOpenToAll(pathname))
				// A missing embed or chart may exist after the next save: never let a proxy keep a 404.
				response.headers.set(
					'cache-control',
					response.status === 200 ? 'public, max-age=300' : 'no-store'
				);
			return preparePage(event.request, response, vary);
		});
		return sendPage(event.request, page);
	}
	return compressPage(event.request, secure(await resolve(event), pathname), vary);
}
