// Calibration of relation confidence (issue #13 §4): the logistic fit `npm run calibrate` makes
// on evaluation sets, and the reliability table `npm run eval` prints for every set.
import {
	FEATURE_NAMES,
	FEATURE_SIGNS,
	type ConfidenceModel,
	type RelationFeatures
} from '../extract/confidence';

export interface Sample {
	features: RelationFeatures;
	/** Whether the relation matched gold. */
	right: boolean;
}

export interface FitOptions {
	/** L2 penalty on the weights (not the bias), in units of the summed log loss. */
	l2?: number;
	iterations?: number;
	/** Step size of the full-batch gradient descent, per sample. */
	rate?: number;
}

/**
 * A logistic regression of `right` on the features, by full-batch gradient descent from zero
 * (deterministic: same samples, same model), each weight kept on its FEATURE_SIGNS side (set
 * to 0 when the data would cross it). Weights rounded to 3 decimals. Errors: none; no samples
 * gives the zero model (confidence 0.5).
 */
export function fitConfidence(
	samples: readonly Sample[],
	options: FitOptions = {}
): ConfidenceModel {
	const { l2 = 1, iterations = 4000, rate = 0.5 } = options;
	const n = samples.length;
	const k = FEATURE_NAMES.length;
	if (!n) return { bias: 0, weights: {} };
	const x = samples.map((s) => FEATURE_NAMES.map((f) => s.features[f]));
	const y = samples.map((s) => (s.right ? 1 : 0));
	const w = new Array<number>(k).fill(0);
	let b = 0;
	for (let it = 0; it < iterations; it++) {
		const gw = new Array<number>(k).fill(0);
		let gb = 0;
		for (let i = 0; i < n; i++) {
			const row = x[i] as number[];
			let z = b;
			for (let j = 0; j < k; j++) z += (w[j] as number) * (row[j] as number);
			const err = 1 / (1 + Math.exp(-z)) - (y[i] as number);
			gb += err;
			for (let j = 0; j < k; j++) gw[j] = (gw[j] as number) + err * (row[j] as number);
		}
		b -= (rate * gb) / n;
		for (let j = 0; j < k; j++) {
			let next = (w[j] as number) - (rate * ((gw[j] as number) + l2 * (w[j] as number))) / n;
			const sign = FEATURE_SIGNS[FEATURE_NAMES[j] as keyof RelationFeatures];
			if (sign !== 0 && next * sign < 0) next = 0;
			w[j] = next;
		}
	}
	const round = (v: number) => Math.round(v * 1000) / 1000;
	const weights: ConfidenceModel['weights'] = {};
	FEATURE_NAMES.forEach((f, j) => {
		const v = round(w[j] as number);
		if (v !== 0) weights[f] = v;
	});
	return { bias: round(b), weights };
}

export interface ReliabilityRow {
	/** The decile's bounds: [0, 0.1), … [0.9, 1]. */
	low: number;
	high: number;
	count: number;
	/** Mean confidence of its relations (NaN when empty). */
	meanConfidence: number;
	/** Share of its relations that matched gold (NaN when empty). */
	shareRight: number;
}

export interface Reliability {
	rows: ReliabilityRow[];
	/** Relations judged. */
	count: number;
	/** Largest |mean confidence − share right| over deciles with at least `minCount` relations. */
	largestGap: number | undefined;
	/** Mean absolute gap weighted by decile size (the expected calibration error). */
	expectedError: number;
}

/** Per confidence decile: how many, mean confidence, share right (issue #13 §5). */
export function reliability(
	items: readonly { confidence: number; right: boolean }[],
	minCount = 20
): Reliability {
	const rows: ReliabilityRow[] = Array.from({ length: 10 }, (_, i) => ({
		low: i / 10,
		high: (i + 1) / 10,
		count: 0,
		meanConfidence: 0,
		shareRight: 0
	}));
	for (const { confidence, right } of items) {
		const row = rows[Math.min(9, Math.floor(confidence * 10))] as ReliabilityRow;
		row.count += 1;
		row.meanConfidence += confidence;
		row.shareRight += right ? 1 : 0;
	}
	let largestGap: number | undefined;
	let weighted = 0;
	for (const row of rows) {
		row.meanConfidence = row.count ? row.meanConfidence / row.count : NaN;
		row.shareRight = row.count ? row.shareRight / row.count : NaN;
		if (!row.count) continue;
		const gap = Math.abs(row.meanConfidence - row.shareRight);
		weighted += gap * row.count;
		if (row.count >= minCount) largestGap = Math.max(largestGap ?? 0, gap);
	}
	return {
		rows,
		count: items.length,
		largestGap,
		expectedError: items.length ? weighted / items.length : 0
	};
}
