// Partial dates as the days they cover, for formats that want real calendar days (GEXF's
// xsd:date): a month ends on its last day, not on the 31st.

/** Inclusive first and last days (YYYY-MM-DD). */
export type DaySpan = readonly [start: string, end: string];

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The days a partial date covers: `2024` → 2024-01-01…2024-12-31, `2023-02` →
 * 2023-02-01…2023-02-28, a day → that day. Undefined for anything else (no guess).
 */
export function daySpan(date: string): DaySpan | undefined {
	const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
	if (!m) return undefined;
	const year = Number(m[1]);
	if (!m[2]) return [`${m[1]}-01-01`, `${m[1]}-12-31`];
	const month = Number(m[2]);
	if (month < 1 || month > 12) return undefined;
	const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
	if (!m[3]) return [`${m[1]}-${m[2]}-01`, `${m[1]}-${m[2]}-${pad(last)}`];
	const day = Number(m[3]);
	return day >= 1 && day <= last ? [date, date] : undefined;
}

/** Spans merged where they overlap or touch, in order: the disjoint periods they cover. */
export function mergeSpans(spans: readonly DaySpan[]): DaySpan[] {
	const sorted = [...spans].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
	const merged: [string, string][] = [];
	for (const [start, end] of sorted) {
		const last = merged.at(-1);
		if (last && start <= nextDay(last[1])) {
			if (end > last[1]) last[1] = end;
		} else merged.push([start, end]);
	}
	return merged;
}

function nextDay(day: string): string {
	const d = new Date(`${day}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + 1);
	return d.toISOString().slice(0, 10);
}
