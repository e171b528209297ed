// The gazetteer compiled for extraction, once per server process (the ingest preview runs the
// extraction on every request).
import type { Lexicon } from '../gazetteer/lexicon';
import { loadLexicon } from './loadLexicon';
import { DATA_DIR } from './paths';

let lexicon: Promise<Lexicon> | undefined;

export function serverLexicon(): Promise<Lexicon> {
	lexicon ??= loadLexicon(DATA_DIR);
	lexicon.catch(() => (lexicon = undefined));
	return lexicon;
}
