// Security headers on every response. Embeds, downloads, the embed scripts and oEmbed may be
// framed and fetched by any site; every other page may be framed only by Entente itself.
import { isOpenToAll } from '$lib/server/framing';
import type { Handle } from '@sveltejs/kit';

export const handle: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	const open = isOpenToAll(event.url.pathname);
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
};
