// Embeds as a report on another site uses them: three figures framed from another origin that
// render, resize to their content and log no error; the headers that allow and forbid framing;
// oEmbed; downloads over HTTP; embeds without JavaScript.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { unzipSync } from 'fflate';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RELATION_STYLE } from '../../src/lib/graph/style';
import { startApp, watchErrors, type TestApp } from './server';

let app: TestApp;
let report: Server;
let reportUrl: string;

beforeAll(async () => {
	app = await startApp();
	const html = (
		await readFile(path.resolve('tests/fixtures/report/report.html'), 'utf8')
	).replaceAll('{{APP}}', app.url);
	// Another origin: "localhost" where the app is on 127.0.0.1, on its own port.
	report = createServer((req, res) => {
		const asked = new URL(req.url ?? '/', 'http://localhost');
		if (asked.pathname !== '/column') {
			res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
			return res.end(html);
		}
		void columnPage(asked.searchParams).then((page) => {
			res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
			res.end(page);
		});
	});
	await new Promise<void>((resolve) => report.listen(0, '127.0.0.1', resolve));
	reportUrl = `http://localhost:${(report.address() as AddressInfo).port}/report.html`;
});
/**
 * An article column `width` px wide holding the embed code oEmbed gives for `embed`: without
 * its script with `scripts=0` (a CMS that strips scripts, an AMP page), and recording the
 * messages the frame posts with `listen=1`.
 */
async function columnPage(params: URLSearchParams): Promise<string> {
	const embed = `${app.url}/embed/${params.get('embed') ?? 'meetings'}`;
	const answer = (await (
		await fetch(`${app.url}/oembed?url=${encodeURIComponent(embed)}`)
	).json()) as { html: string };
	let code = answer.html.replace(' loading="lazy"', '');
	if (params.get('scripts') === '0') code = code.replace(/<script[^>]*><\/script>/, '');
	const listen =
		params.get('listen') === '1'
			? `<script>window.messages = []; addEventListener('message', (e) => messages.push(e.data));</script>`
			: '';
	return (
		`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Column</title>${listen}</head>` +
		`<body style="margin:0"><div style="width:${params.get('width')}px">${code}</div></body></html>`
	);
}

afterAll(async () => {
	report?.close();
	await app?.stop();
});

describe('a report on another site', () => {
	it('shows three embedded figures, each frame resized to its content, with no error', async () => {
		const page = await app.browser.newPage({ viewport: { width: 800, height: 900 } });
		const errors = watchErrors(page);
		await page.goto(reportUrl);
		for (const id of ['meetings', 'dependence', 'network']) {
			const frame = page.frameLocator(`#${id}`);
			await frame.locator(id === 'network' ? 'svg.network' : 'svg.plot').waitFor();
			const content = page.frame({ url: new RegExp(`/embed/${id}`) });
			const sizes = () =>
				Promise.all([
					content?.evaluate(() =>
						Math.ceil(document.documentElement.getBoundingClientRect().height)
					),
					page.locator(`#${id}`).evaluate((f) => (f as HTMLIFrameElement).clientHeight)
				]);
			// The frame settles at its content's height (past the 150 px the report gave it).
			await expect
				.poll(
					async () => {
						const [inner, frame] = await sizes();
						return frame === inner && frame > 250;
					},
					{ timeout: 5000 }
				)
				.toBe(true);
		}
		expect(errors).toEqual([]);
		await page.close();
	});

	it('follows the content when the frame narrows', async () => {
		const page = await app.browser.newPage({ viewport: { width: 800, height: 900 } });
		await page.goto(reportUrl);
		await page.frameLocator('#meetings').locator('svg.plot').waitFor();
		const height = () =>
			page.locator('#meetings').evaluate((f) => (f as HTMLIFrameElement).clientHeight);
		await expect.poll(height).toBeGreaterThan(250);
		const wide = await height();
		await page.setViewportSize({ width: 360, height: 900 });
		// Text wraps and the figure scales: the frame follows its new height.
		await expect.poll(height).not.toBe(wide);
		const content = page.frame({ url: /\/embed\/meetings/ });
		await expect
			.poll(async () => {
				const inner = await content?.evaluate(() =>
					Math.ceil(document.documentElement.getBoundingClientRect().height)
				);
				return inner === (await height());
			})
			.toBe(true);
		await page.close();
	});

	it('cannot frame the site’s own pages', async () => {
		const page = await app.browser.newPage();
		await page.setContent(`<iframe id="f" src="${app.url}/charts/meetings"></iframe>`);
		await page.waitForTimeout(500);
		const framed = page.frame({ url: /\/charts\/meetings/ });
		const text = framed
			? await framed.evaluate(() => document.body?.textContent ?? '').catch(() => '')
			: '';
		expect(text).not.toContain('43 meetings held');
		await page.close();
	});
});

