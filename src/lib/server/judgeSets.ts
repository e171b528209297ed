// Every relation the rules extract on an evaluation set, with whether it matched gold: what
// `npm run calibrate` fits confidence on and `npm run eval` checks it against.
import path from 'node:path';
import type { Lexicon } from '../gazetteer/lexicon';
import type { Relation } from '../types';
import { evaluateGold } from './evaluateGold';
import { evaluateNews, evaluatePlover } from './evaluateSets';

export const EVAL_SETS = ['founding', 'plover', 'news', 'heldout'] as const;
export type EvalSet = (typeof EVAL_SETS)[number];

/** The sets the confidence model is fitted on; (d) held-out stays a check (never fitted). */
export const CALIBRATION_SETS: readonly EvalSet[] = ['founding', 'plover', 'news'];

export interface JudgedRelation {
	relation: Relation;
	right: boolean;
}

/** The relations of one set with their verdict, in the order the scorers saw them. */
export async function judgeSet(
	set: EvalSet,
	lexicon: Lexicon,
	dataDir: string,
	evalDir = path.resolve('tests/eval')
): Promise<JudgedRelation[]> {
	const out: JudgedRelation[] = [];
	const judged = (relation: Relation, right: boolean) => void out.push({ relation, right });
	if (set === 'founding') await evaluateGold(dataDir, path.join(evalDir, 'founding'), judged);
	else if (set === 'plover')
		await evaluatePlover(lexicon, path.join(evalDir, 'plover', 'plover-gsr-dev.json'), judged);
	else await evaluateNews(lexicon, path.join(evalDir, set), undefined, judged);
	return out;
}
