// The editing cookie holds a signed, expiring session, never the token: a copied cookie works
// only until it expires, and not at all once the token or the server's secret changes; a forged,
// altered or malformed cookie admits nobody, and never throws.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import type { Cookies } from '@sveltejs/kit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	admitEditor,
	dismissEditor,
	isEditor,
	newSession,
	SESSION_SECONDS,
	sessionValid,
	tokenMatches
} from '../../src/lib/server/editing';
import { sessionRevocations } from '../../src/lib/server/sessionRevocations';

const TOKEN = 'correct horse battery staple';
const saved = { ...process.env };

/** Just enough of SvelteKit's cookies for the editing module: one value, and its options. */
function jar(value?: string) {
	const set: { value?: string; options?: Record<string, unknown> } = { value };
	const cookies = {
		get: () => set.value,
		set: (_name: string, v: string, options: Record<string, unknown>) => {
			set.value = v;
			set.options = options;
		},
		delete: (_name: string, options: Record<string, unknown>) => {
			delete set.value;
			set.options = options;
		}
	} as unknown as Cookies;
	return { cookies, set };
}

beforeEach(() => {
	process.env.ENTENTE_EDIT_TOKEN = TOKEN;
	process.env.ENTENTE_SESSION_SECRET = 'a server secret for the tests';
	process.env.ENTENTE_ENDED_SESSIONS = path.join(
		mkdtempSync(path.join(tmpdir(), 'entente-sessions-')),
		'ended-sessions'
	);
});
afterEach(() => {
	process.env = { ...saved };
});

describe('the editing cookie', () => {
	it('holds a session, not the token, and admits its holder', () => {
		const { cookies, set } = jar();
		expect(isEditor(cookies)).toBe(false);
		admitEditor(cookies, true);
		expect(set.value).toBeDefined();
		expect(set.value).not.toContain(TOKEN);
		expect(set.value).not.toContain(encodeURIComponent(TOKEN));
		expect(set.options).toMatchObject({
			httpOnly: true,
			sameSite: 'strict',
			secure: true,
			maxAge: SESSION_SECONDS
		});
		expect(isEditor(cookies)).toBe(true);
		// The raw token, as the old cookie held it, no longer admits anyone.
		expect(isEditor(jar(TOKEN).cookies)).toBe(false);
	});

	it('gives each editor another session', () => {
		const a = jar();
		const b = jar();
		admitEditor(a.cookies, false);
		admitEditor(b.cookies, false);
		expect(a.set.value).not.toBe(b.set.value);
	});

	it('stops admitting once the token or the server secret changes, or editing is off', () => {
		const { cookies } = jar();
		admitEditor(cookies, false);
		process.env.ENTENTE_EDIT_TOKEN = 'a new token';
		expect(isEditor(cookies)).toBe(false);
		process.env.ENTENTE_EDIT_TOKEN = TOKEN;
		expect(isEditor(cookies)).toBe(true);
		process.env.ENTENTE_SESSION_SECRET = 'another secret';
		expect(isEditor(cookies)).toBe(false);
		process.env.ENTENTE_SESSION_SECRET = 'a server secret for the tests';
		delete process.env.ENTENTE_EDIT_TOKEN;
		expect(isEditor(cookies)).toBe(false);
	});
});

