// Shared CLI behaviour: input problems print one line and exit 1, never a stack trace.
import { parseArgs } from 'node:util';
import { InputError } from '../src/lib/errors';
import { LANGUAGES, type Language } from '../src/lib/types';

export async function runCli(main: () => Promise<void>): Promise<void> {
	try {
		await main();
	} catch (error) {
		if (error instanceof InputError) console.error(`error: ${error.message}`);
		else
			console.error(
				`error: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`
			);
		process.exit(1);
	}
}

/**
 * FILES… with --lang fr|en and --date YYYY-MM-DD, as `extract` and `ingest` take them: the
 * files, and the article fields the flags give (for files without front-matter).
 */
export function articleArgs(
	command: string,
	usage: string
): { files: string[]; overrides: { lang?: Language; date?: string } } {
	let parsed;
	try {
		parsed = parseArgs({
			allowPositionals: true,
			options: { lang: { type: 'string' }, date: { type: 'string' } }
		});
	} catch (error) {
		throw new InputError(command, `${(error as Error).message} (${usage})`);
	}
	const { values, positionals } = parsed;
	if (values.lang !== undefined && !LANGUAGES.includes(values.lang as Language))
		throw new InputError(command, `--lang must be fr or en, not ${JSON.stringify(values.lang)}`);
	return {
		files: positionals,
		overrides: {
			...(values.lang ? { lang: values.lang as Language } : {}),
			...(values.date !== undefined ? { date: values.date } : {})
		}
	};
}
