// The static export served by a plain static file server (clean URLs to .html, as common hosts
// do): embeds for a country render with no error, downloads are there, pages load.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, watchErrors } from './server';

const run = promisify(execFile);
let out: string;
let server: Server;
let site: string;
let browser: Browser;

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.json': 'application/json'
};

beforeAll(async () => {
	out = path.join(await mkdtemp(path.join(tmpdir(), 'entente-export-')), 'site');
	await run(path.resolve('node_modules/.bin/tsx'), [
		'scripts/export.ts',
		'--out',
		out,
		'--origin',
		'https://entente.example.org'
	]);
	server = createServer(async (req, res) => {
		const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		for (const candidate of [pathname, `${pathname}.html`, path.join(pathname, 'index.html')]) {
			const file = path.join(out, candidate);
			if (file.startsWith(out) && (await stat(file).catch(() => undefined))?.isFile()) {
				res.writeHead(200, {
					'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream'
				});
				res.end(await readFile(file));
				return;
			}
		}
		res.writeHead(404).end();
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	site = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	browser = await chromium.launch({
		executablePath: CHROMIUM,
		args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking']
	});
}, 120_000);
afterAll(async () => {
	await browser?.close();
	server?.close();
});

describe('npm run export', () => {
	it('writes every embed for the corpus and for each country, and every download', async () => {
		const embeds = await readdir(path.join(out, 'embed'));
		for (const id of ['meetings', 'timeline', 'dependence', 'relations', 'mentions', 'network'])
			expect(embeds, id).toEqual(
				expect.arrayContaining([`${id}.html`, `${id}-CHN.html`, `${id}-SRB.html`])
			);
		const downloads = await readdir(path.join(out, 'api/charts'));
		expect(downloads).toEqual(
			expect.arrayContaining(['meetings.png', 'meetings-RUS.zip', 'mentions-FRA.csv'])
		);
		const png = await readFile(path.join(out, 'api/charts/meetings.png'));
		expect(png.readUInt32BE(16)).toBe(800);
		expect(await readFile(path.join(out, 'api/graph-SRB.gexf'), 'utf8')).toContain(
			'<node id="SRB"'
		);
		expect(await readFile(path.join(out, 'embed.js'), 'utf8')).toContain('entente:height');
	});

	it('writes each embed’s oEmbed answer as a file, and its pages advertise that file', async () => {
		const answer = JSON.parse(await readFile(path.join(out, 'oembed/meetings-CHN.json'), 'utf8'));
		expect(answer).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Entente' });
		expect(answer.html).toContain('src="https://entente.example.org/embed/meetings?country=CHN"');
		const network = JSON.parse(await readFile(path.join(out, 'oembed/network.json'), 'utf8'));
		expect(network.html).toContain('src="https://entente.example.org/embed/network"');
		const advertised = async (page: string) => {
			const html = await readFile(path.join(out, page), 'utf8');
			const href = /<link[^>]*type="application\/json\+oembed"[^>]*href="([^"]+)"/.exec(html)?.[1];
			return href?.replaceAll('&amp;', '&');
		};
		for (const [page, file] of [
			['charts/meetings.html', 'oembed/meetings.json'],
			['network.html', 'oembed/network.json'],
			['embed/meetings-CHN.html', 'oembed/meetings-CHN.json'],
			['embed/network-SRB.html', 'oembed/network-SRB.json']
		] as const) {
			expect(await advertised(page), page).toBe(`https://entente.example.org/${file}`);
			// The file advertised is in the copy, and a static host serves it.
			const served = await fetch(`${site}/${file}`);
			expect(served.status, file).toBe(200);
			expect(((await served.json()) as { type: string }).type).toBe('rich');
		}
		// No page of the copy points at the endpoint a static host cannot answer.
		expect(await readFile(path.join(out, 'charts/timeline.html'), 'utf8')).not.toContain(
			'/oembed?'
		);
	});

	it('writes the open data package, zipped and unzipped', async () => {
		const descriptor = JSON.parse(
			await readFile(path.join(out, 'api/data/datapackage.json'), 'utf8')
		);
		for (const resource of descriptor.resources as { path: string }[])
			expect((await stat(path.join(out, 'api/data', resource.path))).isFile()).toBe(true);
		for (const file of ['api/data.zip', 'api/data-CHN.zip', 'api/dataset.schema.json'])
			expect((await stat(path.join(out, file))).size, file).toBeGreaterThan(0);
	});

	it('serves a country’s embed and the pages from a static host, with no error', async () => {
		const page = await browser.newPage();
		const errors = watchErrors(page);
		await page.goto(`${site}/embed/meetings-CHN`, { waitUntil: 'networkidle' });
		expect(await page.locator('svg.plot').count()).toBe(1);
		expect(await page.locator('a', { hasText: 'Open in Entente' }).getAttribute('href')).toBe(
			'https://entente.example.org/charts/meetings?country=CHN'
		);
		await page.goto(`${site}/charts/timeline`, { waitUntil: 'networkidle' });
		await page.locator('.plot-frame.live svg.plot').waitFor();
		await page.goto(`${site}/`, { waitUntil: 'networkidle' });
		expect(await page.locator('[data-testid="headlines"]').textContent()).toContain('70 %');
		expect(errors).toEqual([]);
		await page.close();
	});
});
