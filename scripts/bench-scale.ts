// npm run bench:scale — how Entente holds up as the corpus grows. For the bundled corpus and
// generated corpora (1,000 and 10,000 articles by default; BENCH_SIZES=2,1000,10000,100000 or
// `-- --sizes …`), it writes the corpus to a temporary folder (BENCH_DIR, outside data/),
// builds the data set (time, peak memory, size on disk), serves it and loads each route at
// 10 connections with random filters (p50, p99, page bytes raw and gzipped, data bytes), then
// times a selection's evidence. Each probe and load is bounded (BENCH_TIMEOUT, BENCH_SECONDS):
// a route that does not answer in time is reported as such and the server restarted.
// BENCH_REUSE=1 serves the data sets an earlier run kept in BENCH_DIR without building them.
// Linux only (peak memory and RSS are read from /proc). The script builds the app first.
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { CHART_IDS } from '../src/lib/charts/types';
import { storeFileFor } from '../src/lib/server/paths';
import { runCli } from './cli';
import { generateArticles, seededRandom, writeCorpus } from './generateCorpus';
import { randomQueries } from './randomQueries';
import { serveBuild, type RunningApp } from './serveBuild';

const { values: flags } = parseArgs({
	options: { sizes: { type: 'string' }, seconds: { type: 'string' }, keep: { type: 'boolean' } }
});
const SIZES = (flags.sizes ?? process.env.BENCH_SIZES ?? '2,1000,10000')
	.split(',')
	.map((s) => Number(s.trim()))
	.filter((n) => Number.isInteger(n) && n >= 0);
const SECONDS = Number(flags.seconds ?? process.env.BENCH_SECONDS ?? 5);
const TIMEOUT = Number(process.env.BENCH_TIMEOUT ?? 30);
/** Reading a large data set when the server starts may take longer than a page. */
const LOAD_TIMEOUT = 180;
const CONNECTIONS = 10;
const PORT = Number(process.env.BENCH_PORT ?? 4319);
const SEED = Number(process.env.BENCH_SEED ?? 1);
/** BENCH_REUSE=1 with BENCH_DIR: serve the data sets an earlier run left there, unbuilt (to
 * compare servers, such as ENTENTE_STORE=off and on, on the same data under the same load). */
const REUSE = process.env.BENCH_REUSE === '1';

/** Peak resident memory of a process so far (kB), from /proc. */
async function procStatus(pid: number, field: 'VmHWM' | 'VmRSS'): Promise<number> {
	try {
		const status = await readFile(`/proc/${pid}/status`, 'utf8');
		return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
	} catch {
		return 0;
	}
}

interface Build {
	seconds: number;
	peakMb: number;
	dataMb: number;
}

async function build(dataDir: string, datasetFile: string): Promise<Build> {
	const start = performance.now();
	const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/build-dataset.ts'], {
		env: { ...process.env, ENTENTE_DATA_DIR: dataDir, ENTENTE_DATASET: datasetFile },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	let peak = 0;
	const poll = setInterval(async () => {
		peak = Math.max(peak, await procStatus(child.pid ?? 0, 'VmHWM'));
	}, 100);
	const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
	clearInterval(poll);
	if (code !== 0) throw new Error(`building ${dataDir} failed (exit ${code})`);
	return {
		seconds: (performance.now() - start) / 1000,
		peakMb: peak / 1024,
		dataMb:
			((await diskSize(datasetFile)) + (await diskSize(storeFileFor(datasetFile)).catch(() => 0))) /
			1024 /
			1024
	};
}

/** A file's size, or a folder's (a database with its side files). */
async function diskSize(target: string): Promise<number> {
	const info = await stat(target);
	if (!info.isDirectory()) return info.size;
	let total = 0;
	for (const name of await readdir(target)) total += await diskSize(path.join(target, name));
	return total;
}

interface RouteResult {
	route: string;
	bytes?: number;
	gzip?: number;
	dataBytes?: number;
	p50?: number;
	p99?: number;
	rps?: number;
	errors?: number;
	failure?: string;
}

async function timedFetch(url: string): Promise<{ body: Buffer; ms: number; status: number }> {
	const start = performance.now();
	const response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT * 1000) });
	const body = Buffer.from(await response.arrayBuffer());
	return { body, ms: performance.now() - start, status: response.status };
}

async function measureRoute(
	app: RunningApp,
	route: string,
	queries: string[]
): Promise<RouteResult> {
	const result: RouteResult = { route };
	try {
		const page = await timedFetch(`${app.url}${route}`);
		if (page.status >= 400) throw new Error(`HTTP ${page.status}`);
		result.bytes = page.body.length;
		result.gzip = gzipSync(page.body).length;
		if (!route.startsWith('/embed/')) {
			const data = await timedFetch(`${app.url}${route === '/' ? '' : route}/__data.json`);
			result.dataBytes = data.body.length;
		}
	} catch (failure) {
		result.failure = describe(failure);
		return result;
	}
	let next = 0;
	const load = await autocannon({
		url: app.url,
		connections: CONNECTIONS,
		duration: SECONDS,
		timeout: TIMEOUT,
		requests: [
			{
				setupRequest: (request) => ({
					...request,
					path: `${route}${queries[next++ % queries.length] ?? ''}`
				})
			}
		]
	});
	result.p50 = load.latency.p50;
	result.p99 = load.latency.p99;
	result.rps = load.requests.average;
	result.errors = load.errors + load.timeouts + load.non2xx;
	if (load.timeouts) result.failure = `${load.timeouts} requests over ${TIMEOUT} s`;
	return result;
}

