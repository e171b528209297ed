// A chart's rows as a table (CSV) and as data (JSON), each row with its evidence references,
// and the bundle analysts download: data, picture and a README saying how to cite it.
import { strToU8, zipSync } from 'fflate';
import type { Cell } from '../formats/csv';
import type { ArticleMeta, Evidence } from '../types';
import { readableDate } from './selection';
import type { ChartData } from './types';

// The CSV writer lives with the other formats; chart code and tests import it from here too.
export { toCsv, UTF8_BOM, type CsvOptions } from '../formats/csv';

function flatten(prefix: string, value: unknown, out: Record<string, Cell>): void {
	if (value === undefined || value === null) return;
	if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
		out[prefix] = value;
	} else if (Array.isArray(value)) {
		out[prefix] = value
			.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v)))
			.join('; ');
	} else if (typeof value === 'object') {
		for (const [k, v] of Object.entries(value)) flatten(`${prefix}.${k}`, v, out);
	}
}

const reference = (e: Evidence) => `${e.article}:${e.start}-${e.end}`;

/** One record per mark: its own fields (nested ones as `a.b`), then its evidence. */
export function chartTable(chart: ChartData): {
	columns: string[];
	records: Record<string, Cell>[];
} {
	const columns: string[] = [];
	const records = chart.rows.map((row) => {
		const record: Record<string, Cell> = {};
		for (const [k, v] of Object.entries(row)) if (k !== 'evidence') flatten(k, v, record);
		record.evidence = row.evidence.map(reference).join(' | ');
		record.quotes = row.evidence.map((e) => e.quote).join(' | ');
		for (const k of Object.keys(record)) if (!columns.includes(k)) columns.push(k);
		return record;
	});
	// Evidence last, where a reader looks for it.
	const ordered = [
		...columns.filter((c) => c !== 'evidence' && c !== 'quotes'),
		'evidence',
		'quotes'
	];
	return { columns: ordered, records };
}

export function chartJson(chart: ChartData, query: string): string {
	const { rows, ...about } = chart;
	return `${JSON.stringify({ ...about, filters: query, rows }, null, 2)}\n`;
}

// The README's words in each language.
const README_WORDS = {
	en: {
		citeFirst: 'Cite the original reporting first:',
		noArticle: '(nothing is drawn, so no article is cited)',
		thenChart: 'Then the chart:',
		howToCite: 'How to cite',
		howCounted: 'How this is counted',
		notes: 'Notes',
		files: 'Files',
		svg: ': the figure, with its title and source line',
		csv: ": one row per mark; `evidence` gives article:start-end offsets into each article's text, `quotes` the words",
		json: ': the same rows with their evidence records'
	},
	fr: {
		citeFirst: 'Citez d’abord les articles d’origine :',
		noArticle: '(rien n’est dessiné, aucun article n’est donc cité)',
		thenChart: 'Puis le graphique :',
		howToCite: 'Comment citer',
		howCounted: 'Mode de calcul',
		notes: 'Notes',
		files: 'Fichiers',
		svg: ' : la figure, avec son titre et sa ligne de source',
		csv: ' : une ligne par marque ; `evidence` donne les positions article:début-fin dans le texte de chaque article, `quotes` les mots',
		json: ' : les mêmes lignes avec leurs sources'
	}
};

/** How to cite the figure: the original reporting first, then Entente. */
export function citation(chart: ChartData, articles: ArticleMeta[], permalink: string): string {
	const w = README_WORDS[chart.locale];
	const used = new Set(chart.rows.flatMap((r) => r.evidence.map((e) => e.article)));
	const cited = articles
		.filter((a) => used.has(a.id))
		.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
		.map(
			(a) =>
				`- “${a.title}”, ${a.source}, ${readableDate(a.date, chart.locale)}.${a.url ? ` ${a.url}` : ''}`
		);
	return [
		w.citeFirst,
		...(cited.length ? cited : [`- ${w.noArticle}`]),
		'',
		w.thenChart,
		`- Entente, “${chart.title}” (chart “${chart.id}”). ${permalink}`
	].join('\n');
}

// A fixed date inside the archive: the same chart always gives the same bytes.
const ZIP_DATE = new Date('2024-01-01T00:00:00Z');

export function chartBundle(
	chart: ChartData,
	files: { svg: string; csv: string; json: string },
	cite: string
): Uint8Array {
	const w = README_WORDS[chart.locale];
	const readme = [
		`# ${chart.title}`,
		'',
		chart.subtitle,
		'',
		`## ${w.howToCite}`,
		'',
		cite,
		'',
		`## ${w.howCounted}`,
		'',
		chart.method,
		...(chart.notes.length ? ['', `## ${w.notes}`, '', ...chart.notes.map((n) => `- ${n}`)] : []),
		'',
		`## ${w.files}`,
		'',
		`- \`${chart.id}.svg\`${w.svg}`,
		`- \`${chart.id}.csv\`${w.csv}`,
		`- \`${chart.id}.json\`${w.json}`,
		''
	].join('\n');
	return zipSync(
		{
			'README.md': strToU8(readme),
			[`${chart.id}.svg`]: strToU8(files.svg),
			[`${chart.id}.csv`]: strToU8(files.csv),
			[`${chart.id}.json`]: strToU8(files.json)
		},
		{ mtime: ZIP_DATE }
	);
}
