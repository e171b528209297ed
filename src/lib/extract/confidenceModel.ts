// The confidence model the extractor applies (data/calibration/confidence.json, written by
// `npm run calibrate`): read once when the module loads, checked, never fetched at run time.
import { z } from 'zod';
import model from '../../../data/calibration/confidence.json' with { type: 'json' };
import { FEATURE_NAMES, type ConfidenceModel } from './confidence';

export const confidenceModelSchema = z
	.object({
		note: z.string(),
		/** The evaluation sets the model was fitted on, with how many relations each gave. */
		fittedOn: z.array(z.object({ set: z.string(), relations: z.number().int() }).strict()),
		bias: z.number(),
		weights: z.partialRecord(z.enum(FEATURE_NAMES), z.number())
	})
	.strict();

export type ConfidenceModelFile = z.infer<typeof confidenceModelSchema>;

function parse(): ConfidenceModelFile {
	const parsed = confidenceModelSchema.safeParse(model);
	if (!parsed.success)
		throw new Error(
			`data/calibration/confidence.json: not a confidence model (${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}); run npm run calibrate`
		);
	return parsed.data;
}

/** data/calibration/confidence.json as written, with the sets it was fitted on. */
export const CONFIDENCE_MODEL_FILE: ConfidenceModelFile = parse();

/** The committed model: a logistic map from relation features to a probability. */
export const CONFIDENCE_MODEL: ConfidenceModel = CONFIDENCE_MODEL_FILE;
