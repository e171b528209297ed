// Editing (adding articles) is off unless the server starts with ENTENTE_EDIT_TOKEN: a public
// dashboard accepts no writes. With it, an editor types the token once and gets an HttpOnly
// cookie holding a session, never the token: a random id and an expiry, signed with HMAC-SHA256
// under a key drawn from the server's secret and the token (a new token ends every session).
// Form posts also pass SvelteKit's origin check (CSRF); wrong tokens are limited (rateLimit.ts).
// Logging out clears the cookie and ends the session on the server too (sessionRevocations.ts).
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Cookies } from '@sveltejs/kit';
import { ENDED_SESSIONS_FILE } from './paths';
import { sessionRevocations, type SessionRevocations } from './sessionRevocations';

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
 * The id and expiry (Unix seconds) of `value` when it is a session signed with `key`, not
 * expired at `now` (milliseconds) and not ended in `ended`; undefined for any other value,
 * however malformed. Never throws.
 */
function validSession(
	key: Buffer,
	value: string | undefined,
	now: number,
	ended?: SessionRevocations
): { id: string; expiry: number } | undefined {
	const match = /^([\w-]{24})\.(\d{1,12})\.([\w-]{43})$/.exec(value ?? '');
	if (!match) return undefined;
	const [, id, expiry, given] = match as unknown as [string, string, string, string];
	const expected = Buffer.from(signature(key, `${id}.${expiry}`));
	if (!timingSafeEqual(Buffer.from(given), expected)) return undefined;
	if (Number(expiry) * 1000 <= now || ended?.has(id)) return undefined;
	return { id, expiry: Number(expiry) };
}

/**
 * Whether `value` is a session signed with `key`, not expired at `now` (milliseconds) and not
 * ended in `ended`. Any other value, however malformed, is false; never throws.
 */
export function sessionValid(
	key: Buffer,
	value: string | undefined,
	now = Date.now(),
	ended?: SessionRevocations
): boolean {
	return validSession(key, value, now, ended) !== undefined;
}

let endedSessions: { file: string; revocations: SessionRevocations } | undefined;
/** The sessions ended by logging out, kept in ENDED_SESSIONS_FILE (or ENTENTE_ENDED_SESSIONS). */
const ended = () => {
	const file = process.env.ENTENTE_ENDED_SESSIONS ?? ENDED_SESSIONS_FILE;
	if (endedSessions?.file !== file) endedSessions = { file, revocations: sessionRevocations(file) };
	return endedSessions.revocations;
};

export const isEditor = (cookies: Cookies) =>
	editingEnabled() && sessionValid(sessionKey(), cookies.get(COOKIE), Date.now(), ended());

/**
 * Logs the editor out: the cookie is cleared, and its session is ended on the server, so that a
 * copy of the cookie kept elsewhere admits nobody either. A cookie that admits nobody is cleared
 * all the same.
 */
export function dismissEditor(cookies: Cookies, secure: boolean): void {
	const session = validSession(sessionKey(), cookies.get(COOKIE), Date.now(), ended());
	if (session) ended().revoke(session.id, session.expiry);
	cookies.delete(COOKIE, { path: '/', httpOnly: true, sameSite: 'strict', secure });
}

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
