// npm run --silent extract -- FILE [--lang fr|en] [--date YYYY-MM-DD]
// Prints one JSON object: { article, entities, mentions, relations, indicators }.
import { InputError } from '../src/lib/errors';
import { extractArticle } from '../src/lib/extract/extractArticle';
import { articleFromFile } from '../src/lib/server/articleFromFile';
import { loadLexicon } from '../src/lib/server/loadLexicon';
import { DATA_DIR } from '../src/lib/server/paths';
import { articleArgs, runCli } from './cli';

const USAGE = 'usage: extract FILE [--lang fr|en] [--date YYYY-MM-DD]';

await runCli(async () => {
	const { files, overrides } = articleArgs('extract', USAGE);
	if (files.length !== 1) throw new InputError('extract', `give exactly one FILE (${USAGE})`);
	const file = files[0] as string;
	const article = await articleFromFile(file, overrides);
	const lexicon = await loadLexicon(DATA_DIR);
	const extraction = extractArticle(article, lexicon);
	process.stdout.write(JSON.stringify(extraction, null, 2) + '\n');
});
