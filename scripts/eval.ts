// npm run eval [-- --verbose] [-- --set founding|plover|news|news2|heldout]: precision and recall per
// category on the three evaluation sets, side by side with the figures the extraction had
// before this work began (tests/eval/baseline.json), in the same run:
//   (a) founding — the hand-labelled founding corpus (tests/eval/founding), rules alone and
//       with curation;
//   (b) plover — the PLOVER gold-standard records, development half (tests/eval/plover);
//   (c) news — 24 realistic news texts written and labelled blind (tests/eval/news);
//   (e) news2 — 12 more texts written and labelled blind (tests/eval/news2), a second
//       development set: its "before" is the extractor of b983498, the commit it joined;
//   (d) heldout — news texts written and labelled blind later (tests/eval/heldout), by a
//       writer who saw neither the extraction code nor its output: never tuned to.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { NewsScore } from '../src/lib/eval/news';
import type { PloverScore } from '../src/lib/eval/plover';
import { overall, precision, recall, type Tally } from '../src/lib/eval/score';
import { reliability } from '../src/lib/eval/calibration';
import { CONFIDENCE_MODEL_FILE } from '../src/lib/extract/confidenceModel';
import { evaluateGold } from '../src/lib/server/evaluateGold';
import { evaluateNews, evaluatePlover } from '../src/lib/server/evaluateSets';
import { loadLexicon } from '../src/lib/server/loadLexicon';
import { DATA_DIR } from '../src/lib/server/paths';
import { CALIBRATION_SETS, type JudgedRelation } from '../src/lib/server/judgeSets';
import { PLOVER_TYPES, RELATION_TYPES, type Relation } from '../src/lib/types';
import { runCli } from './cli';

const EVAL = path.resolve('tests/eval');
const pct = (x: number) => `${(x * 100).toFixed(0).padStart(4)} %`;
const cell = (t: Tally | undefined) =>
	t
		? `${pct(precision(t))} ${pct(recall(t))} ${`${t.tp}/${t.tp + t.fn}`.padStart(7)}`
		: ''.padEnd(21);
const share = (s: { right: number; of: number }) =>
	`${s.right}/${s.of} (${s.of ? ((100 * s.right) / s.of).toFixed(0) : '–'} %)`;

interface Baseline {
	note: string;
	plover: Record<string, Tally>;
	news: Record<string, Tally>;
	heldout: Record<string, Tally>;
	news2: Record<string, Tally>;
	founding: Record<string, Tally>;
}

function table(title: string, rows: [string, Tally | undefined, Tally | undefined][]) {
	console.log(`\n${title}`);
	console.log(
		`${''.padEnd(24)} ${'now: prec. recall  found'.padEnd(24)}  before: prec. recall  found`
	);
	for (const [name, now, before] of rows)
		if (now || before) console.log(`${name.padEnd(24)} ${cell(now)}    ${cell(before)}`);
}

const sum = (tallies: (Tally | undefined)[]): Tally =>
	tallies.reduce<Tally>(
		(a, t) => ({ tp: a.tp + (t?.tp ?? 0), fp: a.fp + (t?.fp ?? 0), fn: a.fn + (t?.fn ?? 0) }),
		{ tp: 0, fp: 0, fn: 0 }
	);

/** The tables of a set of news texts labelled blind: relations per type and per PLOVER type,
 * then actors, statements and figures; `b` is the same set's figures before issue #11. */