/** The on-screen size of each text in the frame's figures: its font size times the scale of
 * the SVG it is drawn in (viewBox to screen, zoom and label transforms included). */
function textSizes(frame: Frame, selector: string): Promise<number[]> {
	return frame.evaluate(
		(sel) =>
			[...document.querySelectorAll<SVGTextElement>(sel)].map((text) => {
				const m = text.getScreenCTM();
				return m ? parseFloat(getComputedStyle(text).fontSize) * Math.hypot(m.a, m.b) : 0;
			}),
		selector
	);
}

describe('text in an embed, at any column width', () => {
	for (const [embed, selector] of [
		['meetings', 'svg.plot text'],
		['timeline', 'svg.plot text'],
		['network', 'svg.network text[data-label]']
	] as const)
		it(`keeps ${embed}'s text between 11 and 16 px in a 320 and a 1440 px column`, async () => {
			const page = await app.browser.newPage({ viewport: { width: 1500, height: 1000 } });
			const errors = watchErrors(page);
			for (const width of [320, 1440]) {
				await page.goto(
					`${reportUrl.replace('/report.html', '/column')}?embed=${embed}&width=${width}`
				);
				await page.frameLocator('iframe').locator(selector).first().waitFor();
				const frame = page.frame({ url: /\/embed\// });
				if (!frame) throw new Error('no embed frame');
				let sizes: number[] = [];
				// The frame redraws at its width once it has measured it.
				await expect
					.poll(
						async () => {
							sizes = await textSizes(frame, selector);
							return sizes.length > 0 && Math.min(...sizes) >= 11 && Math.max(...sizes) <= 16;
						},
						{ timeout: 8000 }
					)
					.toBe(true)
					.catch((failure: unknown) => {
						throw new Error(
							`${embed} at ${width} px: text from ${Math.min(...sizes).toFixed(1)} to ${Math.max(...sizes).toFixed(1)} px (${String(failure)})`
						);
					});
				console.log(
					`${embed} at ${width} px: ${sizes.length} texts, ${Math.min(...sizes).toFixed(1)}–${Math.max(...sizes).toFixed(1)} px`
				);
			}
			expect(errors).toEqual([]);
			await page.close();
		});
});

describe('embed code pasted without its script', () => {
	for (const embed of ['meetings', 'timeline', 'dependence', 'relations', 'mentions', 'network'])
		it(`shows all of ${embed} with its source line at the height the code gives`, async () => {
			const page = await app.browser.newPage({ viewport: { width: 800, height: 1200 } });
			await page.goto(
				`${reportUrl.replace('/report.html', '/column')}?embed=${embed}&width=680&scripts=0`
			);
			const iframe = page.locator('iframe');
			const given = Number(await iframe.getAttribute('height'));
			await page.frameLocator('iframe').locator('.source').last().waitFor();
			const frame = page.frame({ url: /\/embed\// });
			const [sourceBottom, contentHeight] = (await frame?.evaluate(() => [
				[...document.querySelectorAll('.source')].at(-1)?.getBoundingClientRect().bottom ?? 0,
				document.querySelector('article')?.getBoundingClientRect().bottom ?? 0
			])) ?? [0, 0];
			console.log(`${embed}: code gives ${given} px, content ${contentHeight.toFixed(0)} px`);
			// The frame is not resized: its height is the code's.
			expect(await iframe.evaluate((f) => (f as HTMLIFrameElement).clientHeight)).toBe(given);
			expect(sourceBottom).toBeGreaterThan(0);
			expect(contentHeight).toBeLessThanOrEqual(given);
			// …and not much more than the figure needs.
			expect(given - contentHeight).toBeLessThan(90);
			await page.close();
		});

	it('sizes an AMP frame: the frame posts AMP’s embed-size message with its height', async () => {
		const page = await app.browser.newPage({ viewport: { width: 800, height: 1200 } });
		await page.goto(
			`${reportUrl.replace('/report.html', '/column')}?embed=meetings&width=680&scripts=0&listen=1`
		);
		await page.frameLocator('iframe').locator('svg.plot').waitFor();
		const frame = page.frame({ url: /\/embed\// });
		const height = await frame?.evaluate(() =>
			Math.ceil(document.documentElement.getBoundingClientRect().height)
		);
		await expect
			.poll(() =>
				page.evaluate(
					() => (window as unknown as { messages: { sentinel?: string; type?: string }[] }).messages
				)
			)
			.toContainEqual({ sentinel: 'amp', type: 'embed-size', height });
		await page.close();
	});
});

describe('the embedded network on another site', () => {
	it('selects an actor or a link inside the frame, never opening a page that refuses framing', async () => {
		const page = await app.browser.newPage({ viewport: { width: 800, height: 1200 } });
		const errors = watchErrors(page);
		const opened: string[] = [];
		page.context().on('page', (p) => opened.push(p.url()));
		const host = `${reportUrl.replace('/report.html', '/column')}?embed=network&width=680`;
		await page.goto(host);
		const embed = page.frameLocator('iframe');
		await embed.locator('svg.network a.node[data-node="xi-jinping"]').click();
		await embed.locator('[data-testid="node-panel"]').waitFor();
		expect(page.frame({ url: /\/embed\/network/ })?.url()).toMatch(/[?&]select=xi-jinping/);
		await embed.locator('svg.network a.link').first().click();
		await embed.locator('[data-testid="edge-panel"]').waitFor();
		expect(page.frame({ url: /\/embed\/network/ })?.url()).toMatch(/[?&]edge=/);
		expect(page.url()).toBe(host);
		expect(opened).toEqual([]);
		// "Open in Entente" leaves the frame with the selection.
		expect(await embed.locator('.open a').getAttribute('href')).toMatch(/\/network\?edge=/);
		expect(errors).toEqual([]);
		await page.close();
	});
});

describe('the embedded network in a phone’s column', () => {
	type Rect = { x0: number; y0: number; x1: number; y1: number };
	const labelBoxes = (page: Page) =>
		page.evaluate(() =>
			[...document.querySelectorAll<SVGTextElement>('svg.network text[data-label]')].map((t) => {
				const r = t.getBoundingClientRect();
				return { id: t.dataset.label ?? '', x0: r.left, y0: r.top, x1: r.right, y1: r.bottom };
			})
		);
	const overlap = (a: Rect, b: Rect) =>
		a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5 && a.y0 < b.y1 - 0.5 && b.y0 < a.y1 - 0.5;

	it('states its finding, shows its legend, names the busiest actors, labels apart', async () => {
		const page = await app.browser.newPage({ viewport: { width: 320, height: 700 } });
		const errors = watchErrors(page);
		for (const [lang, title] of [
			['en', /^Vladimir Putin and Xi Jinping: \d+ of the \d+ relations in this network$/],
			['fr', /^Vladimir Poutine et Xi Jinping\u00a0: \d+ des \d+ relations de ce réseau$/]
		] as const) {
			// The frame script redraws the figure at the column's own width (padding off the 320 px):
			// what the reader sees is the figure once that swap is done, not the one it replaces.
			await page.goto(`${app.url}/embed/network?width=320&lang=${lang}`, {
				waitUntil: 'networkidle'
			});
			expect(await page.locator('h2.title').textContent()).toMatch(title);
			// The legend: a swatch per relation type drawn, inside the frame's first screen.
			const key = page.locator('[data-testid="network-key"]');
			const types = await page
				.locator('svg.network path.edge')
				.evaluateAll((paths) => new Set(paths.map((p) => p.closest('a')?.dataset.types)).size);
			expect(types).toBeGreaterThan(0);
			expect(await key.locator('li[data-type]').count()).toBeGreaterThan(1);
			const box = await key.boundingBox();
			expect(box && box.x >= 0 && box.x + box.width <= 320 && box.y + box.height < 700).toBe(true);
			const labels = await labelBoxes(page);
			for (const id of ['RUS', 'CHN', 'vladimir-putin', 'xi-jinping'])
				expect(labels.map((l) => l.id)).toContain(id);
			for (const a of labels)
				for (const b of labels)
					if (a.id < b.id) expect(overlap(a, b), `${a.id} on ${b.id}`).toBe(false);
		}
		expect(errors).toEqual([]);
		await page.close();
	});

	it('zooms with two fingers and pans with one once zoomed, labels at one size, no click', async () => {
		const page = await app.browser.newPage({
			viewport: { width: 390, height: 800 },
			hasTouch: true,
			isMobile: true
		});
		const errors = watchErrors(page);
		// At the width the frame script asks for (the column less the padding), so that it does
		// not swap the figure during the gestures.
		const url = `${app.url}/embed/network?width=370`;
		await page.goto(url);
		await page.locator('svg.network[data-zoomable]').waitFor();
		await page.waitForLoadState('networkidle');
		expect(await page.locator('[data-embed-width]').getAttribute('data-embed-width')).toBe('370');
		const svg = await page.locator('svg.network').boundingBox();
		if (!svg) throw new Error('no picture');
		const cdp = await page.context().newCDPSession(page);
		const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: [number, number][]) =>
			cdp.send('Input.dispatchTouchEvent', {
				type,
				touchPoints: points.map(([x, y], id) => ({ x, y, id }))
			});
		const [cx, cy] = [svg.x + svg.width / 2, svg.y + svg.height / 2];
		const height = async () =>
			(await labelBoxes(page)).find((l) => l.id === 'CHN')!.y1 -
			(await labelBoxes(page)).find((l) => l.id === 'CHN')!.y0;
		const before = await height();
		// Two fingers spread from 40 to 160 px apart: about three times closer.
		await touch('touchStart', [
			[cx - 20, cy],
			[cx + 20, cy]
		]);
		for (let step = 1; step <= 6; step++)
			await touch('touchMove', [
				[cx - 20 - step * 10, cy],
				[cx + 20 + step * 10, cy]
			]);
		await touch('touchEnd', []);
		const zoom = Number(await page.locator('svg.network').getAttribute('data-zoom'));
		expect(zoom).toBeGreaterThan(2);
		expect(Math.abs((await height()) - before)).toBeLessThan(1);
		// One finger now pans the zoomed picture, and lifting it opens nothing.
		const viewport = page.locator('svg.network > g');
		const moved = await viewport.getAttribute('transform');
		await touch('touchStart', [[cx, cy]]);
		for (let step = 1; step <= 5; step++)
			await touch('touchMove', [[cx + step * 12, cy + step * 6]]);
		await touch('touchEnd', []);
		expect(await viewport.getAttribute('transform')).not.toBe(moved);
		expect(page.url()).toBe(url);
		expect(errors).toEqual([]);
		await page.close();
	});
});

describe('embed colours (?theme=)', () => {
	const background = (page: Page) =>
		page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	const WHITE = 'rgb(255, 255, 255)';
	const DARK = 'rgb(20, 21, 23)';

	it('are light by default for a reader in dark mode, dark or the reader’s when asked', async () => {
		for (const [scheme, query, expected] of [
			['dark', '', WHITE],
			['dark', '?theme=light', WHITE],
			['light', '?theme=dark', DARK],
			['dark', '?theme=auto', DARK],
			['light', '?theme=auto', WHITE]
		] as const) {
			const page = await app.browser.newPage({ colorScheme: scheme });
			await page.goto(`${app.url}/embed/meetings${query}`);
			expect(await background(page), `${scheme} reader, ${query || 'no theme'}`).toBe(expected);
			if (query === '?theme=dark')
				// A mark selected inside the frame keeps its colours.
				expect(
					await page.locator('svg.plot a[target="_self"]').first().getAttribute('href')
				).toContain('theme=dark');
			await page.close();
		}
	});

	it('name the parameter when the theme is unknown, and show the embed in light', async () => {
		const page = await app.browser.newPage({ colorScheme: 'dark' });
		const response = await page.goto(`${app.url}/embed/network?theme=blue`);
		expect(response?.status()).toBe(200);
		expect(await page.locator('article').textContent()).toContain(
			'The theme parameter must be light, dark or auto, not "blue"'
		);
		expect(await background(page)).toBe(WHITE);
		await page.close();
		const oembed = (theme: string) =>
			fetch(
				`${app.url}/oembed?url=${encodeURIComponent(`${app.url}/embed/meetings?theme=${theme}`)}`
			);
		const dark = (await (await oembed('dark')).json()) as { html: string };
		expect(dark.html).toContain(`src="${app.url}/embed/meetings?theme=dark"`);
		const blue = await oembed('blue');
		expect(blue.status).toBe(400);
		expect(await blue.text()).toContain('theme parameter');
	});

	it('are offered in the share panel’s embed code', async () => {
		const page = await app.browser.newPage();
		await page.goto(`${app.url}/charts/meetings?country=CHN`);
		await page.locator('[data-testid="share-panel"] summary').click();
		const snippet = page.locator('[data-testid="embed-snippet"]');
		expect(await snippet.inputValue()).toContain(`src="${app.url}/embed/meetings?country=CHN"`);
		await page.locator('[data-testid="embed-theme"]').getByLabel('Dark').check();
		await expect
			.poll(() => snippet.inputValue())
			.toContain(`src="${app.url}/embed/meetings?country=CHN&amp;theme=dark"`);
		await page.close();
	});
});

describe('headers', () => {
	it('let any site frame embeds, only Entente frame its pages, and never sniff types', async () => {
		const embed = await fetch(`${app.url}/embed/meetings`);
		expect(embed.headers.get('content-security-policy')).toMatch(/frame-ancestors \*$/);
		expect(embed.headers.get('content-security-policy')).toContain("script-src 'self'");
		const page = await fetch(`${app.url}/charts/meetings`);
		expect(page.headers.get('content-security-policy')).toMatch(/frame-ancestors 'self'$/);
		expect(page.headers.get('x-frame-options')).toBe('SAMEORIGIN');
		for (const response of [embed, page, await fetch(`${app.url}/api/charts/meetings.csv`)])
			expect(response.headers.get('x-content-type-options')).toBe('nosniff');
		// An embed ships no application script: only the one that reports its height.
		const html = await embed.text();
		expect([...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1])).toEqual([
			'../embed/frame.js'
		]);
		expect(html).not.toMatch(/ on[a-z]+="/);
	});
});

describe('language', () => {
	it('follows the reader’s languages on pages, and ?lang= alone on embeds and downloads', async () => {
		const french = { headers: { 'accept-language': 'fr-FR,fr;q=0.9,en;q=0.5' } };
		const page = await (await fetch(`${app.url}/charts/meetings`, french)).text();
		expect(page).toContain('<html lang="fr"');
		expect(page).toContain('Vladimir Poutine et Xi Jinping : 43 rencontres tenues');
		const embed = await (await fetch(`${app.url}/embed/meetings`, french)).text();
		expect(embed).toContain('<html lang="en"');
		expect(embed).toContain('Vladimir Putin and Xi Jinping: 43 meetings held');
		const frenchEmbed = await (await fetch(`${app.url}/embed/meetings?lang=fr`)).text();
		expect(frenchEmbed).toContain('Ouvrir dans Entente');
		// Marks keep the language chosen.
		expect(frenchEmbed).toMatch(/href="[^"]*lang=fr[^"]*select=/);
		const csv = await (await fetch(`${app.url}/api/charts/mentions.csv?lang=fr`)).text();
		expect(csv).toContain('Chine');
		// A page read in French shares a French embed.
		expect(page).toContain(`${app.url}/embed/meetings?lang=fr`);
	});
});

describe('oEmbed', () => {
	it('answers a rich oEmbed for a chart URL, and pages point to it', async () => {
		const chartUrl = `${app.url}/charts/timeline?country=CHN`;
		const response = await fetch(
			`${app.url}/oembed?format=json&url=${encodeURIComponent(chartUrl)}`
		);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toMatch(/^application\/json/);
		const answer = (await response.json()) as Record<string, unknown>;
		expect(answer).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Entente' });
		expect(typeof answer.width).toBe('number');
		expect(typeof answer.height).toBe('number');
		expect(answer.html).toContain(`<iframe src="${app.url}/embed/timeline?country=CHN"`);
		expect(answer.html).toContain(`<script src="${app.url}/embed.js" async></script>`);
		const html = await (await fetch(chartUrl)).text();
		expect(html).toMatch(
			/<link rel="alternate" type="application\/json\+oembed" href="[^"]*\/oembed\?format=json&amp;url=/
		);
		expect(
			(
				await fetch(
					`${app.url}/oembed?url=${encodeURIComponent('https://elsewhere.test/charts/meetings')}`
				)
			).status
		).toBe(404);
		expect(
			(await fetch(`${app.url}/oembed?format=xml&url=${encodeURIComponent(chartUrl)}`)).status
		).toBe(501);
		expect((await fetch(`${app.url}/oembed`)).status).toBe(400);
	});
});

describe('downloads and embeds over HTTP', () => {
	it('serve the PNG at 2×, the network as GEXF, and refuse bad filters with a 400', async () => {
		const png = await fetch(`${app.url}/api/charts/meetings.png?scale=2&country=CHN`);
		expect(png.headers.get('content-type')).toBe('image/png');
		const bytes = new Uint8Array(await png.arrayBuffer());
		expect(new DataView(bytes.buffer).getUint32(16)).toBe(1600);
		const gexf = await (await fetch(`${app.url}/api/graph.gexf?country=SRB`)).text();
		expect([...gexf.matchAll(/<node id="([^"]+)"/g)].map((m) => m[1]).sort()).toEqual([
			'SRB',
			'xi-jinping'
		]);
		const bad = await fetch(`${app.url}/api/charts/meetings.csv?from=2024-13-45`);
		expect(bad.status).toBe(400);
		expect(await bad.text()).toContain('“from” must be a date');
		expect((await fetch(`${app.url}/embed/nothing`)).status).toBe(404);
	});

	it('serve the network in French, the open data package and its schema; refuse bad parameters', async () => {
		const nodes = await (await fetch(`${app.url}/api/graph.nodes.csv?lang=fr`)).text();
		expect(nodes).toContain('\r\nCHN,Chine,country,');
		const badLang = await fetch(`${app.url}/api/graph.gexf?lang=de`);
		expect(badLang.status).toBe(400);
		expect(await badLang.text()).toContain('lang parameter');
		expect((await fetch(`${app.url}/api/charts/meetings.csv?lang=de`)).status).toBe(400);
		const gexf = await fetch(`${app.url}/api/graph.gexf?lang=fr`);
		expect(gexf.headers.get('content-type')).toContain('application/gexf+xml');
		expect(await gexf.text()).toContain('label="Chine"');

		const zip = await fetch(`${app.url}/api/data.zip?country=CHN`);
		expect(zip.headers.get('content-type')).toBe('application/zip');
		const files = Object.keys(unzipSync(new Uint8Array(await zip.arrayBuffer())));
		expect(files).toEqual(
			expect.arrayContaining(['datapackage.json', 'events.csv', 'evidence.csv'])
		);
		const filtered = (await (
			await fetch(`${app.url}/api/data/datapackage.json?country=CHN`)
		).json()) as { resources: { name: string; path: string }[] };
		const events = filtered.resources.find((r) => r.name === 'events');
		expect(events?.path).toBe(`${app.url}/api/data/events.csv?country=CHN`);
		const table = await fetch(events?.path ?? '');
		expect(table.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		expect((await table.text()).split('\r\n')[0]).toMatch(/^id,type,source,target,/);
		const whole = (await (await fetch(`${app.url}/api/data/datapackage.json`)).json()) as {
			resources: { path: string }[];
		};
		expect(whole.resources.map((r) => r.path)).toContain('events.csv');
		expect((await fetch(`${app.url}/api/data/secrets.csv`)).status).toBe(404);
		const badCountry = await fetch(`${app.url}/api/data.zip?country=XXX`);
		expect(badCountry.status).toBe(400);
		expect(await badCountry.text()).toContain('Unknown country code');

		const schema = (await (await fetch(`${app.url}/api/dataset.schema.json`)).json()) as {
			$schema: string;
			$id: string;
		};
		expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
		expect(schema.$id).toBe(`${app.url}/api/dataset.schema.json`);
		const validate = new Ajv2020({ strict: false }).compile(schema);
		expect(validate(await (await fetch(`${app.url}/api/dataset.json`)).json())).toBe(true);
	});

	it('offer the snippet, permalink and downloads for the current filters on a chart page', async () => {
		const page = await app.browser.newPage();
		await page.goto(`${app.url}/charts/mentions?country=RUS`);
		const snippet = await page.locator('[data-testid="embed-snippet"]').inputValue();
		expect(snippet).toContain(`src="${app.url}/embed/mentions?country=RUS"`);
		// The frame's height before a script sizes it: oEmbed's, the whole figure's.
		const oembed = (await (
			await fetch(
				`${app.url}/oembed?url=${encodeURIComponent(`${app.url}/embed/mentions?country=RUS`)}`
			)
		).json()) as { height: number };
		expect(snippet).toContain(` height="${oembed.height}" `);
		expect(await page.locator('[data-testid="permalink"]').getAttribute('href')).toBe(
			`${app.url}/charts/mentions?country=RUS`
		);
		const zip = page.locator('[data-testid="share-panel"] a', { hasText: 'ZIP' });
		expect(await zip.getAttribute('href')).toBe(`${app.url}/api/charts/mentions.zip?country=RUS`);
		await page.close();
	});

	it('select a mark inside an embed without JavaScript', async () => {
		const context = await app.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${app.url}/embed/meetings`);
		await page
			.locator('svg.plot a[target="_self"]')
			.filter({ has: page.locator(`rect[fill="${RELATION_STYLE.meeting.colour}"]`) })
			.first()
			.click();
		await page.waitForURL(/\/embed\/meetings\?select=/);
		expect(await page.locator('[data-testid="chart-evidence"] blockquote').count()).toBeGreaterThan(
			0
		);
		expect(await page.locator('a', { hasText: 'Open in Entente' }).getAttribute('href')).toBe(
			`${app.url}/charts/meetings`
		);
		await context.close();
	});
});