const describe = (failure: unknown) =>
	failure instanceof Error && failure.name === 'TimeoutError'
		? `no answer in ${TIMEOUT} s`
		: failure instanceof Error
			? failure.message
			: String(failure);

/** A selection's evidence: an actor's relations with their sentences, timed alone (median of
 * 11), from /api/evidence (or, on a version without it, the network page with the actor
 * selected). `filters` gives each request its own filters (a query string, `&…`): none seen
 * before, so nothing computed for earlier filters helps. */
async function evidenceTime(
	app: RunningApp,
	actors: string[],
	filters: string[] = []
): Promise<number | string> {
	const times: number[] = [];
	const endpoint =
		(await fetch(`${app.url}/api/evidence?actor=${encodeURIComponent(actors[0] ?? '')}`)).status !==
		404;
	try {
		for (const [i, actor] of actors.slice(0, 11).entries()) {
			const id = encodeURIComponent(actor);
			const extra = filters[i] ?? '';
			const { ms, status } = await timedFetch(
				endpoint
					? `${app.url}/api/evidence?actor=${id}${extra}`
					: `${app.url}/network?select=${id}${extra}`
			);
			if (status >= 400) return `HTTP ${status}`;
			times.push(ms);
		}
	} catch (failure) {
		return describe(failure);
	}
	return times.sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0;
}

/** The first request that needs the data set reads it: timed apart from the routes. */
async function loadTime(app: RunningApp, article: string): Promise<number | string> {
	const start = performance.now();
	try {
		const response = await fetch(`${app.url}/articles/${encodeURIComponent(article)}`, {
			signal: AbortSignal.timeout(LOAD_TIMEOUT * 1000)
		});
		await response.arrayBuffer();
		if (response.status >= 400) return `HTTP ${response.status}`;
	} catch (failure) {
		return describe(failure);
	}
	return performance.now() - start;
}

interface SizeResult {
	size: number;
	articles: number;
	loadMs: number | string;
	/** Seconds to build again unchanged, and with one article added (absent: not built, the
	 * data set of an earlier run served again, BENCH_REUSE). */
	rebuild?: number;
	plusOne?: number;
	build?: Build;
	rssMb: number;
	peakRssMb: number;
	evidenceMs: number | string;
	/** The same, each request under new filters (a country and a period). */
	filteredEvidenceMs: number | string;
	/** The same, answered from memory (`ENTENTE_STORE=off`): as before the store. */
	memoryEvidenceMs: number | string;
	routes: RouteResult[];
}

async function corpusFacts(
	datasetFile: string
): Promise<{ articles: number; first: string; countries: string[]; actors: string[] }> {
	const dataset = JSON.parse(await readFile(datasetFile, 'utf8')) as {
		articles: { id: string }[];
		entities: { id: string; type: string; mentionCount: number }[];
	};
	const random = seededRandom(SEED + 3);
	const countries = dataset.entities.filter((e) => e.type === 'country').map((e) => e.id);
	const actors = dataset.entities.map((e) => e.id);
	const sample = (list: string[], n: number) =>
		Array.from(
			{ length: Math.min(n, list.length) },
			() => list[Math.floor(random() * list.length)] as string
		);
	return {
		articles: dataset.articles.length,
		first: dataset.articles[0]?.id ?? '',
		countries,
		actors: sample(actors, 11)
	};
}