function newsTables(
	title: string,
	articles: number,
	s: NewsScore,
	b: Record<string, Tally>,
	verbose: boolean
) {
	const meetings = ['meeting', 'visit', 'talks'];
	table(`${title} (${articles} articles), relations per type`, [
		...RELATION_TYPES.filter((t) => t !== 'statement').map(
			(t): [string, Tally | undefined, Tally | undefined] => [t, s.byType[t], b[`type:${t}`]]
		),
		[
			'meeting+visit+talks',
			sum(meetings.map((t) => s.byType[t])),
			sum(meetings.map((t) => b[`type:${t}`]))
		],
		[
			'every other type',
			sum(
				Object.entries(s.byType)
					.filter(([t]) => !meetings.includes(t))
					.map(([, v]) => v)
			),
			sum(
				Object.entries(b)
					.filter(([k]) => k.startsWith('type:') && !meetings.includes(k.slice(5)))
					.map(([, v]) => v)
			)
		],
		[
			'ALL',
			sum(Object.values(s.byType)),
			sum(
				Object.entries(b)
					.filter(([k]) => k.startsWith('type:'))
					.map(([, v]) => v)
			)
		]
	]);
	table('    … per PLOVER type (negated relations left out)', [
		...PLOVER_TYPES.map((t): [string, Tally | undefined, Tally | undefined] => [
			t,
			s.byPlover[t],
			b[`plover:${t}`]
		]),
		[
			'ALL',
			sum(Object.values(s.byPlover)),
			sum(
				Object.entries(b)
					.filter(([k]) => k.startsWith('plover:'))
					.map(([, v]) => v)
			)
		]
	]);
	table('    … actors, statements, figures', [
		['persons found', s.persons, b.persons],
		['organisations, groups', s.organizations, b.organizations],
		['statements (speaker)', s.statements, b.statements],
		['figures (by value)', s.figures, b.figures]
	]);
	console.log(
		`  persons with the right country: ${share({ right: s.persons.rightCountry, of: s.persons.tp + s.persons.fn })} of gold persons`
	);
	console.log(
		`  figures with value, unit, subject and year right: ${share({ right: s.figures.allRight, of: s.figures.tp + s.figures.fn })}`
	);
	console.log(`  references resolved to the right actor: ${share(s.references)}`);
	console.log(
		`  on matched relations — dates right ${share(s.dates)}, modality right ${share(s.modalities)}`
	);
	if (verbose) {
		console.log('  missed:\n    ' + s.misses.join('\n    '));
		console.log('  not in gold:\n    ' + s.extras.join('\n    '));
	}
}

/** Per confidence decile: relations, mean confidence, share matched to gold (issue #13 §5). */
function reliabilityTable(set: string, judged: JudgedRelation[]) {
	const r = reliability(
		judged.map((j) => ({ confidence: j.relation.confidence ?? 1, right: j.right }))
	);
	const fitted = CALIBRATION_SETS.includes(set as (typeof CALIBRATION_SETS)[number]);
	console.log(
		`\n    … confidence reliability (${r.count} relations; ${fitted ? 'a set the calibration was fitted on' : 'NOT fitted on: a check'})`
	);
	console.log(`    decile      relations  mean conf.  share right`);
	for (const row of r.rows) {
		if (!row.count) continue;
		const bounds = `${row.low.toFixed(1)}–${row.high.toFixed(1)}`;
		console.log(
			`    ${bounds.padEnd(10)} ${String(row.count).padStart(10)}  ${row.meanConfidence.toFixed(2).padStart(10)}  ${row.shareRight.toFixed(2).padStart(11)}${row.count < 20 ? '   (< 20: not counted in the gap)' : ''}`
		);
	}
	console.log(
		`    largest gap to the diagonal in deciles of ≥ 20: ${r.largestGap === undefined ? '– (none has 20)' : r.largestGap.toFixed(2)}${r.largestGap !== undefined && r.largestGap > 0.1 ? ' (goal ≤ 0.10: MISSED)' : ''}; expected calibration error ${r.expectedError.toFixed(2)}`
	);
}

