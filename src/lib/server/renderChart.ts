// Plot options → a figure tree on the server, with linkedom standing in for the browser's
// DOM, so every chart is in the HTML before any script runs.
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { scopeIds, svgTree, type SvgNode } from '../charts/svgTree';

/** `idPrefix` keeps the ids of several figures on one page apart (the chart's id will do). */
export function renderPlot(options: Plot.PlotOptions, idPrefix: string): SvgNode {
	const { document } = parseHTML('<!doctype html><html><body></body></html>');
	const figure = Plot.plot({ ...options, className: 'plot', document } as Plot.PlotOptions);
	const tree = svgTree(figure as unknown as Parameters<typeof svgTree>[0]) ?? '';
	return scopeIds(tree, `${idPrefix}-figure`);
}
