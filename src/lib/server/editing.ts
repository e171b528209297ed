// Editing (adding articles) is off unless the server starts with ENTENTE_EDIT_TOKEN: a public
// dashboard accepts no writes. With it, an editor types the token once and gets an HttpOnly
// cookie holding a session, never the token: a random id and an expiry, signed with HMAC-SHA256
// under a key drawn from the server's secret and the token (a new token ends every session).
// Form posts also pass SvelteKit's origin check (CSRF); wrong tokens are limited (rateLimit.ts).
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Cookies } from '@sveltejs/kit';

const COOKIE = 'entente_edit';

/** How long a session lasts: twelve hours, in seconds. */
export const SESSION_SECONDS = 60 * 60 * 12;

const token = () => process.env.ENTENTE_EDIT_TOKEN ?? '';
const digest = (value: string) => createHash('sha256').update(value).digest();

/** Drawn once per process when ENTENTE_SESSION_SECRET is not set: sessions end with a restart. */
let drawnSecret: Buffer | undefined;
const secret = () =>
	process.env.ENTENTE_SESSION_SECRET || (drawnSecret ??= randomBytes(32)).toString('base64url');

/** The signing key: from the server secret and the editing token, so both must be unchanged. */
const sessionKey = () =>
	createHmac('sha256', secret()).update(`entente edit session\0${token()}`).digest();

const signature = (key: Buffer, body: string) =>
	createHmac('sha256', key).update(body).digest('base64url');

export const editingEnabled = () => token().length > 0;

/** Constant-time comparison of what was typed with the server's token. */
export function tokenMatches(candidate: string | undefined): boolean {
	return editingEnabled() && !!candidate && timingSafeEqual(digest(candidate), digest(token()));
}

/**
 * A new session as the cookie holds it: `<id>.<expiry>.<signature>`, the id 18 random bytes and
 * the expiry in Unix seconds (`now` in milliseconds), both base64url/decimal, signed with `key`.
 */
export function newSession(key: Buffer, now = Date.now()): string {
	const body = `${randomBytes(18).toString('base64url')}.${Math.floor(now / 1000) + SESSION_SECONDS}`;
	return `${body}.${signature(key, body)}`;
}

/**
 * Whether `value` is a session signed with `key` and not expired at `now` (milliseconds). Any
 * other value, however malformed, is false; never throws.
 */
export function sessionValid(key: Buffer, value: string | undefined, now = Date.now()): boolean {
	const match = /^([\w-]{24})\.(\d{1,12})\.([\w-]{43})$/.exec(value ?? '');
	if (!match) return false;
	const [, id, expiry, given] = match as unknown as [string, string, string, string];
	const expected = Buffer.from(signature(key, `${id}.${expiry}`));
	if (!timingSafeEqual(Buffer.from(given), expected)) return false;
	return Number(expiry) * 1000 > now;
}

export const isEditor = (cookies: Cookies) =>
	editingEnabled() && sessionValid(sessionKey(), cookies.get(COOKIE));

/** Gives the editor a session cookie (HttpOnly, same-site only, HTTPS-only on HTTPS). */
export function admitEditor(cookies: Cookies, secure: boolean): void {
	cookies.set(COOKIE, newSession(sessionKey()), {
		path: '/',
		httpOnly: true,
		sameSite: 'strict',
		secure,
		maxAge: SESSION_SECONDS
	});
}
