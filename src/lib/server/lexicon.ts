// The gazetteer compiled for extraction, once per server process (the ingest preview runs the
// extraction on every request).
import path from 'node:path';
import type { Lexicon } from '../gazetteer/lexicon';
import { loadLexicon } from './loadGazetteer';
import { DATA_DIR } from './paths';

export function serverLexicon(): Promise<Lexicon> {
	return loadLexicon(path.join(DATA_DIR, 'gazetteer'));
}