await runCli(async () => {
	const { values } = parseArgs({
		options: { verbose: { type: 'boolean' }, set: { type: 'string', multiple: true } }
	});
	const sets = values.set ?? ['founding', 'plover', 'news', 'news2', 'heldout'];
	const verbose = values.verbose ?? false;
	const lexicon = await loadLexicon(DATA_DIR);
	const baseline = JSON.parse(await readFile(path.join(EVAL, 'baseline.json'), 'utf8')) as Baseline;
	console.log(`Baseline ("before"): ${baseline.note}`);
	console.log(
		`Confidence (data/calibration/confidence.json, written by npm run calibrate): fitted on ${CONFIDENCE_MODEL_FILE.fittedOn.map((f) => `${f.set} (${f.relations} relations)`).join(', ') || 'nothing yet'}; the held-out set is never fitted on.`
	);
	const judgedOf = () => {
		const list: JudgedRelation[] = [];
		return {
			list,
			judged: (relation: Relation, right: boolean) => void list.push({ relation, right })
		};
	};

	if (sets.includes('founding')) {
		const j = judgedOf();
		const { articles, rules, curated } = await evaluateGold(
			DATA_DIR,
			path.join(EVAL, 'founding'),
			j.judged
		);
		const keys = [
			...new Set([...Object.keys(rules.categories), ...Object.keys(curated.categories)])
		].sort();
		table(`(a) Founding gold (${articles.length} articles), rules alone`, [
			...keys.map((k): [string, Tally | undefined, Tally | undefined] => [
				k,
				rules.categories[k],
				baseline.founding[k]
			]),
			[
				'ALL relations',
				overall(rules, 'relation:'),
				sum(
					Object.entries(baseline.founding)
						.filter(([k]) => k.startsWith('relation:'))
						.map(([, t]) => t)
				)
			]
		]);
		console.log(`  with curation: relations ${cell(overall(curated, 'relation:'))}`);
		console.log(
			`  on matched relations — dates right ${rules.dates.right}/${rules.dates.of}, modality right ${rules.modalities.right}/${rules.modalities.of}`
		);
		if (verbose) {
			console.log('  missed:\n    ' + rules.misses.join('\n    '));
			console.log('  not in gold:\n    ' + rules.extras.join('\n    '));
		}
		reliabilityTable('founding', j.list);
	}

	if (sets.includes('plover')) {
		const j = judgedOf();
		const score: PloverScore = await evaluatePlover(
			lexicon,
			path.join(EVAL, 'plover', 'plover-gsr-dev.json'),
			j.judged
		);
		table(
			`(b) PLOVER gold-standard records, development half (${score.records.of} records): source–target pairs per PLOVER type`,
			[
				...PLOVER_TYPES.map((t): [string, Tally | undefined, Tally | undefined] => [
					t,
					score.byType[t],
					baseline.plover[t]
				]),
				['ALL', sum(Object.values(score.byType)), sum(Object.values(baseline.plover))]
			]
		);
		console.log(
			`  records with every pair found: ${share({ right: score.records.found, of: score.records.of })}`
		);
		if (verbose) {
			console.log('  missed:\n    ' + score.misses.join('\n    '));
			console.log('  not in gold:\n    ' + score.extras.join('\n    '));
		}
		reliabilityTable('plover', j.list);
	}

	if (sets.includes('news')) {
		const j = judgedOf();
		const { articles, score } = await evaluateNews(
			lexicon,
			path.join(EVAL, 'news'),
			undefined,
			j.judged
		);
		newsTables('(c) News texts written blind', articles.length, score, baseline.news, verbose);
		reliabilityTable('news', j.list);
	}

	if (sets.includes('news2')) {
		const { articles, score } = await evaluateNews(lexicon, path.join(EVAL, 'news2'));
		newsTables(
			'(e) News texts written blind, second development set ("before": b983498, when it was added)',
			articles.length,
			score,
			baseline.news2,
			verbose
		);
	}

	if (sets.includes('heldout')) {
		const j = judgedOf();
		const { articles, score } = await evaluateNews(
			lexicon,
			path.join(EVAL, 'heldout'),
			undefined,
			j.judged
		);
		newsTables(
			'(d) Held-out news texts, written blind after the rules they test',
			articles.length,
			score,
			baseline.heldout,
			verbose
		);
		reliabilityTable('heldout', j.list);
	}
});
