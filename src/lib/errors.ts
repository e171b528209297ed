// Bad input is reported, never thrown as a stack trace: every message names the file, and
// the line when there is one.
export class InputError extends Error {
	constructor(
		readonly file: string,
		readonly problem: string,
		readonly line?: number
	) {
		super(`${file}${line ? `:${line}` : ''}: ${problem}`);
		this.name = 'InputError';
	}
}
