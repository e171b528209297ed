// YAML parsed with positions, so a schema error can name the line a user must fix.
import { isCollection, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { InputError } from './errors';

export interface YamlSource {
	file: string;
	value: unknown;
	lineOf(path: readonly PropertyKey[]): number | undefined;
}

export function readYaml(file: string, text: string, lineOffset = 0): YamlSource {
	const lineCounter = new LineCounter();
	const doc: Document = parseDocument(text, { lineCounter, uniqueKeys: true });
	const [first] = doc.errors;
	if (first) {
		const line = first.linePos?.[0]?.line;
		const reason =
			first.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? 'cannot parse';
		throw new InputError(file, `invalid YAML: ${reason}`, line ? line + lineOffset : undefined);
	}
	const lineOf = (path: readonly PropertyKey[]) => {
		for (let depth = path.length; depth >= 0; depth--) {
			const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true);
			const range = (node as { range?: [number, number, number] } | null)?.range;
			if (range && (depth === 0 || isCollection(node) || node))
				return lineCounter.linePos(range[0]).line + lineOffset;
		}
		return undefined;
	};
	return { file, value: doc.toJS(), lineOf };
}

/** Validate with a zod schema; the first problem becomes an InputError at its line. */
export function validateYaml<T>(source: YamlSource, schema: z.ZodType<T>): T {
	const result = schema.safeParse(source.value);
	if (result.success) return result.data;
	const issue = result.error.issues[0];
	const path = issue?.path ?? [];
	const field = path.join('.');
	const missing = issue?.code === 'invalid_type' && /received undefined/.test(issue.message);
	const message = missing
		? `missing required field ${field}`
		: `${issue?.message ?? 'invalid'}${field ? ` (at ${field})` : ''}`;
	throw new InputError(source.file, message, source.lineOf(path));
}
