// npm run eval: precision and recall per category on the hand-labelled gold set (tests/gold),
// for the rules alone and for the data set (rules + curation).
import path from 'node:path';
import { overall, precision, recall, type Score, type Tally } from '../src/lib/eval/score';
import { evaluateGold } from '../src/lib/server/evaluateGold';
import { DATA_DIR } from '../src/lib/server/paths';
import { runCli } from './cli';

const pct = (x: number) => `${(x * 100).toFixed(0).padStart(4)} %`;
const row = (name: string, a: Tally, b: Tally) =>
	`${name.padEnd(26)} ${pct(precision(a))} ${pct(recall(a))}  ${String(a.tp).padStart(3)}/${String(a.tp + a.fn).padEnd(3)}   ${pct(precision(b))} ${pct(recall(b))}  ${String(b.tp).padStart(3)}/${b.tp + b.fn}`;

await runCli(async () => {
	const { articles, rules, curated } = await evaluateGold(DATA_DIR, path.resolve('tests/gold'));
	console.log(`Gold set: ${articles.join(', ')}`);
	console.log(`${''.padEnd(26)} ${'rules alone'.padEnd(26)}   rules + curation`);
	console.log(
		`${'category'.padEnd(26)} ${'prec.'.padStart(6)} ${'recall'.padStart(6)}  found      ${'prec.'.padStart(6)} ${'recall'.padStart(6)}  found`
	);
	const keys = [
		...new Set([...Object.keys(rules.categories), ...Object.keys(curated.categories)])
	].sort();
	const empty: Tally = { tp: 0, fp: 0, fn: 0 };
	for (const key of keys)
		console.log(row(key, rules.categories[key] ?? empty, curated.categories[key] ?? empty));
	console.log('');
	for (const prefix of ['entity:', 'relation:', 'indicator:'])
		console.log(
			row(`ALL ${prefix.slice(0, -1)}s`, overall(rules, prefix), overall(curated, prefix))
		);
	if (process.argv.includes('--verbose')) {
		console.log('\nMissed by the rules:\n  ' + rules.misses.join('\n  '));
		console.log('\nFound by the rules, not in gold:\n  ' + rules.extras.join('\n  '));
		console.log('\nMissed with curation:\n  ' + curated.misses.join('\n  '));
	}
	const share = (s: Score, k: 'dates' | 'modalities') => `${s[k].right}/${s[k].of}`;
	console.log(
		`\nOn matched relations — dates right: ${share(rules, 'dates')} (rules), ${share(curated, 'dates')} (curated); modality right: ${share(rules, 'modalities')} (rules), ${share(curated, 'modalities')} (curated)`
	);
});
