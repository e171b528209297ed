// Which responses any site may frame and fetch (embeds, their scripts, downloads and oEmbed),
// and the headers every response carries. Plain JavaScript so that the server entry
// (scripts/server.js) gives them to what SvelteKit never sees: static files and its own 403s.
const OPEN_TO_ALL = /^\/(?:embed(?:\/|\.js$|$)|api\/|oembed$)/;

/**
 * Whether any site may frame the response at this path.
 * @param {string} pathname the request's path, e.g. `/embed/meetings`
 * @returns {boolean}
 */
export function isOpenToAll(pathname) {
	return OPEN_TO_ALL.test(pathname);
}

/**
 * The framing policy as a CSP directive: `frame-ancestors *` for embeds, downloads and oEmbed,
 * `frame-ancestors 'self'` for everything else.
 * @param {string} pathname
 * @returns {string}
 */
export function frameAncestors(pathname) {
	return isOpenToAll(pathname) ? 'frame-ancestors *' : "frame-ancestors 'self'";
}

/**
 * The headers every response carries, whoever makes it: no MIME sniffing, a referrer policy,
 * and the framing policy (CSP `frame-ancestors`, plus `X-Frame-Options: SAMEORIGIN` where only
 * Entente may frame). A response's own CSP gets the `frame-ancestors` directive appended.
 * @param {string} pathname
 * @returns {Record<string, string>} lower-case header names → values
 */
export function securityHeaders(pathname) {
	return {
		'content-security-policy': frameAncestors(pathname),
		'x-content-type-options': 'nosniff',
		'referrer-policy': 'strict-origin-when-cross-origin',
		...(isOpenToAll(pathname) ? {} : { 'x-frame-options': 'SAMEORIGIN' })
	};
}
