// npm run bench:server — requests per second and latency of each kind of route, next to a static
// file served by the same server in the same run (measured first and last, to show the
// machine's drift): `/`, `/network`, a chart page, an embed, a chart PNG (cached hits), and a
// mix of those pages under 64 random filters: once as a reader would ask (each URL rendered the
// first time, then served from memory), once with every URL new (each one rendered: what the
// server costs when nothing helps). Every request sends
// `Accept-Encoding: gzip, br`, as browsers do. Then the first render of an embed and a PNG URL
// not yet in memory, and the JavaScript an embed ships (gzip). Goals (#16): every HTML route
// ≥ 20 % of the static file's req/s with p99 < 200 ms; an embed ≤ 5× the static file's cost,
// p99 < 50 ms, < 30 KB of JavaScript; PNG cached hits as fast as embeds. The per-client limits
// are turned off for the run (one client asks for everything). The script builds the app first.
// BENCH_SECONDS (8), BENCH_CONNECTIONS (10), BENCH_PORT, BENCH_SEED.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { CHART_IDS } from '../src/lib/charts/types';
import type { Dataset } from '../src/lib/dataset/schema';
import { DATASET_FILE } from '../src/lib/server/paths';
import { runCli } from './cli';
import { randomQueries } from './randomQueries';
import { serveBuild } from './serveBuild';

const PORT = Number(process.env.BENCH_PORT ?? 4318);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const SEED = Number(process.env.BENCH_SEED ?? 1);
const BROWSER = { 'accept-encoding': 'gzip, br', 'accept-language': 'en' };

interface Load {
	requests: number;
	p50: number;
	p99: number;
	errors: number;
}

/** `path` made new to the server (a parameter no view reads): never served from memory. */
const unseen = (path: string, n: number) => `${path}${path.includes('?') ? '&' : '?'}fresh=${n}`;

/**
 * Loads `paths` in turn (one path: always it) on `base` for SECONDS, after a 1 s warm-up; with
 * `fresh`, each request's URL is one the server has not seen.
 */
async function load(
	base: string,
	paths: string[],
	fresh = false,
	headers: Record<string, string> = BROWSER
): Promise<Load> {
	let next = 0;
	const options = {
		url: base,
		connections: CONNECTIONS,
		headers,
		requests: [
			{
				setupRequest: (request: autocannon.Request) => ({
					...request,
					path: fresh
						? unseen(paths[next % paths.length] as string, next++)
						: (paths[next++ % paths.length] as string)
				})
			}
		]
	};
	// The first requests pay for compiling and caching.
	await autocannon({ ...options, duration: 1 });
	const result = await autocannon({ ...options, duration: SECONDS });
	return {
		requests: result.requests.average,
		p50: result.latency.p50,
		p99: result.latency.p99,
		errors: result.errors + result.timeouts + result.non2xx
	};
}

/** The median time of `count` requests, one at a time, each to a URL not asked for before. */
async function firstRenders(base: string, path: string, count = 21): Promise<number> {
	const times: number[] = [];
	for (let i = 0; i < count; i++) {
		const start = performance.now();
		await (await fetch(`${base}${unseen(path, -1 - i)}`)).arrayBuffer();
		times.push(performance.now() - start);
	}
	return times.sort((a, b) => a - b)[Math.floor(count / 2)] as number;
}

async function shippedScripts(
	base: string,
	path: string
): Promise<{ files: string[]; gzip: number }> {
	const html = await (await fetch(`${base}${path}`)).text();
	const sources = [
		...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g),
		...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
		...html.matchAll(/import\(["']([^"']+\.js)["']\)/g)
	].map((m) => new URL(m[1] as string, `${base}${path}`).href);
	let gzip = 0;
	for (const source of new Set(sources))
		gzip += gzipSync(Buffer.from(await (await fetch(source)).arrayBuffer())).length;
	// Inline scripts count too.
	for (const inline of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g))
		gzip += inline[1]?.trim() ? gzipSync(Buffer.from(inline[1])).length : 0;
	return { files: [...new Set(sources)].map((s) => new URL(s).pathname), gzip };
}

/** The built app's static file closest in size to `bytes` (its path as served). */
async function staticFileOfSize(bytes: number): Promise<{ path: string; bytes: number }> {
	const root = 'build/client';
	const files = (await readdir(path.join(root, '_app/immutable'), { recursive: true }))
		.filter((name) => /\.(?:js|css)$/.test(name))
		.map((name) => path.join('_app/immutable', name));
	let best = { path: '/favicon.svg', bytes: 0 };
	for (const file of files) {
		const size = (await stat(path.join(root, file))).size;
		if (Math.abs(size - bytes) < Math.abs(best.bytes - bytes))
			best = { path: `/${file}`, bytes: size };
	}
	return best;
}

