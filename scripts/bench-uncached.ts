// npm run bench:uncached -- DIR ROUTE [off] — one request at a time, each under filters no
// request used before (the first unfiltered, then 40 seeded random ones: countries, types,
// periods), on a data set `npm run bench:scale -- --keep` left in DIR (`corpus-10000`): the
// time a page takes to compute when nothing is cached, without the queueing of concurrent
// connections. `off` serves it with ENTENTE_STORE=off (every view from memory). Needs `vite build`.
import path from 'node:path';
import { RELATION_TYPES } from '../src/lib/types';
import { runCli } from './cli';
import { seededRandom } from './generateCorpus';
import { serveBuild } from './serveBuild';

const QUERIES = 40;
const COUNTRIES = ['CHN', 'RUS', 'FRA', 'USA', 'HUN', 'SRB', 'KAZ', 'IND'];

function queries(): string[] {
	const random = seededRandom(8);
	const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
	return Array.from({ length: QUERIES }, () => {
		const params = new URLSearchParams();
		if (random() < 0.6) params.set('country', pick(COUNTRIES));
		if (random() < 0.3) params.set('types', `${pick(RELATION_TYPES)},${pick(RELATION_TYPES)}`);
		if (random() < 0.3) params.set('from', `${2015 + Math.floor(random() * 10)}-01-01`);
		return `?${params}`;
	});
}

async function timed(url: string): Promise<number> {
	const start = performance.now();
	const response = await fetch(url);
	await response.arrayBuffer();
	if (response.status >= 400) throw new Error(`${url}: HTTP ${response.status}`);
	return performance.now() - start;
}

await runCli(async () => {
	const [dir, route = '/', mode] = process.argv.slice(2);
	if (!dir) throw new Error('usage: npm run bench:uncached -- DIR ROUTE [off]');
	const app = await serveBuild(4397, {
		ENTENTE_DATA_DIR: path.join(dir, 'data'),
		ENTENTE_DATASET: path.join(dir, 'dataset.json'),
		...(mode === 'off' ? { ENTENTE_STORE: 'off' } : {})
	});
	try {
		const first = await timed(`${app.url}${route}`);
		const times: number[] = [];
		for (const query of queries()) times.push(await timed(`${app.url}${route}${query}`));
		times.sort((a, b) => a - b);
		const total = times.reduce((sum, t) => sum + t, 0);
		console.log(
			`${mode === 'off' ? 'memory' : 'database'} ${route}: first (reading the data set) ${first.toFixed(0)} ms; ${QUERIES} new filters: median ${times[QUERIES / 2]?.toFixed(0)} ms, slowest ${times.at(-1)?.toFixed(0)} ms, all ${(total / 1000).toFixed(1)} s`
		);
	} finally {
		app.stop('SIGKILL');
	}
});
