// npm run bench:graph — in headless Chromium, for 100 / 1,000 / 5,000 nodes: time for the
// layout to settle and frame time while panning, Entente's canvas + worker next to a naive d3
// SVG of the same generated graph, in the same run. Needs the built app (the script builds it).
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { runCli } from './cli';

const SIZES = (process.env.BENCH_SIZES ?? '100,1000,5000').split(',').map(Number);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PORT = Number(process.env.BENCH_PORT ?? 4317);

interface Result {
	settleMs: number;
	frameMs: number;
	drawMs?: number;
}

await runCli(async () => {
	const server = spawn(process.execPath, ['build'], {
		env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1' },
		stdio: 'ignore'
	});
	const base = `http://127.0.0.1:${PORT}`;
	for (let i = 0; ; i++) {
		try {
			if ((await fetch(base)).status < 500) break;
		} catch {
			// starting
		}
		if (i > 100) throw new Error('the built app did not start (npm run build first)');
		await new Promise((r) => setTimeout(r, 100));
	}
	const browser = await chromium.launch({
		executablePath: CHROMIUM,
		args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking']
	});
	try {
		const rows: string[] = [];
		const verdicts: string[] = [];
		for (const n of SIZES) {
			const results: Record<string, Result | undefined> = {};
			for (const mode of ['canvas', 'svg']) {
				const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
				await page.goto(`${base}/bench/graph?n=${n}&mode=${mode}`);
				try {
					await page.waitForFunction(
						() => (window as unknown as { __bench?: { done: boolean } }).__bench?.done,
						undefined,
						{ timeout: 180_000, polling: 200 }
					);
					results[mode] = await page.evaluate(
						() => (window as unknown as { __bench: Result }).__bench
					);
				} catch {
					results[mode] = undefined; // the naive SVG may not finish: reported as "> 180 s"
				}
				await page.close();
			}
			const c = results.canvas;
			const s = results.svg;
			const fmt = (v: number | undefined, unit: string) =>
				v === undefined ? '   > 180 s' : `${v.toFixed(1).padStart(8)} ${unit}`;
			const ratio = c && s ? s.frameMs / c.frameMs : undefined;
			rows.push(
				`${String(n).padStart(6)}  ${fmt(c?.settleMs, 'ms')}  ${fmt(s?.settleMs, 'ms')}  ${fmt(c?.frameMs, 'ms')}  ${fmt(s?.frameMs, 'ms')}  ${c?.drawMs?.toFixed(1).padStart(6) ?? '     –'} ms  ${ratio ? `${ratio.toFixed(1)}×` : '–'}`
			);
			if (n === 5000 && c) {
				verdicts.push(
					`5,000 nodes: settled in ${(c.settleMs / 1000).toFixed(2)} s (goal < 3 s) ${c.settleMs < 3000 ? 'MET' : 'NOT MET'}`
				);
				verdicts.push(
					`5,000 nodes: ${c.frameMs.toFixed(1)} ms a frame while panning (goal < 33 ms) ${c.frameMs < 33 ? 'MET' : 'NOT MET'}`
				);
				if (ratio)
					verdicts.push(
						`5,000 nodes: frames ${ratio.toFixed(1)}× faster than the naive SVG (goal ≥ 5×) ${ratio >= 5 ? 'MET' : 'NOT MET'}`
					);
			}
		}
		console.log(
			'nodes   settle (canvas+worker)  settle (naive SVG)  frame (canvas)  frame (naive SVG)  draw (canvas)  frames faster'
		);
		for (const row of rows) console.log(row);
		for (const v of verdicts) console.log(v);
	} finally {
		await browser.close();
		server.kill();
	}
});
