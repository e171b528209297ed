// npm run export [-- --out DIR] [-- --origin https://…] — a static copy of Entente for any static
// host: every page for the whole corpus, every embed for the whole corpus and for each country
// in it, every download, the embed scripts and the assets. A static host cannot read a query
// string, so a country's version of a file carries the code in its name:
//   /embed/meetings.html            /embed/meetings-CHN.html
//   /api/charts/meetings.png        /api/charts/meetings-CHN.png
// Selecting a mark and changing filters need the server: in the copy, marks and filters show
// the whole view. Absolute links (share panel, oEmbed, "Open in Entente") use --origin. A static
// host has no /oembed endpoint: each embed's oEmbed answer is written as a file
// (/oembed/meetings.json, /oembed/meetings-CHN.json), and the pages advertise those files.
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CHART_IDS } from '../src/lib/charts/types';
import type { Dataset } from '../src/lib/dataset/schema';
import { InputError } from '../src/lib/errors';
import { oembedFile } from '../src/lib/embed/oembedAddress';
import { PACKAGE_TABLES } from '../src/lib/opendata/dataPackage';
import { exportPath } from '../src/lib/server/exportPath';
import { DATASET_FILE } from '../src/lib/server/paths';
import { runCli } from './cli';
import { serveBuild } from './serveBuild';

const CHART_FORMATS = ['svg', 'png', 'csv', 'json', 'zip'];
const GRAPH_FORMATS = ['svg', 'png', 'gexf', 'graphml', 'json', 'nodes.csv', 'edges.csv'];

async function freePort(): Promise<number> {
	return new Promise((resolve) => {
		const server = createServer();
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => resolve(typeof address === 'object' && address ? address.port : 4319));
		});
	});
}

await runCli(async () => {
	const { values } = parseArgs({
		options: { out: { type: 'string', default: 'export' }, origin: { type: 'string' } }
	});
	const out = path.resolve(values.out as string);
	if (out === path.resolve('.') || out === path.resolve('data') || out === path.resolve('src'))
		throw new InputError(
			'export',
			`--out ${values.out} would overwrite the project: choose another folder`
		);
	const dataset = JSON.parse(await readFile(DATASET_FILE, 'utf8')) as Dataset;
	const countries = dataset.entities.filter((e) => e.type === 'country').map((e) => e.id);
	const port = await freePort();
	const origin = values.origin ?? `http://127.0.0.1:${port}`;
	// The export asks for every picture and archive once: the per-client limits are for readers.
	const app = await serveBuild(port, {
		ORIGIN: origin,
		ENTENTE_STATIC_EXPORT: '1',
		ENTENTE_LIMIT_PNG: 'off',
		ENTENTE_LIMIT_DOWNLOAD: 'off'
	});
	const urls = [
		'/',
		'/network',
		'/embed.js',
		'/embed/frame.js',
		...CHART_IDS.map((id) => `/charts/${id}`),
		...dataset.articles.map((a) => `/articles/${a.id}`),
		...dataset.entities.map((e) => `/entities/${e.id}`),
		...[...CHART_IDS, 'network'].flatMap((id) => [
			`/embed/${id}`,
			...countries.map((c) => `/embed/${id}?country=${c}`)
		]),
		...CHART_IDS.flatMap((id) =>
			CHART_FORMATS.flatMap((f) => [
				`/api/charts/${id}.${f}`,
				...countries.map((c) => `/api/charts/${id}.${f}?country=${c}`)
			])
		),
		...GRAPH_FORMATS.flatMap((f) => [
			`/api/graph.${f}`,
			...countries.map((c) => `/api/graph.${f}?country=${c}`)
		]),
		// The open data: the whole corpus unzipped (its descriptor's paths are relative), and
		// zipped for the corpus and each country.
		'/api/data/datapackage.json',
		...PACKAGE_TABLES.map((t) => `/api/data/${t}.csv`),
		'/api/data.zip',
		...countries.map((c) => `/api/data.zip?country=${c}`),
		'/api/dataset.json',
		'/api/dataset.schema.json'
	];
	// Each embed's oEmbed answer, asked of the server as a content system would ask it.
	const oembeds = [...CHART_IDS, 'network'].flatMap((id) =>
		['', ...countries.map((c) => `?country=${c}`)].map((query) => {
			// The server knows its address as an origin (scheme, host, port), without a path.
			const embed = `${new URL(origin).origin}/embed/${id}${query}`;
			return {
				url: `/oembed?format=json&url=${encodeURIComponent(embed)}`,
				file: oembedFile(embed)
			};
		})
	);
	try {
		await rm(out, { recursive: true, force: true });
		await cp(path.resolve('build/client'), out, { recursive: true });
		let written = 0;
		const files = [...urls.map((url) => ({ url, file: exportPath(url) })), ...oembeds];
		for (const { url, file: name } of files) {
			const response = await fetch(`${app.url}${url}`);
			if (!response.ok) throw new InputError('export', `${url} answered ${response.status}`);
			const file = path.join(out, name);
			await mkdir(path.dirname(file), { recursive: true });
			await writeFile(file, new Uint8Array(await response.arrayBuffer()));
			written++;
			if (process.stderr.isTTY)
				process.stderr.write(`\r${written}/${files.length} ${url}`.padEnd(80));
		}
		if (process.stderr.isTTY) process.stderr.write('\n');
		console.log(
			`exported ${written} files (${countries.length} countries) and the assets → ${path.relative(process.cwd(), out) || '.'}; links point at ${origin}`
		);
	} finally {
		app.stop();
	}
});
