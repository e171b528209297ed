// Review decisions written to data/curated/<article>.yaml, each resting on a quote from the
// article, so they survive re-extraction: a relation accepted (added with its quote) or
// rejected, a person merged into a known actor, a relation added from selected words. The
// file keeps its comments and other items; a decision replaces an earlier one on the same
// relation; the write is atomic and undone when the data set no longer builds with it.
import { readFile, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Document, isSeq, parseDocument, YAMLSeq } from 'yaml';
import type { Curation } from '../dataset/curation';
import { withLock } from './corpusWriter';
import { rebuildDataset } from './rebuildDataset';

export type RelationDecision = Curation['relations'][number];
export type MentionDecision = Curation['mentions'][number];

const sameRelation = (a: Partial<RelationDecision>, b: RelationDecision) =>
	a.type === b.type && a.source === b.source && a.target === b.target && a.quote === b.quote;

async function readDocument(
	file: string,
	article: string
): Promise<{ doc: Document; before?: string }> {
	try {
		const before = await readFile(file, 'utf8');
		return { doc: parseDocument(before), before };
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
		return { doc: new Document({ article }) };
	}
}

function listIn(doc: Document, key: 'relations' | 'mentions'): YAMLSeq {
	const existing = doc.get(key);
	if (isSeq(existing)) return existing;
	const seq = doc.createNode([]) as YAMLSeq;
	doc.set(key, seq);
	return seq;
}

/** Writes the decisions and rebuilds the data set; on failure the file is put back as it was. */
export async function recordDecisions(
	dataDir: string,
	article: string,
	decisions: { relations?: RelationDecision[]; mentions?: MentionDecision[] },
	datasetFile?: string
): Promise<void> {
	const dir = path.join(dataDir, 'curated');
	const file = path.join(dir, `${article}.yaml`);
	await withLock(dir, async () => {
		const { doc, before } = await readDocument(file, article);
		if (decisions.relations?.length) {
			const seq = listIn(doc, 'relations');
			for (const decision of decisions.relations) {
				// A new decision on the same relation and words replaces the old one.
				seq.items = seq.items.filter(
					(node) =>
						!sameRelation((node as { toJSON(): Partial<RelationDecision> }).toJSON(), decision)
				);
				seq.add(doc.createNode(decision));
			}
		}
		if (decisions.mentions?.length) {
			const seq = listIn(doc, 'mentions');
			for (const decision of decisions.mentions) seq.add(doc.createNode(decision));
		}
		const tmp = `${file}.${process.pid}.tmp`;
		await writeFile(tmp, doc.toString({ lineWidth: 0 }));
		await rename(tmp, file);
		try {
			await rebuildDataset(dataDir, datasetFile);
		} catch (error) {
			if (before === undefined) await unlink(file).catch(() => undefined);
			else await writeFile(file, before);
			throw error;
		}
	});
}
