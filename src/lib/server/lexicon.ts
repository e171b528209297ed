// The gazetteer compiled for extraction, once per server process (the ingest preview runs the
// extraction on every request).
import path from 'node:path';
import { compileLexicon, type Lexicon } from '../gazetteer/lexicon';
import { loadGazetteer } from './loadGazetteer';
import { DATA_DIR } from './paths';

let lexicon: Promise<Lexicon> | undefined;

export function serverLexicon(): Promise<Lexicon> {
	lexicon ??= loadGazetteer(path.join(DATA_DIR, 'gazetteer')).then(compileLexicon);
	lexicon.catch(() => (lexicon = undefined));
	return lexicon;
}
