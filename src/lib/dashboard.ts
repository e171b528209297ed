// The dashboard's headline figures: how much the selection holds (counted as src/lib/counts.ts
// defines), the most-met pair and the strongest dependence figure, each pointing at the chart
// mark it comes from.
import type { DependenceData } from './charts/dependence';
import type { MeetingRow } from './charts/meetings';
import { readableDate } from './charts/selection';
import type { ChartData } from './charts/types';
import { countsOf } from './counts';
import type { Dataset } from './dataset/schema';
import type { Filters } from './graph/filters';
import type { Locale } from './i18n/locale';
import { uiText } from './i18n/ui';

export interface Headline {
	label: string;
	value: string;
	detail?: string;
	/** The chart and mark it comes from. */
	chart?: 'meetings' | 'dependence';
	select?: string;
}

export function headlineFigures(
	dataset: Dataset,
	filters: Filters,
	meetings: ChartData<MeetingRow>,
	dependence: DependenceData,
	locale: Locale = 'en'
): Headline[] {
	const ui = uiText(locale).headlines;
	const counts = countsOf(dataset, filters);
	const headlines: Headline[] = [
		{ label: ui.actors, value: String(counts.actors), detail: ui.actorsDetail },
		{ label: ui.relations, value: String(counts.relations), detail: ui.relationsDetail(counts) },
		{ label: ui.articles, value: String(counts.articles), detail: ui.articlesDetail },
		{
			label: ui.figures,
			value: String(counts.figures),
			detail:
				filters.types.length || filters.plover.length ? ui.figuresOfTypesDetail : ui.figuresDetail
		}
	];
	const pair = meetings.rows[0];
	if (pair) {
		const where = pair.within ? ui.inSelection : undefined;
		headlines.push({
			label: ui.mostMet,
			value: pair.label,
			detail: pair.reported
				? ui.reported(
						pair.reported.value,
						readableDate(pair.reported.asOf.slice(0, 7), locale),
						pair.held,
						pair.announced,
						where
					)
				: ui.counted(pair.held, pair.announced, where),
			chart: 'meetings',
			select: pair.key
		});
	}
	const share = dependence.rows
		.filter((r) => r.kind === 'figure' && r.unit === '%')
		.sort((a, b) => (b.value ?? 0) - (a.value ?? 0))[0];
	if (share)
		headlines.push({
			label: ui.strongest,
			value: `${share.value} %`,
			detail: dependence.title,
			chart: 'dependence',
			select: share.key
		});
	return headlines;
}
