// Review decisions written to data/curated/<article>.yaml, each resting on a quote from the
// article, so they survive re-extraction: a relation accepted (added with its quote) or
// rejected, a person merged into a known actor, a relation added from selected words. The
// file keeps its comments and other items; a decision replaces an earlier one on the same
// relation; the write is atomic and undone when the data set no longer builds with it.
import { mkdir, readFile, unlink } from 'node:fs/promises';
import path from 'node:path';
import { Document, isSeq, parseDocument, YAMLSeq } from 'yaml';
import type { Curation } from '../dataset/curation';
import writeFileAtomic from 'write-file-atomic';
import { withDataLock, type DataLockOptions } from './dataLock';
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

/**
 * Writes the decisions to `data/curated/<article>.yaml` and rebuilds the data set, both under
 * the data lock; when the rebuild fails the file is put back as it was and the error rethrown.
 * `rebuild` compiles and writes the data set (the server passes one that runs in a worker).
 * @throws {DataLockBusy} when another save kept the lock past `lock.waitMs`
 */
export async function recordDecisions(
	dataDir: string,
	article: string,
	decisions: { relations?: RelationDecision[]; mentions?: MentionDecision[] },
	datasetFile?: string,
	lock?: DataLockOptions,
	rebuild: (dataDir: string, datasetFile?: string) => Promise<unknown> = rebuildDataset
): Promise<void> {
	const dir = path.join(dataDir, 'curated');
	const file = path.join(dir, `${article}.yaml`);
	await withDataLock(
		dataDir,
		async () => {
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
			await mkdir(dir, { recursive: true });
			await writeFileAtomic(file, doc.toString({ lineWidth: 0 }));
			try {
				await rebuild(dataDir, datasetFile);
			} catch (error) {
				if (before === undefined) await unlink(file).catch(() => undefined);
				else await writeFileAtomic(file, before);
				throw error;
			}
		},
		lock
	);
}
