// npm run bench: extraction throughput on a generated multi-megabyte article, next to a bare
// tokenising pass over the same text in the same run. Goal: ≥ 2 MB/s, within 10× of the pass.
import path from 'node:path';
import { extractArticle } from '../src/lib/extract/extractArticle';
import { compileLexicon } from '../src/lib/gazetteer/lexicon';
import { loadArticles } from '../src/lib/server/loadCorpus';
import { loadGazetteer } from '../src/lib/server/loadGazetteer';
import { DATA_DIR } from '../src/lib/server/paths';
import type { Article } from '../src/lib/types';
import { runCli } from './cli';

const TARGET_BYTES = Number(process.env.BENCH_BYTES ?? 4 * 1024 * 1024);

function tokenise(text: string): number {
	return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

const RUNS = Number(process.env.BENCH_RUNS ?? 3);

/** Median wall time of RUNS runs: this machine's timings vary by a third from run to run. */
function time<T>(run: () => T): { ms: number; result: T } {
	const times: number[] = [];
	let result: T | undefined;
	for (let i = 0; i < RUNS; i++) {
		const start = performance.now();
		result = run();
		times.push(performance.now() - start);
	}
	times.sort((a, b) => a - b);
	return { ms: times[Math.floor(times.length / 2)] as number, result: result as T };
}

await runCli(async () => {
	const lexicon = compileLexicon(await loadGazetteer(path.join(DATA_DIR, 'gazetteer')));
	const corpus = await loadArticles(path.join(DATA_DIR, 'articles'));
	const paragraphs = corpus.flatMap((a) => a.text.split(/\n\s*\n/));
	// Paragraphs of the corpus in a fixed shuffled order until the target size.
	const parts: string[] = [];
	let size = 0;
	for (let i = 0; size < TARGET_BYTES; i++) {
		const p = paragraphs[(i * 7) % paragraphs.length] as string;
		parts.push(p);
		size += Buffer.byteLength(p) + 2;
	}
	const text = parts.join('\n\n');
	const megabytes = Buffer.byteLength(text) / (1024 * 1024);
	const article: Article = {
		id: 'bench',
		title: 'bench',
		date: '2024-05-16',
		lang: 'fr',
		source: 'generated',
		text
	};
	extractArticle({ ...article, text: text.slice(0, 20_000) }, lexicon); // warm up
	const bare = time(() => tokenise(text));
	const full = time(() => extractArticle(article, lexicon));
	const rate = (ms: number) => megabytes / (ms / 1000);
	console.log(
		`generated article: ${megabytes.toFixed(2)} MB, ${parts.length} paragraphs; median of ${RUNS} runs`
	);
	console.log(`${'pass'.padEnd(22)} ${'time'.padStart(9)} ${'MB/s'.padStart(8)}`);
	console.log(
		`${'bare tokenising'.padEnd(22)} ${bare.ms.toFixed(0).padStart(7)} ms ${rate(bare.ms).toFixed(2).padStart(8)}   (${bare.result} tokens)`
	);
	console.log(
		`${'extraction'.padEnd(22)} ${full.ms.toFixed(0).padStart(7)} ms ${rate(full.ms).toFixed(2).padStart(8)}   (${full.result.relations.length} relations, ${full.result.mentions.length} mentions)`
	);
	const ratio = full.ms / bare.ms;
	console.log(
		`extraction is ${ratio.toFixed(1)}× the bare pass (goal ≤ 10×); ${rate(full.ms).toFixed(2)} MB/s (goal ≥ 2 MB/s)`
	);
});
