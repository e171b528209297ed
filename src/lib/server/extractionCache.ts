// An article is extracted once: its extraction is kept under a key made of the article (every
// field, text included), its curation files, what extraction reads from data/ (gazetteer,
// lexicons) and the code (src/lib and the locked dependencies), so a
// rebuild re-extracts only what changed (adding one article to 10,000 extracts one). Entries
// live as one JSON file each beside the data set (`extractions/`); those no build used are
// removed after it. Without the extractor's source on disk (a deployment that ships only the
// built app) nothing is cached: a stale extraction must never pass for a fresh one.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { Article, Extraction } from '../types';

/** The code that decides what an article's extraction is: all of src/lib (the extractor calls
 * into the gazetteer, lexicon, text and data set modules, and these move often: hashing them all
 * errs on the side of extracting again) and the locked dependencies. */
const EXTRACTOR_SOURCES = ['src/lib', 'package-lock.json'];

async function hashTree(hash: ReturnType<typeof createHash>, target: string): Promise<void> {
	const names = await readdir(target, { withFileTypes: true }).catch(() => null);
	if (!names) {
		hash.update(target).update(await readFile(target));
		return;
	}
	for (const entry of names.sort((a, b) => (a.name < b.name ? -1 : 1)))
		await hashTree(hash, path.join(target, entry.name));
}

/** A fingerprint of the extractor's code and of the given input folders, or undefined when
 * the code is not on disk. */
export async function extractorVersion(
	inputs: string[],
	root = process.cwd()
): Promise<string | undefined> {
	const sources = EXTRACTOR_SOURCES.map((s) => path.join(root, s));
	if (!sources.every((s) => existsSync(s))) return undefined;
	const hash = createHash('sha256');
	for (const s of sources) await hashTree(hash, s);
	for (const input of inputs) if (existsSync(input)) await hashTree(hash, input);
	return hash.digest('hex');
}

export interface ExtractionCache {
	/** The article's extraction: kept, or made by `extract` and kept. */
	extraction(article: Article, curationKey: string, extract: () => Extraction): Extraction;
	/** Writes what was made and removes what this build did not use. */
	flush(): Promise<{ reused: number; extracted: number }>;
}

export async function extractionCache(dir: string, version: string): Promise<ExtractionCache> {
	await mkdir(dir, { recursive: true });
	const stored = new Set((await readdir(dir)).filter((n) => n.endsWith('.json')));
	const kept = new Map<string, Extraction>();
	const made = new Map<string, Extraction>();
	const used = new Set<string>();
	// Read ahead: entries are small, and a build needs most of them.
	await Promise.all(
		[...stored].map(async (name) => {
			try {
				kept.set(name, JSON.parse(await readFile(path.join(dir, name), 'utf8')) as Extraction);
			} catch {
				// A damaged entry is made again.
			}
		})
	);
	return {
		extraction(article, curationKey, extract) {
			const name = `${createHash('sha256').update(version).update(curationKey).update(JSON.stringify(article)).digest('hex').slice(0, 40)}.json`;
			used.add(name);
			const hit = kept.get(name) ?? made.get(name);
			if (hit) return hit;
			// Kept as JSON reads it back, so a fresh build and a cached one give the same data set.
			const fresh = JSON.parse(JSON.stringify(extract())) as Extraction;
			made.set(name, fresh);
			return fresh;
		},
		async flush() {
			// Atomic, with a temporary name unique to each write: two rebuilds in one process may
			// write the same entry at once (a pid-named temporary file was renamed from under one).
			for (const [name, extraction] of made)
				await writeFileAtomic(path.join(dir, name), JSON.stringify(extraction));
			for (const name of stored)
				if (!used.has(name)) await rm(path.join(dir, name), { force: true });
			return { reused: used.size - made.size, extracted: made.size };
		}
	};
}
