// `?rows=`: how many pairs, lanes or links a chart shows (each chart has its own default).

/** The most pairs, lanes or links a view may ask for (`?rows=`). */
export const ROWS_MAX = 200;

/** `?rows=` as a number of pairs, lanes or links, or a message saying what it must be. */
export function parseRows(raw: string | null): { limit?: number; problem?: string } {
	if (raw === null || raw === '') return {};
	const n = Number(raw);
	if (Number.isInteger(n) && n >= 1 && n <= ROWS_MAX) return { limit: n };
	return {
		problem: `The number of rows must be a whole number from 1 to ${ROWS_MAX}, not ${JSON.stringify(raw.slice(0, 40))}.`
	};
}
