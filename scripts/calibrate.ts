// npm run calibrate: fits the map from relation features to confidence (src/lib/extract/
// confidence.ts) on evaluation sets (a) founding, (b) PLOVER and (c) news — the sets the rules
// were developed on, never (d) held-out — and writes data/calibration/confidence.json, which the
// extractor reads. Deterministic: same rules and sets, same file. Run `npm run eval` after it
// to see the reliability tables (held-out included).
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { featuresOf } from '../src/lib/extract/confidence';
import { fitConfidence, reliability, type Sample } from '../src/lib/eval/calibration';
import { confidenceOf } from '../src/lib/extract/confidence';
import { CALIBRATION_SETS, judgeSet } from '../src/lib/server/judgeSets';
import { loadLexicon } from '../src/lib/server/loadLexicon';
import { DATA_DIR } from '../src/lib/server/paths';
import { runCli } from './cli';

await runCli(async () => {
	const lexicon = await loadLexicon(DATA_DIR);
	const samples: Sample[] = [];
	const fittedOn: { set: string; relations: number }[] = [];
	for (const set of CALIBRATION_SETS) {
		const judged = await judgeSet(set, lexicon, DATA_DIR);
		for (const { relation, right } of judged) {
			const features = featuresOf(relation);
			if (!features) throw new Error(`a relation of set ${set} was scored without features`);
			samples.push({ features, right });
		}
		fittedOn.push({ set, relations: judged.length });
		console.log(
			`${set}: ${judged.length} relations, ${judged.filter((j) => j.right).length} right`
		);
	}
	const model = fitConfidence(samples);
	const fit = reliability(
		samples.map((s) => ({ confidence: confidenceOf(s.features, model), right: s.right }))
	);
	console.log(`bias ${model.bias}, weights ${JSON.stringify(model.weights)}`);
	console.log(
		`the fitted sets pooled: largest decile gap (deciles of ≥ 20) ${fit.largestGap?.toFixed(3) ?? '–'}, expected calibration error ${fit.expectedError.toFixed(3)}`
	);
	// The file the extractor imports, whatever ENTENTE_DATA_DIR says.
	const file = path.resolve('data', 'calibration', 'confidence.json');
	const note =
		'Written by npm run calibrate: a logistic model of whether a relation matches gold, on the features of src/lib/extract/confidence.ts, fitted on evaluation sets (a) founding, (b) PLOVER development half and (c) news; (d) held-out is never fitted. Do not edit by hand.';
	await writeFile(
		file,
		`${JSON.stringify({ note, fittedOn, bias: model.bias, weights: model.weights }, null, '\t')}\n`
	);
	console.log(`wrote ${path.relative(process.cwd(), file)}`);
});
