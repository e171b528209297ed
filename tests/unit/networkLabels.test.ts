// The embedded network names its busiest actors at every frame width (#15 §1): the server lays
// the picture out at the width the frame asks for (280–1600 px) and places the labels by
// priority, so a phone column shows Russia, China, Vladimir Putin and Xi Jinping rather than
// the actors around them.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/lib/dataset/schema';
import {
	EMBED_WIDTH_MAX,
	EMBED_WIDTH_MIN,
	EMBED_WIDTH_STEP,
	networkHeight
} from '../../src/lib/embed/embedSize';
import { NO_FILTERS } from '../../src/lib/graph/filters';
import { labelPriority, pictureLabels, type Box } from '../../src/lib/graph/labels';
import { networkView } from '../../src/lib/graph/networkView';
import { foundingDataset } from '../helpers/corpus';

let dataset: Dataset;
beforeAll(async () => {
	dataset = await foundingDataset();
});

const overlap = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

const widths: number[] = [];
for (let w = EMBED_WIDTH_MIN; w <= EMBED_WIDTH_MAX; w += EMBED_WIDTH_STEP) widths.push(w);

describe('the embedded network’s labels on the founding corpus', () => {
	it('always name the four busiest actors, and no two labels overlap, at any width', () => {
		for (const width of widths) {
			const { layout, edges } = networkView(dataset, NO_FILTERS, {}, 'en', undefined, undefined, {
				width,
				height: networkHeight(width)
			});
			const busiest = labelPriority(layout.nodes)
				.slice(0, 4)
				.map((n) => n.id);
			expect(busiest.sort(), `${width}`).toEqual(['CHN', 'RUS', 'vladimir-putin', 'xi-jinping']);
			// As the picture draws them before any zoom: the whole picture in view.
			const view = { x0: 0, y0: 0, x1: layout.width, y1: layout.height };
			const labels = pictureLabels(layout.nodes, edges, { view });
			for (const id of busiest) expect(labels.has(id), `${id} at ${width} px`).toBe(true);
			const boxes = [...labels.values()].map((p) => p.box);
			for (let i = 0; i < boxes.length; i++)
				for (let j = i + 1; j < boxes.length; j++)
					expect(overlap(boxes[i]!, boxes[j]!), `${width} px`).toBe(false);
			for (const box of boxes) {
				expect(box.x0, `${width} px`).toBeGreaterThanOrEqual(0);
				expect(box.x1, `${width} px`).toBeLessThanOrEqual(layout.width);
				expect(box.y0, `${width} px`).toBeGreaterThanOrEqual(0);
				expect(box.y1, `${width} px`).toBeLessThanOrEqual(layout.height);
			}
		}
	});
});
