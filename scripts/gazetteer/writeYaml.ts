// Generated gazetteer files: a header naming the source and licence and listing what was left
// out and why, then the data in the layout of the hand-written files (short maps and lists
// on one line).
import { writeFile } from 'node:fs/promises';
import { Document, isMap, isScalar, isSeq, visit } from 'yaml';

export async function writeGazetteerFile(
	file: string,
	header: string[],
	value: unknown
): Promise<void> {
	const doc = new Document(withoutEmpty(value), { aliasDuplicateObjects: false });
	// Maps of scalars (name, title, a role) and lists of scalars on one line, then entries
	// whose values are all on one line.
	const flatten = (flowMaps: boolean) =>
		visit(doc, {
			Map(_, node) {
				const simple = node.items.every(
					(pair) =>
						isScalar(pair.value) ||
						(flowMaps && (isMap(pair.value) || isSeq(pair.value)) && pair.value.flow)
				);
				const entry = node.items.some((p) => isScalar(p.key) && p.key.value === 'id');
				if (simple && !entry) node.flow = true;
			},
			Seq(_, node) {
				if (node.items.every((item) => isScalar(item))) node.flow = true;
			}
		});
	flatten(false);
	flatten(true);
	doc.commentBefore = header.map((line) => (line ? ` ${line}` : '')).join('\n');
	// Not run through Prettier (listed in .prettierignore): a few megabytes took minutes.
	await writeFile(file, doc.toString({ lineWidth: 0, flowCollectionPadding: false }));
}

/** Empty lists and maps left out: the schemas default them. */
function withoutEmpty(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(withoutEmpty);
	if (value && typeof value === 'object')
		return Object.fromEntries(
			Object.entries(value)
				.map(([k, v]) => [k, withoutEmpty(v)] as const)
				.filter(
					([, v]) =>
						!(Array.isArray(v) && !v.length) &&
						!(v && typeof v === 'object' && !Array.isArray(v) && !Object.keys(v).length)
				)
		);
	return value;
}
