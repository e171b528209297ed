// Editing (adding articles) is off unless the server starts with ENTENTE_EDIT_TOKEN: a public
// dashboard accepts no writes. With it, an editor types the token once; an HttpOnly cookie
// keeps it for the session. Form posts also pass SvelteKit's origin check (CSRF).
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Cookies } from '@sveltejs/kit';

const COOKIE = 'entente_edit';

const token = () => process.env.ENTENTE_EDIT_TOKEN ?? '';
const digest = (value: string) => createHash('sha256').update(value).digest();

export const editingEnabled = () => token().length > 0;

/** Constant-time comparison of what was typed (or kept) with the server's token. */
export function tokenMatches(candidate: string | undefined): boolean {
	return editingEnabled() && !!candidate && timingSafeEqual(digest(candidate), digest(token()));
}

export const isEditor = (cookies: Cookies) => tokenMatches(cookies.get(COOKIE));

export function admitEditor(cookies: Cookies, secure: boolean): void {
	cookies.set(COOKIE, token(), {
		path: '/',
		httpOnly: true,
		sameSite: 'strict',
		secure,
		maxAge: 60 * 60 * 12
	});
}
