// npm run --silent hash:views -- DIR — a fingerprint of what every view shows, to check that a
// change to how views are computed gives the same data: on the data set `bench:scale -- --keep`
// left in DIR (its `corpus-1000`, say), read from its database as the server reads it, each
// chart's data (rows with their evidence), the tables, the counts, the filter summary, the
// headline figures and the network's data, hashed under fixed filters (broad and narrow, one in
// French). Prints one line per filters and view, then one hash of them all; the same output
// before and after a change means the same data.
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { DependenceData } from '../src/lib/charts/dependence';
import type { MeetingRow } from '../src/lib/charts/meetings';
import { CHART_IDS, type ChartData } from '../src/lib/charts/types';
import { corpusOverview } from '../src/lib/corpusOverview';
import { countsOf } from '../src/lib/counts';
import { headlineFigures } from '../src/lib/dashboard';
import type { Dataset } from '../src/lib/dataset/schema';
import { parseFilters } from '../src/lib/graph/filters';
import { networkView } from '../src/lib/graph/networkView';
import { datasetIndex } from '../src/lib/dataset/datasetIndex';
import type { Locale } from '../src/lib/i18n/locale';
import { chartData } from '../src/lib/server/chartView';
import { filterSummary } from '../src/lib/server/pageFilters';
import { openSqliteStore } from '../src/lib/server/store/sqliteStore';
import { attachStore } from '../src/lib/server/store/storeFinder';
import { runCli } from './cli';

/** Query strings: no filter, broad ones (a period, a common type, a country at depth 2), narrow
 * ones, combinations; the last in French. */
const QUERIES: [string, Locale][] = [
	['', 'en'],
	['from=2017-01-01', 'en'],
	['from=2016-01-01&to=2023-12-31', 'en'],
	['types=meeting', 'en'],
	['types=statement,visit', 'en'],
	['types=criticism', 'en'],
	['country=CHN&depth=2', 'en'],
	['country=USA', 'en'],
	['country=CHN,RUS', 'en'],
	['country=FRA&from=2019-01-01', 'en'],
	['country=RUS&types=meeting,visit', 'en'],
	['plover=CONSULT', 'en'],
	['min=2', 'en'],
	['nodes=country', 'en'],
	['country=IND&min=2', 'en'],
	['types=meeting&from=2020-01-01&to=2021-12-31', 'en'],
	['to=2016-06-30', 'en'],
	['country=KAZ&depth=2&types=statement', 'en'],
	['from=2018-01-01&nodes=country,person', 'en'],
	['from=2017-01-01', 'fr'],
	['country=CHN', 'fr']
];

const hash = (value: unknown) =>
	createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);

function views(dataset: Dataset, query: string, locale: Locale): [string, unknown][] {
	const index = datasetIndex(dataset);
	const { filters } = parseFilters(new URLSearchParams(query), {
		countries: index.countryIds,
		articles: index.articleIds
	});
	const charts = Object.fromEntries(
		CHART_IDS.map((id) => [id, chartData(dataset, id, filters, locale)])
	);
	const network = networkView(dataset, filters, {}, locale);
	return [
		...CHART_IDS.map((id): [string, unknown] => [`chart:${id}`, charts[id]]),
		['counts', countsOf(dataset, filters)],
		['summary', filterSummary(dataset, filters, new URLSearchParams(query), locale)],
		['tables', corpusOverview(dataset, filters, locale, 50)],
		[
			'headlines',
			headlineFigures(
				dataset,
				filters,
				charts.meetings as ChartData<MeetingRow>,
				charts.dependence as DependenceData,
				locale
			)
		],
		['network', { ...network, layout: network.layout }]
	];
}

await runCli(async () => {
	const [dir] = process.argv.slice(2);
	if (!dir) throw new Error('usage: npm run --silent hash:views -- DIR');
	const store = openSqliteStore(path.join(dir, 'dataset.sqlite'));
	const dataset = store.dataset();
	if (process.env.ENTENTE_STORE !== 'off' && !attachStore(dataset, store, () => store))
		throw new Error('the database does not hold this data set');
	const all = createHash('sha256');
	for (const [query, locale] of QUERIES) {
		const start = performance.now();
		const lines = views(dataset, query, locale).map(([name, value]) => `${name} ${hash(value)}`);
		for (const line of lines) all.update(`${query} ${locale} ${line}\n`);
		console.log(`?${query} (${locale}): ${lines.join(' ')}`);
		process.stderr.write(`  ${(performance.now() - start).toFixed(0)} ms\n`);
	}
	console.log(`all: ${all.digest('hex')}`);
	store.close();
});
