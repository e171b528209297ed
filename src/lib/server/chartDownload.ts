// Every download of a chart, for the current filters: the picture (SVG, PNG 800, 1600 or 2400 px
// wide), the rows with their evidence (CSV, JSON) and a ZIP of all three with a README on citing
// them.
import { chartBundle, chartJson, chartTable, citation, toCsv } from '../charts/exportData';
import { CHARTS } from '../charts/registry';
import { standaloneSvg } from '../charts/standalone';
import { svgMarkup, type SvgElementNode } from '../charts/svgTree';
import { PAD, PICTURE_WIDTH, scaleSuffix, type PngScale } from '../charts/picture';
import type { ChartData, ChartId } from '../charts/types';
import type { Dataset } from '../dataset/schema';
import type { Locale } from '../i18n/locale';
import { filtersToParams, type Filters } from '../graph/filters';
import { chartData } from './chartView';
import { rasterFont, rasterise } from './rasterise';
import type { PictureFont } from '../charts/textWidth';
import { renderPlot } from './renderChart';

export const DOWNLOAD_FORMATS = ['svg', 'png', 'csv', 'json', 'zip'] as const;
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number];

const TYPES: Record<DownloadFormat, string> = {
	svg: 'image/svg+xml; charset=utf-8',
	png: 'image/png',
	csv: 'text/csv; charset=utf-8',
	json: 'application/json; charset=utf-8',
	zip: 'application/zip'
};

/** The chart's standalone picture, {@link PICTURE_WIDTH} px wide, measured with `font`. */
export function chartPicture(chart: ChartData, font?: PictureFont): SvgElementNode {
	const figure = chart.empty
		? undefined
		: renderPlot(CHARTS[chart.id].plot(chart, { width: PICTURE_WIDTH - 2 * PAD }), chart.id);
	return standaloneSvg(chart, figure, PICTURE_WIDTH, font);
}

/**
 * A chart's download in `format` for `filters`: its bytes, content type and file name.
 * `options.excel` makes the CSV the Excel variant (BOM, formulas disarmed, `-excel` in its
 * name); the ZIP's CSV stays plain.
 */
export function chartDownload(
	dataset: Dataset,
	id: ChartId,
	filters: Filters,
	format: DownloadFormat,
	options: { scale: PngScale; permalink: string; locale?: Locale; excel?: boolean }
): { body: string | Uint8Array; type: string; filename: string } {
	const chart = chartData(dataset, id, filters, options.locale ?? 'en');
	const query = filtersToParams(filters).toString();
	// A PNG is measured with the font it is drawn in; an SVG with Arial's widths.
	const picture = (font?: PictureFont) => svgMarkup(chartPicture(chart, font));
	const csv = (excel = false) => {
		const { columns, records } = chartTable(chart);
		return toCsv(columns, records, { excel });
	};
	const suffix = query ? `-${query.replace(/[^a-zA-Z0-9,=-]+/g, '_').slice(0, 60)}` : '';
	const excel = format === 'csv' && !!options.excel;
	const filename = `entente-${id}${suffix}${format === 'png' ? scaleSuffix(options.scale) : ''}${excel ? '-excel' : ''}.${format}`;
	const body = (() => {
		switch (format) {
			case 'svg':
				return picture();
			case 'png':
				return rasterise(picture(rasterFont().font), options.scale);
			case 'csv':
				return csv(excel);
			case 'json':
				return chartJson(chart, query);
			case 'zip':
				return chartBundle(
					chart,
					{ svg: picture(), csv: csv(), json: chartJson(chart, query) },
					citation(chart, dataset.articles, options.permalink)
				);
		}
	})();
	return { body, type: TYPES[format], filename };
}
