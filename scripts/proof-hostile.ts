// npm run proof:hostile — the built server, on a temporary copy of data/ and a free port on
// localhost (no ORIGIN: links follow the Host header, the riskier set-up), sent a few thousand
// hostile requests: path traversal, oversized and malformed query parameters, markup in every
// parameter of every route, forged Host headers, methods no route takes, wrong editing tokens,
// and hostile articles posted to the editing forms with a test token (previews, saves, review
// decisions on an article's page and in the corpus-wide queue, /review). Prints the counts by status class and kind, and exits 1 on any 5xx (but oEmbed's
// 501 to a format it does not offer, which the oEmbed spec asks for), any markup
// reflected unescaped (in HTML, SVG or XML), a stack trace in a response, a hostile page number
// or decision to the review queue answered other than 4xx with a message saying what was wrong,
// any response without the security headers, a file
// outside the corpus or the token in a response, a forged Host in a reader's cached page, or a
// data set no longer valid. PROOF_SEED (1), PROOF_REQUESTS (3000), PROOF_CONNECTIONS (8).
import { randomBytes } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import { Agent, request } from 'node:http';
import path from 'node:path';
import { CHART_IDS } from '../src/lib/charts/types';
import type { Dataset } from '../src/lib/dataset/schema';
import { FILTER_KEYS } from '../src/lib/graph/filters';
import { isOpenToAll } from '../src/lib/server/framing.js';
import { runCli } from './cli';
import { seededRandom } from './generateCorpus';
import { proofData, serveProof } from './proofServer';

const SEED = Number(process.env.PROOF_SEED ?? 1);
const TOTAL = Number(process.env.PROOF_REQUESTS ?? 3000);
const CONNECTIONS = Number(process.env.PROOF_CONNECTIONS ?? 8);
const TOKEN = randomBytes(18).toString('base64url');
const EVIL_HOST = 'evil.example';

/** Markup that must never come back as it was sent, in HTML, SVG or XML. */
const MARKUP = [
	'<script>alert("x1")</script>',
	'"><img src=x onerror=alert("x2")>',
	"'><svg/onload=alert('x3')>",
	'</textarea><script>alert("x4")</script>',
	'<iframe src="javascript:alert(5)"></iframe>',
	']]><script>alert("x6")</script><![CDATA[',
	'<a href="javascript:alert(7)">x7</a>',
	'" autofocus onfocus="alert(8)" x="'
];
/** Values that are not markup but break parsers: long, malformed, out of range. */
const MALFORMED = [
	'',
	'%',
	'%E0%A4%A',
	'%00',
	'\u0000',
	'\u202e\u0000evil',
	'-1',
	'0',
	'1e309',
	'NaN',
	'9'.repeat(400),
	'../../../../etc/passwd',
	'..%2f..%2f..%2fpackage.json',
	'javascript:alert(1)',
	'JaVaScRiPt:\talert(1)',
	'data:text/html,<script>alert(9)</script>',
	'CHN,'.repeat(500),
	'A'.repeat(5000),
	'é'.repeat(3000),
	'{"$gt":""}',
	'${7*7}',
	'\r\nSet-Cookie: entente_edit=forged'
];
const TRAVERSAL = [
	'/../../../../etc/passwd',
	'/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
	'/..%2f..%2f..%2fetc%2fpasswd',
	'/%252e%252e/%252e%252e/etc/passwd',
	'/_app/../../package.json',
	'/_app/immutable/..%2f..%2f..%2fpackage.json',
	'/static/../package.json',
	'/favicon.svg/..%2f..%2fpackage.json',
	'/articles/..%2f..%2fpackage.json',
	'/articles/%2e%2e',
	'/articles/.hidden',
	'/articles/..%5c..%5cpackage.json',
	'/entities/..%2f..%2f..%2fpackage.json',
	'/charts/..%2f..%2fpackage.json',
	'/embed/..%2f..%2fpackage.json',
	'/api/data/..%2f..%2fpackage.json',
	'/api/data/%2e%2e%2fdataset.json',
	'/api/charts/..%2f..%2fpackage.json.csv',
	'/api/graph.%2e%2e%2fpackage.json',
	'//etc/passwd',
	'/\\..\\..\\etc\\passwd',
	'/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd',
	'/data/articles/000_9aa84c4f3abaae7f.md',
	'/generated/dataset.json',
	'/.env',
	'/.git/config',
	'/node_modules/.package-lock.json'
];
const METHODS = ['PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND', 'FOO', 'POST'];
const HOSTS = [
	EVIL_HOST,
	`${EVIL_HOST}:80`,
	`127.0.0.1@${EVIL_HOST}`,
	`${EVIL_HOST}/<script>`,
	'<script>alert(1)</script>',
	`${'h'.repeat(300)}.example`,
	'[::1]:99999'
];
const PARAMS = [
	...FILTER_KEYS,
	'lang',
	'excel',
	'scale',
	'page',
	'rows',
	'select',
	'chart',
	'actor',
	'edge',
	'find',
	'links',
	'top',
	'url',
	'maxwidth',
	'maxheight',
	'format',
	'fresh'
];

