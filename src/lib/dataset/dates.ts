// Calendar checks shared by article front-matter and curation files.

/** YYYY-MM-DD that exists (no 2023-02-30). */
export function isRealDate(value: unknown): value is string {
	if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
	const d = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** YYYY, YYYY-MM or a real YYYY-MM-DD. */
export function isPartialDate(value: unknown): value is string {
	if (typeof value !== 'string') return false;
	if (/^\d{4}$/.test(value)) return true;
	if (/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) return true;
	return isRealDate(value);
}