const pct = (part: number, whole: number) => `${((100 * part) / whole).toFixed(0)} %`;

await runCli(async () => {
	const dataset = JSON.parse(await readFile(DATASET_FILE, 'utf8')) as Dataset;
	const countries = dataset.entities.filter((e) => e.type === 'country').map((e) => e.id);
	const pages = ['/', '/network', ...CHART_IDS.map((id) => `/charts/${id}`)];
	const mix = randomQueries(countries, 64, SEED).map(
		(query, i) => `${pages[i % pages.length]}${query}`
	);
	const app = await serveBuild(PORT, { ENTENTE_LIMIT_PNG: 'off', ENTENTE_LIMIT_DOWNLOAD: 'off' });
	try {
		const staticBefore = await load(app.url, ['/favicon.svg']);
		const html: [string, Load][] = [
			['/', await load(app.url, ['/'])],
			['/network', await load(app.url, ['/network'])],
			['/charts/meetings', await load(app.url, ['/charts/meetings'])],
			['random filters, in memory', await load(app.url, mix)],
			['random filters, never seen', await load(app.url, mix, true)]
		];
		const embed = await load(app.url, ['/embed/meetings']);
		const png = await load(app.url, ['/api/charts/meetings.png']);
		// A PNG is ten times an embed's bytes: a static file of its size, sent as it is, tells
		// what the bytes cost from what the server adds.
		const pngBytes = (await (await fetch(`${app.url}/api/charts/meetings.png`)).arrayBuffer())
			.byteLength;
		const sameSize = await staticFileOfSize(pngBytes);
		const sameSizeLoad = await load(app.url, [sameSize.path], false, {
			'accept-encoding': 'identity'
		});
		const staticAfter = await load(app.url, ['/favicon.svg']);
		const freshEmbed = await firstRenders(app.url, '/embed/meetings');
		const freshPng = await firstRenders(app.url, '/api/charts/meetings.png');
		const scripts = await shippedScripts(app.url, '/embed/meetings');

		const file = (staticBefore.requests + staticAfter.requests) / 2;
		const row = (name: string, r: Load, goal = '') =>
			`${name.padEnd(28)} ${r.requests.toFixed(0).padStart(7)} ${pct(r.requests, file).padStart(8)} ${r.p50.toFixed(0).padStart(7)} ms ${r.p99.toFixed(0).padStart(7)} ms ${String(r.errors).padStart(6)}  ${goal}`;
		const htmlGoal = (r: Load) =>
			r.requests >= 0.2 * file && r.p99 < 200 ? 'meets the goal' : 'MISSES the goal';
		console.log(
			`${SECONDS} s per route, ${CONNECTIONS} connections, Accept-Encoding: gzip, br; ${countries.length} countries in the data set, seed ${SEED}`
		);
		console.log(
			`${'target'.padEnd(28)} ${'req/s'.padStart(7)} ${'÷static'.padStart(8)} ${'p50'.padStart(10)} ${'p99'.padStart(10)} ${'errors'.padStart(6)}  goal`
		);
		console.log(row('static file (first)', staticBefore));
		for (const [name, r] of html)
			console.log(row(name, r, `${htmlGoal(r)} (≥ 20 % of static, p99 < 200 ms)`));
		console.log(
			row(
				'/embed/meetings',
				embed,
				`${file / embed.requests <= 5 && embed.p99 < 50 ? 'meets' : 'MISSES'} the goal (≤ 5× static's cost, p99 < 50 ms)`
			)
		);
		console.log(
			row(
				'meetings.png (cached)',
				png,
				`${pct(png.requests, embed.requests)} of the embed's req/s (goal: as fast), ${pct(png.requests, sameSizeLoad.requests)} of a static file its size`
			)
		);
		console.log(
			row(
				`static, ${(sameSize.bytes / 1024).toFixed(0)} KB (PNG ${(pngBytes / 1024).toFixed(0)} KB)`,
				sameSizeLoad
			)
		);
		console.log(row('static file (last)', staticAfter));
		console.log(
			`first render of a URL not yet in memory (median of 21): embed ${freshEmbed.toFixed(1)} ms, PNG ${freshPng.toFixed(1)} ms`
		);
		console.log(
			`JavaScript shipped to an embed: ${(scripts.gzip / 1024).toFixed(1)} KB gzip (goal < 30 KB; none needed to see it): ${scripts.files.join(', ') || 'none'}`
		);
	} finally {
		app.stop();
	}
});
