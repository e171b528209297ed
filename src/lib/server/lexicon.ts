// The gazetteer and trigger lexicon compiled for extraction, shared by the server's requests
// (the ingest preview runs the extraction on every request); loadLexicon compiles once per
// process and again only when a file of data/ changes.
import type { Lexicon } from '../gazetteer/lexicon';
import { loadLexicon } from './loadLexicon';
import { DATA_DIR } from './paths';

export function serverLexicon(): Promise<Lexicon> {
	return loadLexicon(DATA_DIR);
}