interface Ask {
	kind: string;
	method: string;
	path: string;
	headers?: Record<string, string>;
	body?: string;
}
interface Answer {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	body: string;
}

const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });

/** One request as sent, byte for byte (no URL normalisation on the way). */
function send(base: URL, ask: Ask): Promise<Answer> {
	return new Promise((resolve, reject) => {
		const req = request(
			{
				agent,
				hostname: base.hostname,
				port: base.port,
				method: ask.method,
				path: ask.path,
				headers: {
					...ask.headers,
					...(ask.body ? { 'content-length': Buffer.byteLength(ask.body) } : {})
				}
			},
			(res) => {
				const chunks: Buffer[] = [];
				res.on('data', (chunk: Buffer) => chunks.push(chunk));
				res.on('end', () =>
					resolve({
						status: res.statusCode ?? 0,
						headers: res.headers,
						body: Buffer.concat(chunks).toString('utf8')
					})
				);
			}
		);
		req.on('error', reject);
		req.end(ask.body);
	});
}

/** The one 5xx a spec asks for: oEmbed answers 501 to a format it does not offer. */
const isOembedFormat = (ask: Ask, answer: Answer) =>
	answer.status === 501 && /^\/oembed\?(?:.*&)?format=/.test(ask.path);

/** Whatever the request, what the response must carry and must not contain. */
function problemsOf(ask: Ask, answer: Answer): string[] {
	const problems: string[] = [];
	// The one 5xx a spec asks for: oEmbed answers 501 to a format it does not offer.
	if (answer.status >= 500 && !isOembedFormat(ask, answer)) problems.push(`${answer.status}`);
	const header = (name: string) => String(answer.headers[name] ?? '');
	const pathname = ask.path.split('?')[0] ?? '/';
	if (header('x-content-type-options') !== 'nosniff') problems.push('no nosniff');
	if (!header('referrer-policy')) problems.push('no referrer policy');
	if (answer.status !== 304 && !header('content-security-policy').includes('frame-ancestors'))
		problems.push('no frame-ancestors');
	if (!isOpenToAll(pathname) && header('x-frame-options') !== 'SAMEORIGIN')
		problems.push('no X-Frame-Options');
	const type = header('content-type');
	if (answer.body && !type) problems.push('a body without a content type');
	if (/html|svg|xml/.test(type)) {
		const reflected = MARKUP.filter((m) => m.includes('<') && answer.body.includes(m));
		if (reflected.length) problems.push(`markup reflected: ${reflected[0]}`);
		// Inside a real tag: markup shown as text has its `<` escaped.
		if (/<[a-z][^<>]*\son\w+\s*=\s*["']?alert\(/i.test(answer.body))
			problems.push('an event handler attribute injected');
		if (/<[a-z][^<>]*\s(?:href|src|action|formaction)\s*=\s*["']?\s*javascript:/i.test(answer.body))
			problems.push('a javascript: link');
	}
	if (answer.body.includes('root:x:0:0') || answer.body.includes('"devDependencies"'))
		problems.push('a file outside the app served');
	if (answer.body.includes(TOKEN)) problems.push('the editing token in a response');
	// A V8 stack frame (`at fn (file.js:12:3)`): the server's insides, never a reader's answer.
	if (/\n\s+at [^\n]*\(?[^\s()]+:\d+:\d+\)?/.test(answer.body)) problems.push('a stack trace');
	if (ask.kind.startsWith('queue')) problems.push(...queueProblems(ask, answer));
	if (/entente_edit=forged/.test(header('set-cookie'))) problems.push('a header injected');
	return problems;
}

/**
 * The review queue refuses what it cannot use with a 4xx that says why: a page number that is no
 * page, a decision on a relation or article that is not there, an action it does not have, a
 * visitor without the token. `queue page` asks carry a hostile `page`; `queue post` asks, a
 * hostile decision.
 */
function queueProblems(ask: Ask, answer: Answer): string[] {
	// An action's answer to a script (SvelteKit's protocol) is a 200 whose JSON names the status.
	const status = /^\{"type":"failure","status":(\d+)/.exec(answer.body)?.[1];
	const refused = answer.status === 200 && status ? Number(status) : answer.status;
	if (refused < 400 || refused >= 500) return [`${refused}, not a 4xx refusal`];
	const said =
		ask.kind === 'queue page'
			? /page/i.test(answer.body)
			: /relation|article|editing|action|token|decision/i.test(answer.body);
	return said ? [] : ['a refusal that does not say what was wrong'];
}

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

await runCli(async () => {
	const random = seededRandom(SEED);
	const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
	const data = await proofData();
	const dataset = JSON.parse(await readFile(data.datasetFile, 'utf8')) as Dataset;
	const articleId = dataset.articles[0]?.id ?? 'none';
	const entityId = dataset.entities[0]?.id ?? 'none';
	const app = await serveProof(data, {
		ORIGIN: undefined,
		ENTENTE_EDIT_TOKEN: TOKEN,
		ENTENTE_LIMIT_PNG: 'off',
		ENTENTE_LIMIT_DOWNLOAD: 'off'
	});
	const base = new URL(app.url);
	// Without ORIGIN, adapter-node takes the Host header and https: what its origin check expects.
	const origin = {
		origin: `https://${base.host}`,
		'content-type': 'application/x-www-form-urlencoded'
	};
	const routes = [
		'/',
		'/network',
		...CHART_IDS.map((id) => `/charts/${id}`),
		`/entities/${entityId}`,
		`/articles/${articleId}`,
		`/articles/${articleId}/review`,
		'/review',
		'/ingest',
		'/embed/meetings',
		'/embed/network',
		'/api/charts/meetings.svg',
		'/api/charts/meetings.csv',
		'/api/charts/timeline.json',
		'/api/charts/meetings.png',
		'/api/charts/dependence.zip',
		'/api/graph.gexf',
		'/api/graph.graphml',
		'/api/graph.nodes.csv',
		'/api/data/datapackage.json',
		'/api/data/events.csv',
		'/api/data.zip',
		'/api/evidence',
		'/oembed'
	];
	const value = () => (random() < 0.55 ? pick(MARKUP) : pick(MALFORMED));
	const query = () => {
		const parts: string[] = [];
		const count = 1 + Math.floor(random() * 3);
		for (let i = 0; i < count; i++) {
			const raw = value();
			// Sometimes as a browser sends it, sometimes raw (quotes, brackets, stray %), encoding
			// only what an HTTP client cannot send at all.
			const encoded =
				random() < 0.7
					? encodeURIComponent(raw)
					: raw.replace(/[^\x21-\x7e]|#/gu, encodeURIComponent);
			parts.push(`${pick(PARAMS)}=${encoded}`);
		}
		return `?${parts.join('&')}`;
	};

	// Editing: a session for the hostile articles, as an editor's browser would hold it.
	const unlock = await send(base, {
		kind: 'token',
		method: 'POST',
		path: '/ingest?/unlock',
		headers: origin,
		body: form({ token: TOKEN })
	});
	const cookie = String(unlock.headers['set-cookie'] ?? '').split(';')[0] ?? '';
	if (!cookie.startsWith('entente_edit='))
		throw new Error(`the test token did not unlock editing (${unlock.status})`);
	const editor = { ...origin, cookie };
	/** Half of them otherwise well-formed (markup in the title, source and text only), so saved. */
	const hostileArticle = (save: boolean): Ask => {
		const wellFormed = random() < 0.5;
		const fields: Record<string, string> = {
			text: `${pick(MARKUP)} Xi Jinping met ${pick(MARKUP)} Vladimir Putin in Beijing on ${random()}. ${pick(MALFORMED)}`,
			title: pick([...MARKUP, ...MALFORMED]),
			date: pick(['2024-05-16', '0000-01-01', '2024-02-30', '9999-12-31', pick(MALFORMED)]),
			lang: pick(['en', 'fr', 'auto', pick(MALFORMED)]),
			source: pick([...MARKUP, ...MALFORMED]),
			url: pick([
				'https://example.org/a',
				'javascript:alert(1)',
				'JaVaScRiPt:\talert(1)',
				'data:text/html,x',
				pick(MARKUP)
			])
		};
		if (wellFormed)
			Object.assign(fields, { date: '2024-05-16', lang: 'en', url: 'https://example.org/a' });
		else if (random() < 0.3)
			fields.text = `---\nid: ${pick(['..', '.hidden', '../../escape', 'a/b'])}\n---\n${fields.text}`;
		return {
			kind: save ? 'save' : 'preview',
			method: 'POST',
			path: `/ingest?/${save ? 'save' : 'preview'}`,
			// The page re-rendered with the form (a browser without scripts), or the action's JSON.
			headers: { ...editor, ...(random() < 0.5 ? { accept: 'text/html' } : {}) },
			body: form(fields)
		};
	};

	const asks: Ask[] = [];
	for (const pathname of TRAVERSAL) asks.push({ kind: 'traversal', method: 'GET', path: pathname });
	for (const route of routes)
		for (const method of METHODS)
			asks.push({ kind: 'method', method, path: route, headers: method === 'POST' ? origin : {} });
	for (const route of routes)
		for (const host of HOSTS)
			asks.push({ kind: 'host', method: 'GET', path: route, headers: { host } });
	for (let i = 0; i < 40; i++)
		asks.push({
			kind: 'oversized',
			method: 'GET',
			path: `${pick(routes)}?${pick(PARAMS)}=${'A'.repeat(8_000 + Math.floor(random() * 40_000))}`
		});
	for (let i = 0; i < 20; i++)
		asks.push({
			kind: 'token',
			method: 'POST',
			path: '/ingest?/unlock',
			headers: origin,
			body: form({ token: pick(MARKUP) })
		});
	for (let i = 0; i < 10; i++) asks.push(hostileArticle(true));
	for (let i = 0; i < 40; i++)
		asks.push({
			kind: 'review',
			method: 'POST',
			path: `/articles/${articleId}/review?/${pick(['decide', 'add', 'nope'])}`,
			headers: editor,
			body: form({
				relation: pick(MARKUP),
				action: pick(['reject', 'accept', pick(MARKUP)]),
				quote: pick(MARKUP),
				type: pick(MALFORMED),
				source: pick(MARKUP),
				target: pick(MALFORMED),
				date: pick(MALFORMED),
				modality: pick(MARKUP)
			})
		});
	// The corpus-wide queue: a hostile page number (with the cookie, so the queue is read), then
	// hostile decisions, from an editor and from a visitor without the token.
	for (let i = 0; i < 30; i++)
		asks.push({
			kind: 'queue page',
			method: 'GET',
			path: `/review?page=${encodeURIComponent(pick([...MARKUP, ...MALFORMED.filter((m) => m !== '')]))}`,
			headers: { cookie }
		});
	for (let i = 0; i < 40; i++)
		asks.push({
			kind: 'queue post',
			method: 'POST',
			path: `/review?/${pick(['decide', 'decide', 'nope'])}`,
			// As a browser without scripts posts it (the page again, with the status), or as
			// SvelteKit's script does (the action's JSON).
			headers: {
				...(random() < 0.8 ? editor : origin),
				accept: random() < 0.5 ? 'text/html' : 'application/json'
			},
			body: form({
				relation: pick([...MARKUP, ...MALFORMED]),
				article: pick([articleId, ...MARKUP, ...MALFORMED]),
				decision: pick(['accept', 'reject', pick(MARKUP), pick(MALFORMED)])
			})
		});
	for (let i = 0; i < 150; i++) asks.push(hostileArticle(false));
	while (asks.length < TOTAL)
		asks.push({ kind: 'parameters', method: 'GET', path: `${pick(routes)}${query()}` });

	const counts = new Map<string, number>();
	const count = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
	const failures: string[] = [];
	/** The pages of the hostile articles that were saved (markup in their title, source, text). */
	const saved: string[] = [];
	let next = 0;
	const started = performance.now();
	await Promise.all(
		Array.from({ length: CONNECTIONS }, async () => {
			while (next < asks.length) {
				const ask = asks[next++] as Ask;
				let answer: Answer;
				try {
					answer = await send(base, ask);
				} catch (failure) {
					failures.push(
						`${ask.method} ${ask.path.slice(0, 120)}: no answer (${failure instanceof Error ? failure.message : String(failure)})`
					);
					continue;
				}
				if (ask.kind === 'save') {
					const location =
						answer.headers.location ??
						/"type":"redirect".*"location":"([^"]+)"/.exec(answer.body)?.[1];
					if (location) saved.push(String(location));
				}
				count(`${Math.floor(answer.status / 100)}xx`);
				if (isOembedFormat(ask, answer)) count('oembed-501');
				count(`${ask.kind} ${answer.status}`);
				for (const problem of problemsOf(ask, answer))
					failures.push(
						`${ask.method} ${ask.path.slice(0, 120)} (${answer.status}, ${ask.kind}): ${problem}`
					);
			}
		})
	);
	const seconds = (performance.now() - started) / 1000;

	// The hostile articles that were saved, shown as every reader will see them.
	for (const page of saved.flatMap((p) => [p, `${p}/review`])) {
		const ask: Ask = { kind: 'saved', method: 'GET', path: page, headers: { cookie } };
		const answer = await send(base, ask);
		count(`${ask.kind} ${answer.status}`);
		for (const problem of problemsOf(ask, answer))
			failures.push(`GET ${page} (${answer.status}, saved): ${problem}`);
	}
	// A reader asking after the forged Hosts must see Entente's own links.
	for (const route of routes.filter(
		(r) => r.startsWith('/embed') || r === '/' || r.startsWith('/charts')
	)) {
		const answer = await send(base, { kind: 'after', method: 'GET', path: route });
		if (answer.body.includes(EVIL_HOST))
			failures.push(`GET ${route}: a forged Host is in a reader's page`);
	}
	// The corpus: only articles files, a data set still valid, nothing written outside data/.
	const articles = await readdir(path.join(data.dataDir, 'articles'));
	const strays = articles.filter(
		(name) => !/^[\w-][\w.-]*\.md$/.test(name) || name.startsWith('.')
	);
	if (strays.length)
		failures.push(`files in data/articles that are no articles: ${strays.join(', ')}`);
	const outside = (await readdir(data.dir)).filter(
		(name) =>
			![
				'data',
				'dataset.json',
				'dataset.sqlite',
				'extractions',
				'cache',
				'ended-sessions'
			].includes(name)
	);
	if (outside.length) failures.push(`files written outside data/: ${outside.join(', ')}`);
	try {
		const after = JSON.parse(await readFile(data.datasetFile, 'utf8')) as Dataset;
		if (after.articles.length < dataset.articles.length)
			failures.push('articles lost from the data set');
	} catch {
		failures.push('the data set is no longer valid JSON');
	}
	app.stop('SIGTERM');
	agent.destroy();

	const byKind = [...counts]
		.filter(([key]) => key.includes(' '))
		.sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }));
	console.log(
		`${asks.length} hostile requests in ${seconds.toFixed(1)} s, ${CONNECTIONS} connections, seed ${SEED}`
	);
	console.log(
		`by status class: ${['2xx', '3xx', '4xx', '5xx'].map((c) => `${c} ${counts.get(c) ?? 0}`).join(', ')}; of the 5xx, ${counts.get('oembed-501') ?? 0} oEmbed 501 (a format it does not offer)`
	);
	console.log(`by kind and status: ${byKind.map(([key, n]) => `${key}: ${n}`).join('; ')}`);
	console.log(`corpus after: ${articles.length} article files (${dataset.articles.length} before)`);
	if (failures.length) {
		// One line per kind of failure: how many, and the first request that showed it.
		const kinds = new Map<string, { n: number; first: string }>();
		for (const failure of failures) {
			const kind = failure
				.replace(/^.*?: /, '')
				.replace(/^markup reflected: .*/, 'markup reflected');
			const seen = kinds.get(kind) ?? { n: 0, first: failure };
			kinds.set(kind, { ...seen, n: seen.n + 1 });
		}
		console.log(`${failures.length} FAILURES:`);
		for (const [kind, { n, first }] of kinds) console.log(`  ${n} × ${kind}, e.g. ${first}`);
		process.exitCode = 1;
	} else {
		console.log(
			'no 5xx but those, no markup reflected, every response with the security headers: PASS'
		);
		await rm(data.dir, { recursive: true, force: true });
	}
});
