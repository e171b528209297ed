// Large networks: the canvas renderer with its worker layout, on a generated graph.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, watchErrors, type TestApp } from './server';

let app: TestApp;
beforeAll(async () => {
	app = await startApp();
});
afterAll(async () => {
	await app?.stop();
});

describe('canvas network', () => {
	it('lays out 600 nodes in a worker, draws them and pans with no error', async () => {
		const page = await app.browser.newPage();
		const errors = watchErrors(page);
		await page.goto(`${app.url}/bench/graph?n=600&mode=canvas`);
		await page.waitForFunction(
			() => (window as unknown as { __bench?: { done: boolean } }).__bench?.done,
			undefined,
			{ timeout: 60_000 }
		);
		const result = await page.evaluate(
			() =>
				(window as unknown as { __bench: { settleMs: number; frameMs: number; edges: number } })
					.__bench
		);
		expect(result.settleMs).toBeGreaterThan(0);
		expect(result.edges).toBeGreaterThan(1000);
		// Something was drawn: the canvas is not blank.
		const inked = await page
			.locator('[data-testid="network-canvas"]')
			.evaluate((c: HTMLCanvasElement) => {
				const data =
					c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? new Uint8ClampedArray();
				let n = 0;
				for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) n++;
				return n;
			});
		expect(inked).toBeGreaterThan(1000);
		expect(errors).toEqual([]);
		await page.close();
	});
});
