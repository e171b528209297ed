// Starts the built app (`vite build` first) on a free port, on a data set compiled from the
// corpus plus the test fixtures, and drives Debian's Chromium with playwright-core.
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { freePort } from '../../scripts/proofServer';
import { serveBuild } from '../../scripts/serveBuild';
import { rebuildDataset } from '../../src/lib/server/rebuildDataset';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The page's script errors and console errors as they come (tests expect none); `ignore`
 * leaves out console messages a test expects, such as a deliberate 404.
 */
export function watchErrors(page: Page, ignore?: (message: string) => boolean): string[] {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('console', (m) => m.type() === 'error' && !ignore?.(m.text()) && errors.push(m.text()));
	return errors;
}

/** The drawn chart's width in px, as Plot wrote it on the page's chart (its `width`). */
export function chartWidth(page: Page): Promise<number> {
	return page.evaluate(() =>
		Number(document.querySelector('.plot-frame svg.plot')?.getAttribute('width'))
	);
}

export interface TestApp {
	url: string;
	/** The app's own copy of data/, which editing writes to. */
	dataDir: string;
	browser: Browser;
	stop(): Promise<void>;
}

export async function startApp(
	extraArticles: string[] = [],
	/** Adds to the server's environment; undefined removes a variable (no ORIGIN). */
	env: Record<string, string | undefined> = {},
	/** Adds to the app's copy of data/ before the data set is built (a generated corpus). */
	prepare?: (dataDir: string) => Promise<void>
): Promise<TestApp> {
	const dir = await mkdtemp(path.join(tmpdir(), 'entente-browser-'));
	await cp(path.resolve('data'), path.join(dir, 'data'), { recursive: true });
	for (const file of extraArticles)
		await cp(file, path.join(dir, 'data/articles', path.basename(file)));
	await prepare?.(path.join(dir, 'data'));
	const datasetFile = path.join(dir, 'dataset.json');
	// As `npm run data` builds it: the JSON and the database beside it.
	await rebuildDataset(path.join(dir, 'data'), datasetFile);
	const server = await serveBuild(await freePort(), {
		ENTENTE_DATASET: datasetFile,
		ENTENTE_DATA_DIR: path.join(dir, 'data'),
		...env
	});
	const browser = await chromium.launch({
		executablePath: CHROMIUM,
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--no-first-run'
		]
	});
	return {
		url: server.url,
		dataDir: path.join(dir, 'data'),
		browser,
		async stop() {
			await browser.close();
			server.stop();
		}
	};
}