describe('logging out', () => {
	it('clears the cookie and ends the session on the server: a copy of the cookie admits nobody', () => {
		const editor = jar();
		admitEditor(editor.cookies, true);
		const copy = jar(editor.set.value);
		const other = jar();
		admitEditor(other.cookies, false);
		expect(isEditor(copy.cookies)).toBe(true);
		dismissEditor(editor.cookies, true);
		expect(editor.set.value).toBeUndefined();
		expect(editor.set.options).toMatchObject({ path: '/', httpOnly: true, secure: true });
		expect(isEditor(editor.cookies)).toBe(false);
		expect(isEditor(copy.cookies)).toBe(false);
		// Another editor's session goes on.
		expect(isEditor(other.cookies)).toBe(true);
		// The file holds the session's id, never the cookie (its signature) nor the token.
		const file = readFileSync(process.env.ENTENTE_ENDED_SESSIONS ?? '', 'utf8');
		expect(file.trim().split('\n')).toHaveLength(1);
		expect(file).not.toContain(copy.set.value?.split('.')[2]);
		expect(file).not.toContain(TOKEN);
	});

	it('clears a cookie that admits nobody, and ends nothing', () => {
		const forged = jar('not a session');
		dismissEditor(forged.cookies, false);
		expect(forged.set.value).toBeUndefined();
		const editor = jar();
		admitEditor(editor.cookies, false);
		expect(isEditor(editor.cookies)).toBe(true);
	});

	it('is seen by every process reading the same file, until the session would have expired', () => {
		const file = process.env.ENTENTE_ENDED_SESSIONS ?? '';
		let now = 1_000;
		const one = sessionRevocations(file, () => now);
		const two = sessionRevocations(file, () => now);
		expect(two.has('abc')).toBe(false);
		one.revoke('abc', 2_000);
		one.revoke('def', 5_000);
		expect(two.has('abc')).toBe(true);
		expect(two.has('def')).toBe(true);
		expect(two.has('ghi')).toBe(false);
		now = 3_000;
		expect(sessionRevocations(file, () => now).has('abc')).toBe(false);
		expect(sessionRevocations(file, () => now).has('def')).toBe(true);
	});

	it('keeps its file bounded: past 1,000 lines, expired ones are dropped', () => {
		const file = process.env.ENTENTE_ENDED_SESSIONS ?? '';
		let now = 1_000;
		const ended = sessionRevocations(file, () => now);
		for (let i = 0; i < 1000; i++) ended.revoke(`old${i}`, 1_500);
		now = 2_000;
		ended.revoke('new', 9_000);
		const lines = readFileSync(file, 'utf8').trim().split('\n');
		expect(lines).toEqual(['new 9000']);
		expect(ended.has('new')).toBe(true);
	});
});

describe('a session', () => {
	const key = randomBytes(32);
	const now = Date.UTC(2026, 0, 1);

	it('is valid until it expires, twelve hours after it was given', () => {
		const session = newSession(key, now);
		expect(sessionValid(key, session, now)).toBe(true);
		expect(sessionValid(key, session, now + (SESSION_SECONDS - 1) * 1000)).toBe(true);
		expect(sessionValid(key, session, now + SESSION_SECONDS * 1000)).toBe(false);
		expect(sessionValid(randomBytes(32), session, now)).toBe(false);
	});

	it('is refused when any part is altered: a later expiry, another id, another signature', () => {
		const [id, expiry, sig] = newSession(key, now).split('.') as [string, string, string];
		const flip = (s: string) => (s[0] === 'A' ? 'B' : 'A') + s.slice(1);
		for (const altered of [
			`${id}.${Number(expiry) + 3600}.${sig}`,
			`${flip(id)}.${expiry}.${sig}`,
			`${id}.${expiry}.${flip(sig)}`,
			`${id}.${expiry}`,
			`${id}.${expiry}.${sig}.`,
			''
		])
			expect(sessionValid(key, altered, now), altered).toBe(false);
		expect(sessionValid(key, undefined, now)).toBe(false);
	});

	it('never admits, nor throws on, an arbitrary cookie', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (value) => {
				expect(sessionValid(key, value, now)).toBe(false);
			})
		);
	});
});

describe('the token', () => {
	it('matches only itself, and nothing when editing is off', () => {
		expect(tokenMatches(TOKEN)).toBe(true);
		expect(tokenMatches(`${TOKEN} `)).toBe(false);
		expect(tokenMatches('')).toBe(false);
		expect(tokenMatches(undefined)).toBe(false);
		delete process.env.ENTENTE_EDIT_TOKEN;
		expect(tokenMatches(TOKEN)).toBe(false);
		expect(tokenMatches('')).toBe(false);
	});
});
