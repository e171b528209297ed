// Plot options → a figure tree on the server, with linkedom standing in for the browser's
// DOM, so every chart is in the HTML before any script runs.
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { svgTree, type SvgNode } from '../charts/svgTree';

export function renderPlot(options: Plot.PlotOptions): SvgNode {
	const { document } = parseHTML('<!doctype html><html><body></body></html>');
	const figure = Plot.plot({ ...options, className: 'plot', document } as Plot.PlotOptions);
	return svgTree(figure as unknown as Parameters<typeof svgTree>[0]) ?? '';
}
