// The dashboard's headline figures: how much the selection holds, the most-met pair and the
// strongest dependence figure, each pointing at the chart mark it comes from.
import type { DependenceData } from './charts/dependence';
import type { MeetingRow } from './charts/meetings';
import { chartSelection, readableDate } from './charts/selection';
import type { ChartData } from './charts/types';
import type { Dataset } from './dataset/schema';
import type { Filters } from './graph/filters';

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
	actors: number,
	meetings: ChartData<MeetingRow>,
	dependence: DependenceData
): Headline[] {
	const sel = chartSelection(dataset, filters);
	const articles = new Set(
		[...sel.relations, ...sel.indicators].flatMap((x) => x.evidence.map((e) => e.article))
	);
	const headlines: Headline[] = [
		{ label: 'Actors', value: String(actors), detail: 'in the network as filtered' },
		{
			label: 'Relations',
			value: String(sel.relations.length),
			detail: 'denied ones left out'
		},
		{ label: 'Articles', value: String(articles.size), detail: 'with evidence in this selection' }
	];
	const pair = meetings.rows[0];
	if (pair) {
		const counted = pair.held + pair.announced;
		headlines.push({
			label: 'Most-met pair',
			value: pair.label,
			detail: pair.reported
				? `${pair.reported.value} meetings by ${readableDate(pair.reported.asOf.slice(0, 7))}, the texts report; ${counted} in the corpus`
				: `${counted} meeting${counted === 1 ? '' : 's'} in the corpus`,
			chart: 'meetings',
			select: pair.key
		});
	}
	const share = dependence.rows
		.filter((r) => r.kind === 'figure' && r.unit === '%')
		.sort((a, b) => (b.value ?? 0) - (a.value ?? 0))[0];
	if (share)
		headlines.push({
			label: 'Strongest dependence figure',
			value: `${share.value} %`,
			detail: dependence.title,
			chart: 'dependence',
			select: share.key
		});
	return headlines;
}
