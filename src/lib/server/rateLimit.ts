// Per-client limits on what costs the server most: chart pictures (PNG, rasterised), archive and
// graph downloads (ZIP, GEXF, GraphML: the whole view serialised), and wrong editing tokens
// (guessing). Counted in memory by rate-limiter-flexible, per client address; everything else
// (pages, embeds, SVG, CSV, JSON) is served from caches or cheaply and is never limited.
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

/** What is counted: one bucket per kind and client. */
export type LimitKind = 'png' | 'download' | 'token';

/** A limit: at most `requests` per client in any window of `seconds`. */
export interface Limit {
	requests: number;
	seconds: number;
}

interface KindSpec {
	/** The environment variable that sets it (`<requests>/<seconds>`, or `off`). */
	variable: string;
	fallback: string;
	/** What the refusal message calls it. */
	what: string;
}

export const LIMIT_KINDS: Record<LimitKind, KindSpec> = {
	png: {
		variable: 'ENTENTE_LIMIT_PNG',
		fallback: '60/60',
		what: 'chart and network pictures (PNG)'
	},
	download: {
		variable: 'ENTENTE_LIMIT_DOWNLOAD',
		fallback: '30/60',
		what: 'archive and graph downloads (ZIP, GEXF, GraphML)'
	},
	token: { variable: 'ENTENTE_LIMIT_TOKEN', fallback: '5/300', what: 'wrong editing tokens' }
};

/** An environment variable of {@link LIMIT_KINDS} that does not read as a limit. */
export class LimitSettingError extends Error {
	constructor(variable: string, value: string) {
		super(
			`${variable} must be <requests>/<seconds> (whole numbers, e.g. 60/60) or off; it is "${value}"`
		);
		this.name = 'LimitSettingError';
	}
}

/**
 * A limit as written in its environment variable: `60/60` (60 requests a minute), `off` or `0`
 * (no limit: undefined).
 * @throws {LimitSettingError} on anything else
 */
export function parseLimit(variable: string, value: string): Limit | undefined {
	const trimmed = value.trim().toLowerCase();
	if (trimmed === 'off' || trimmed === '0') return undefined;
	const match = /^(\d{1,9})\/(\d{1,9})$/.exec(trimmed);
	const requests = Number(match?.[1]);
	const seconds = Number(match?.[2]);
	if (!match || requests < 1 || seconds < 1) throw new LimitSettingError(variable, value);
	return { requests, seconds };
}

/** Which limit a request counts against, if any: decided by its method and path alone. */
export function limitKindOf(method: string, pathname: string): LimitKind | undefined {
	if (method !== 'GET' && method !== 'HEAD') return undefined;
	if (/^\/api\/(?:charts\/[^/]+|graph)\.png$/.test(pathname)) return 'png';
	if (/^\/api\/(?:charts\/[^/]+\.zip|data\.zip|graph\.(?:gexf|graphml))$/.test(pathname))
		return 'download';
	return undefined;
}

/** A refusal: how long to wait, and the sentence that says so. */
export interface Refusal {
	kind: LimitKind;
	retryAfterSeconds: number;
	message: string;
}

export interface RateLimits {
	/** The limits in force (undefined: that kind is not limited). */
	readonly limits: Record<LimitKind, Limit | undefined>;
	/** Counts one request of `kind` by `client`; a {@link Refusal} once past the limit. */
	take(kind: LimitKind, client: string): Promise<Refusal | undefined>;
	/** A refusal when `client` has used up its wrong editing tokens, without counting one. */
	tokenRefusal(client: string): Promise<Refusal | undefined>;
	/** Forgets `client`'s wrong tokens (it gave the right one). */
	forgiveTokens(client: string): Promise<void>;
}

function refusal(kind: LimitKind, limit: Limit, msBeforeNext: number): Refusal {
	const retryAfterSeconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
	const per = limit.seconds === 60 ? 'a minute' : `per ${limit.seconds} s`;
	return {
		kind,
		retryAfterSeconds,
		message: `Too many ${LIMIT_KINDS[kind].what} from your address: ${limit.requests} ${per} at most. Try again in ${retryAfterSeconds} s.`
	};
}

/**
 * Limits read from `env` (by default the process's), each counted by its own in-memory limiter.
 * @throws {LimitSettingError} when a variable of {@link LIMIT_KINDS} is set to something else
 */
export function createRateLimits(
	env: Record<string, string | undefined> = process.env
): RateLimits {
	const limits = Object.fromEntries(
		Object.entries(LIMIT_KINDS).map(([kind, spec]) => [
			kind,
			parseLimit(spec.variable, env[spec.variable] ?? spec.fallback)
		])
	) as Record<LimitKind, Limit | undefined>;
	const limiters = new Map<LimitKind, RateLimiterMemory>();
	for (const [kind, limit] of Object.entries(limits) as [LimitKind, Limit | undefined][])
		if (limit)
			limiters.set(
				kind,
				new RateLimiterMemory({ points: limit.requests, duration: limit.seconds })
			);

	return {
		limits,
		async take(kind, client) {
			const limiter = limiters.get(kind);
			const limit = limits[kind];
			if (!limiter || !limit) return undefined;
			try {
				await limiter.consume(client);
				return undefined;
			} catch (rejection) {
				// The memory limiter rejects with a RateLimiterRes when the client is over; anything
				// else is a fault of the limiter, and a limiter fault must not refuse a reader.
				if (!(rejection instanceof RateLimiterRes)) return undefined;
				return refusal(kind, limit, rejection.msBeforeNext);
			}
		},
		async tokenRefusal(client) {
			const limiter = limiters.get('token');
			const limit = limits.token;
			if (!limiter || !limit) return undefined;
			const used = await limiter.get(client);
			if (!used || used.consumedPoints < limit.requests) return undefined;
			return refusal('token', limit, used.msBeforeNext);
		},
		async forgiveTokens(client) {
			await limiters.get('token')?.delete(client);
		}
	};
}

let shared: RateLimits | undefined;

/**
 * The server's limits, read from the environment on first use.
 * @throws {LimitSettingError} when an ENTENTE_LIMIT_* variable is malformed
 */
export function rateLimits(): RateLimits {
	return (shared ??= createRateLimits());
}

/**
 * The 429 answer to a refused request: `Retry-After` in seconds, never cached, the message as
 * JSON (`{ error, retryAfter }`) to a client that asks for JSON, else as plain text.
 */
export function tooManyRequests(request: Request, refused: Refusal): Response {
	const headers = { 'retry-after': String(refused.retryAfterSeconds), 'cache-control': 'no-store' };
	const accept = request.headers.get('accept') ?? '';
	if (/\bapplication\/json\b/.test(accept) && !/\btext\/html\b/.test(accept))
		return Response.json(
			{ error: refused.message, retryAfter: refused.retryAfterSeconds },
			{ status: 429, headers }
		);
	return new Response(`${refused.message}\n`, {
		status: 429,
		headers: { ...headers, 'content-type': 'text/plain; charset=utf-8' }
	});
}