async function benchSize(size: number, root: string): Promise<SizeResult> {
	const dir = path.join(root, `corpus-${size}`);
	const dataDir = path.join(dir, 'data');
	const datasetFile = path.join(dir, 'dataset.json');
	let built: Build | undefined;
	let rebuilt: Build | undefined;
	let plusOne: Build | undefined;
	if (REUSE && (await diskSize(datasetFile).catch(() => 0))) {
		process.stderr.write(`· ${size} articles: serving the data set built before\n`);
	} else {
		// The bundled corpus is "size 2"; any other size adds generated articles to it.
		await writeCorpus(dataDir, size <= 2 ? 0 : size, SEED);
		process.stderr.write(`· ${size} articles: building…\n`);
		built = await build(dataDir, datasetFile);
		// Built again with the extractions kept, then with one article more.
		rebuilt = await build(dataDir, datasetFile);
		const [extra] = generateArticles(1, SEED + 99).articles;
		if (extra)
			await writeFile(
				path.join(dataDir, 'articles', 'bench-extra.md'),
				extra.content.replace(/^id: .*$/m, 'id: bench-extra')
			);
		plusOne = await build(dataDir, datasetFile);
	}
	const facts = await corpusFacts(datasetFile);
	const routes = [
		'/',
		'/network',
		...CHART_IDS.map((id) => `/charts/${id}`),
		'/embed/meetings',
		'/embed/network'
	];
	const queries = randomQueries(facts.countries, 64, SEED + 7);
	const env = { ENTENTE_DATA_DIR: dataDir, ENTENTE_DATASET: datasetFile };
	let port = PORT;
	let app = await serveBuild(port, env);
	const results: RouteResult[] = [];
	let peakRss = 0;
	const loadMs = await loadTime(app, facts.first);
	try {
		for (const route of routes) {
			process.stderr.write(`· ${size} articles: ${route}\n`);
			const result = await measureRoute(app, route, queries);
			results.push(result);
			peakRss = Math.max(peakRss, await procStatus(app.pid, 'VmHWM'));
			if (result.failure) {
				// A request still running would hold up the next route: start afresh.
				app.stop('SIGKILL');
				app = await serveBuild(++port, env);
				await loadTime(app, facts.first);
			}
		}
		const evidenceMs = await evidenceTime(app, facts.actors);
		const newFilters = facts.actors.map(
			(_, i) =>
				`&country=${facts.countries[(i * 17) % facts.countries.length] ?? ''}&from=${2015 + (i % 5)}-01-01&to=${2018 + (i % 7)}-12-31`
		);
		const filteredEvidenceMs = await evidenceTime(app, facts.actors, newFilters);
		const rss = await procStatus(app.pid, 'VmRSS');
		peakRss = Math.max(peakRss, await procStatus(app.pid, 'VmHWM'));
		// The same selections answered from the data set in memory, the store turned off.
		app.stop('SIGKILL');
		app = await serveBuild(++port, { ...env, ENTENTE_STORE: 'off' });
		await loadTime(app, facts.first);
		const memoryEvidenceMs = await evidenceTime(app, facts.actors, newFilters);
		return {
			size,
			articles: facts.articles,
			loadMs,
			...(built ? { build: built } : {}),
			...(rebuilt ? { rebuild: rebuilt.seconds } : {}),
			...(plusOne ? { plusOne: plusOne.seconds } : {}),
			rssMb: rss / 1024,
			peakRssMb: peakRss / 1024,
			evidenceMs,
			filteredEvidenceMs,
			memoryEvidenceMs,
			routes: results
		};
	} finally {
		app.stop('SIGKILL');
	}
}

const kb = (n?: number) => (n === undefined ? '—' : `${(n / 1024).toFixed(n < 10240 ? 1 : 0)} KB`);
const seconds = (n?: number) => (n === undefined ? '—' : `${n.toFixed(1)} s`);
const ms = (n?: number) => (n === undefined ? '—' : `${n.toFixed(0)} ms`);

function print(results: SizeResult[]): void {
	console.log(
		`\nEntente at scale — ${CONNECTIONS} connections, ${SECONDS} s per route, random filters, seed ${SEED}; goals at 10,000 articles: HTML ≤ 300 KB gzipped, data ≤ 500 KB, p99 ≤ 300 ms, evidence ≤ 100 ms\n`
	);
	console.log(
		'| articles | build | rebuild | +1 article | build peak | data on disk (JSON + database) | first read | server RSS (peak) | evidence | evidence, new filters: store / memory |'
	);
	console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
	const either = (v: number | string) => (typeof v === 'number' ? ms(v) : v);
	for (const r of results)
		console.log(
			`| ${r.articles} | ${seconds(r.build?.seconds)} | ${seconds(r.rebuild)} | ${seconds(r.plusOne)} | ${r.build ? `${r.build.peakMb.toFixed(0)} MB` : '—'} | ${r.build ? `${r.build.dataMb.toFixed(1)} MB` : '—'} | ${either(r.loadMs)} | ${r.rssMb.toFixed(0)} MB (${r.peakRssMb.toFixed(0)} MB) | ${either(r.evidenceMs)} | ${either(r.filteredEvidenceMs)} / ${either(r.memoryEvidenceMs)} |`
		);
	console.log('\n| articles | route | HTML | gzipped | data | p50 | p99 | req/s | errors |');
	console.log('| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
	for (const r of results)
		for (const route of r.routes)
			console.log(
				`| ${r.articles} | ${route.route} | ${kb(route.bytes)} | ${kb(route.gzip)} | ${kb(route.dataBytes)} | ${ms(route.p50)} | ${ms(route.p99)} | ${route.rps?.toFixed(1) ?? '—'} | ${route.failure ?? route.errors ?? ''} |`
			);
}

await runCli(async () => {
	const root = process.env.BENCH_DIR ?? (await mkdtemp(path.join(tmpdir(), 'entente-scale-')));
	const results: SizeResult[] = [];
	try {
		for (const size of SIZES) results.push(await benchSize(size, root));
	} finally {
		print(results);
		if (!flags.keep && !process.env.BENCH_DIR) await rm(root, { recursive: true, force: true });
		else console.log(`\ncorpora kept in ${root}`);
	}
});
