// Shared CLI behaviour: input problems print one line and exit 1, never a stack trace.
import { InputError } from '../src/lib/errors';

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
