// The gazetteer's YAML read fast: its generated files hold tens of thousands of entries, and
// the `yaml` package's positioned parse took seconds there. js-yaml parses; lines come from a
// scan of the top-level items (every gazetteer file is a block list or map). A problem in a
// file is reported as before: parsed again with positions, so the error names its line.
import { load, CORE_SCHEMA } from 'js-yaml';
import { readYaml, type YamlSource } from '../yamlSource';

export interface GazetteerYaml extends YamlSource {
	/** Line of a top-level item: list index or map key (no full parse). */
	entryLine(key: number | string): number | undefined;
}

export function readGazetteerYaml(file: string, text: string): GazetteerYaml {
	let value: unknown;
	try {
		value = load(text, { schema: CORE_SCHEMA, filename: file });
	} catch {
		readYaml(file, text); // throws the positioned error
		throw new Error(`${file}: cannot parse`);
	}
	let positioned: YamlSource | undefined;
	const lineOf = (path: readonly PropertyKey[]) =>
		(positioned ??= readYaml(file, text)).lineOf(path);
	let items: { index: number[]; keys: Map<string, number> } | undefined;
	const entryLine = (key: number | string) => {
		items ??= topLevelItems(text);
		return typeof key === 'number' ? items.index[key] : items.keys.get(key);
	};
	return { file, value, lineOf, entryLine };
}

function topLevelItems(text: string): { index: number[]; keys: Map<string, number> } {
	const index: number[] = [];
	const keys = new Map<string, number>();
	let line = 0;
	for (const row of text.split('\n')) {
		line++;
		if (row.startsWith('- ') || row === '-') index.push(line);
		else {
			const key = /^([^\s#'"{[][^:]*):/.exec(row)?.[1];
			if (key) keys.set(key.trim(), line);
		}
	}
	return { index, keys };
}
