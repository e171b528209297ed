// npm run bench:embed — requests per second and 99th-percentile latency of an embed
// (/embed/meetings) next to a static file served by the same server, in the same run, and the
// JavaScript an embed ships (gzip). Goals: an embed costs at most 5× the static file, p99 under
// 50 ms, under 30 KB of gzipped JavaScript. The script builds the app first.
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { runCli } from './cli';
import { serveBuild } from './serveBuild';

const PORT = Number(process.env.BENCH_PORT ?? 4318);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);

interface Load {
	requests: number;
	p99: number;
	errors: number;
}

async function load(url: string): Promise<Load> {
	// A short warm-up first: the first requests pay for compiling and caching.
	await autocannon({ url, connections: CONNECTIONS, duration: 1 });
	const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS });
	return {
		requests: result.requests.average,
		p99: result.latency.p99,
		errors: result.errors + result.non2xx
	};
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

await runCli(async () => {
	const app = await serveBuild(PORT);
	try {
		const embed = await load(`${app.url}/embed/meetings`);
		const file = await load(`${app.url}/favicon.svg`);
		const scripts = await shippedScripts(app.url, '/embed/meetings');
		// A URL not seen before is rendered, not served from memory: what the first reader waits.
		const fresh: number[] = [];
		for (let i = 0; i < 21; i++) {
			const start = performance.now();
			await (await fetch(`${app.url}/embed/meetings?fresh=${i}`)).text();
			fresh.push(performance.now() - start);
		}
		const firstRender = fresh.sort((a, b) => a - b)[10] as number;
		const row = (name: string, r: Load) =>
			`${name.padEnd(24)} ${r.requests.toFixed(0).padStart(9)} ${r.p99.toFixed(1).padStart(9)} ms ${String(r.errors).padStart(7)}`;
		console.log(`${SECONDS} s, ${CONNECTIONS} connections each`);
		console.log(
			`${'target'.padEnd(24)} ${'req/s'.padStart(9)} ${'p99'.padStart(12)} ${'errors'.padStart(7)}`
		);
		console.log(row('static file', file));
		console.log(row('/embed/meetings', embed));
		const cost = file.requests / embed.requests;
		console.log(
			`an embed costs ${cost.toFixed(1)}× a static file (goal ≤ 5×); p99 ${embed.p99.toFixed(1)} ms (goal < 50 ms)`
		);
		console.log(
			`first render of an embed URL (not yet in memory): ${firstRender.toFixed(1)} ms (median of 21)`
		);
		console.log(
			`JavaScript shipped to an embed: ${(scripts.gzip / 1024).toFixed(1)} KB gzip (goal < 30 KB; none needed to see it): ${scripts.files.join(', ') || 'none'}`
		);
	} finally {
		app.stop();
	}
});
