// npm run --silent extract -- FILE [--lang fr|en] [--date YYYY-MM-DD]
// Prints one JSON object: { article, entities, mentions, relations, indicators }.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { InputError } from '../src/lib/errors';
import { extractArticle } from '../src/lib/extract/extractArticle';
import { compileLexicon } from '../src/lib/gazetteer/lexicon';
import { articleFromFile } from '../src/lib/server/articleFromFile';
import { loadGazetteer } from '../src/lib/server/loadGazetteer';
import { DATA_DIR } from '../src/lib/server/paths';
import { LANGUAGES, type Language } from '../src/lib/types';
import { runCli } from './cli';

await runCli(async () => {
	let parsed;
	try {
		parsed = parseArgs({
			allowPositionals: true,
			options: { lang: { type: 'string' }, date: { type: 'string' } }
		});
	} catch (error) {
		throw new InputError(
			'extract',
			`${(error as Error).message} (usage: extract FILE [--lang fr|en] [--date YYYY-MM-DD])`
		);
	}
	const { values, positionals } = parsed;
	if (positionals.length !== 1)
		throw new InputError(
			'extract',
			'give exactly one FILE (usage: extract FILE [--lang fr|en] [--date YYYY-MM-DD])'
		);
	const file = positionals[0] as string;
	if (values.lang !== undefined && !LANGUAGES.includes(values.lang as Language))
		throw new InputError(file, `--lang must be fr or en, not ${JSON.stringify(values.lang)}`);
	const article = await articleFromFile(file, {
		...(values.lang ? { lang: values.lang as Language } : {}),
		...(values.date !== undefined ? { date: values.date } : {})
	});
	const lexicon = compileLexicon(await loadGazetteer(path.join(DATA_DIR, 'gazetteer')));
	const extraction = extractArticle(article, lexicon);
	process.stdout.write(JSON.stringify(extraction, null, 2) + '\n');
});
