// Everything extraction reads from data/: the gazetteer (data/gazetteer) and the trigger
// lexicons with the CAMEO→PLOVER table (data/lexicon), compiled once. Errors name file and line.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../errors';
import type { CameoRow } from '../events/coding';
import { compileLexicon, type Lexicon } from '../gazetteer/lexicon';
import { compileTriggers, type TriggerLexicon } from '../lexicon/compile';
import { cameoTableSchema, lexiconFileSchema, type SourcedEntry } from '../lexicon/schema';
import { PLOVER_TYPES, type PloverType } from '../types';
import { readYaml, validateYaml } from '../yamlSource';
import { readGazetteerYaml } from './gazetteerYaml';
import { contentKey, loadGazetteerCached } from './loadGazetteer';
import { morphology } from './morphology';
import { readTextFile } from './readText';

const CAMEO_TABLE = 'cameo-plover.yaml';

async function loadCameoTable(dir: string): Promise<Map<string, CameoRow>> {
	const file = path.join(dir, CAMEO_TABLE);
	const source = readYaml(file, await readTextFile(file));
	const rows = validateYaml(source, cameoTableSchema);
	const table = new Map<string, CameoRow>();
	for (const [code, row] of Object.entries(rows)) {
		if (!PLOVER_TYPES.includes(row.plover as PloverType))
			throw new InputError(file, `unknown PLOVER type ${row.plover}`, source.lineOf([code]));
		table.set(code, row as CameoRow);
	}
	return table;
}

/** Every trigger entry of data/lexicon/*.yaml (but the CAMEO table), with its file and line. */
export async function loadTriggerEntries(dir: string): Promise<SourcedEntry[]> {
	const names = (await readdir(dir)).filter((f) => f.endsWith('.yaml') && f !== CAMEO_TABLE).sort();
	const entries: SourcedEntry[] = [];
	for (const name of names) {
		const file = path.join(dir, name);
		const text = await readTextFile(file);
		// js-yaml reads thousands of entries in a blink; a problem is reported from the
		// positioned parse, with its line.
		const parsed = lexiconFileSchema.safeParse(readGazetteerYaml(file, text).value);
		const { language, triggers } = parsed.success
			? parsed.data
			: validateYaml(readYaml(file, text), lexiconFileSchema);
		const lines = entryLines(text);
		const shown = path.relative(process.cwd(), file) || file;
		triggers.forEach((entry, i) =>
			entries.push({ ...entry, language, origin: `${shown}:${lines[i] ?? 1}` })
		);
	}
	return entries;
}

/** The line of each entry of the `triggers:` list (items at two spaces' indent). */
function entryLines(text: string): number[] {
	const lines: number[] = [];
	let inList = false;
	text.split('\n').forEach((row, i) => {
		if (/^triggers:/.test(row)) inList = true;
		else if (/^\S/.test(row) && !row.startsWith('#')) inList = false;
		else if (inList && /^ {2}- /.test(row)) lines.push(i + 1);
	});
	return lines;
}

export async function loadTriggers(dir: string): Promise<TriggerLexicon> {
	const [entries, cameo] = await Promise.all([loadTriggerEntries(dir), loadCameoTable(dir)]);
	return compileTriggers(entries, morphology, cameo);
}

const compiled = new Map<string, Promise<Lexicon>>();

/**
 * The gazetteer and the trigger lexicon of a data folder, compiled for extraction once per
 * process (tens of thousands of gazetteer entries and the conjugation tables take about a
 * second), again only when a file changes; copies of the same files (tests build from copies
 * of data/) share it.
 */
export async function loadLexicon(dataDir: string): Promise<Lexicon> {
	const gazetteerDir = path.join(dataDir, 'gazetteer');
	const lexiconDir = path.join(dataDir, 'lexicon');
	const key = `${await contentKey(gazetteerDir)}:${await contentKey(lexiconDir)}`;
	const cached = compiled.get(key);
	if (cached) return cached;
	const lexicon = Promise.all([loadGazetteerCached(gazetteerDir), loadTriggers(lexiconDir)]).then(
		([gazetteer, triggers]) => compileLexicon(gazetteer, triggers)
	);
	compiled.set(key, lexicon);
	lexicon.catch(() => compiled.delete(key));
	return lexicon;
}
