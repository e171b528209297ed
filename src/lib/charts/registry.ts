// Every chart by id: how to derive its data from the data set and filters, and how to draw it.
import type * as Plot from '@observablehq/plot';
import type { Dataset } from '../dataset/schema';
import type { Filters } from '../graph/filters';
import type { Locale } from '../i18n/locale';
import { dependenceChart, dependencePlot, type DependenceData } from './dependence';
import { meetingsChart, meetingsPlot, type MeetingRow } from './meetings';
import { mentionsChart, mentionsPlot, type MentionsData } from './mentions';
import { relationMatrixChart, relationMatrixPlot, type MatrixData } from './relationMatrix';
import { timelineChart, timelinePlot, type TimelineData } from './timeline';
import {
	CHART_IDS,
	type ChartData,
	type ChartId,
	type ChartOptions,
	type PlotLayout
} from './types';

export interface ChartDefinition {
	id: ChartId;
	data: (dataset: Dataset, filters: Filters, locale?: Locale, options?: ChartOptions) => ChartData;
	plot: (data: ChartData, layout: PlotLayout) => Plot.PlotOptions;
}

// Each plot function reads the data its own chart function made: the casts restore that pairing.
export { parseRows, ROWS_MAX } from './rows';

export const CHARTS: Record<ChartId, ChartDefinition> = {
	meetings: {
		id: 'meetings',
		data: meetingsChart,
		plot: (d, l) => meetingsPlot(d as ChartData<MeetingRow>, l)
	},
	timeline: {
		id: 'timeline',
		data: timelineChart,
		plot: (d, l) => timelinePlot(d as TimelineData, l)
	},
	dependence: {
		id: 'dependence',
		data: dependenceChart,
		plot: (d, l) => dependencePlot(d as DependenceData, l)
	},
	relations: {
		id: 'relations',
		data: relationMatrixChart,
		plot: (d, l) => relationMatrixPlot(d as MatrixData, l)
	},
	mentions: {
		id: 'mentions',
		data: mentionsChart,
		plot: (d, l) => mentionsPlot(d as MentionsData, l)
	}
};

export const isChartId = (id: string): id is ChartId =>
	(CHART_IDS as readonly string[]).includes(id);
