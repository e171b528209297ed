// CSV as pandas, R and DuckDB read it (RFC 4180), or as Excel opens it by a double-click.

/** A CSV cell's value: written as its text. */
export type Cell = string | number | boolean;

/** How a CSV is written: plain RFC 4180 (pandas, R, DuckDB), or for Excel to open by a double-click. */
export interface CsvOptions {
	/**
	 * UTF-8 with a byte-order mark (without it Excel reads UTF-8 as Windows-1252 and garbles
	 * « Poutine » or "Erdoğan"), and a text cell Excel would run as a formula (`=`, `+`, `-`, `@`)
	 * prefixed with a quote mark. Off by default: the plain file keeps every value as it is.
	 */
	excel?: boolean;
}

/** The byte-order mark that tells Excel a CSV is UTF-8. */
export const UTF8_BOM = '\uFEFF';

/**
 * The records as CSV, RFC 4180 (CRLF line ends, a cell with a comma, quote or line break quoted,
 * quotes doubled), one column per name in `columns` in that order; a missing value is empty.
 * With `excel`, see {@link CsvOptions}.
 */
export function toCsv(
	columns: string[],
	records: Record<string, Cell>[],
	options: CsvOptions = {}
): string {
	const cell = (value: Cell | undefined) => {
		if (value === undefined) return '';
		let text = String(value);
		if (options.excel && typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
		return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
	};
	const body = [columns.map(cell), ...records.map((r) => columns.map((c) => cell(r[c])))]
		.map((line) => line.join(','))
		.join('\r\n')
		.concat('\r\n');
	return options.excel ? `${UTF8_BOM}${body}` : body;
}
