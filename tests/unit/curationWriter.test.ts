// Review decisions in the curation files: written with their quote beside what was there,
// applied by the next build, kept by every re-extraction after, and undone when they break it.
import { cp, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/lib/dataset/schema';
import { compileDataset } from '../../src/lib/server/compileDataset';
import { recordDecisions } from '../../src/lib/server/curationWriter';
import { addArticle } from '../../src/lib/server/corpusWriter';
import { articleFromFile } from '../../src/lib/server/articleFromFile';

let data: string;
let datasetFile: string;
beforeEach(async () => {
	data = await mkdtemp(path.join(tmpdir(), 'entente-curation-'));
	await cp(path.resolve('data'), data, { recursive: true });
	datasetFile = path.join(data, 'dataset.json');
});

const OCT = '000_9aa84c4f3abaae7f';
const built = async (): Promise<Dataset> => JSON.parse(await readFile(datasetFile, 'utf8'));

describe('review decisions', () => {
	it('reject a relation: the file keeps its items and comments, and the relation is gone for good', async () => {
		const before = await compileDataset(data);
		const supply = before.relations.find(
			(r) => r.type === 'supply' && r.source === 'CHN' && r.modality === 'asserted'
		);
		expect(supply).toBeDefined();
		const quote = supply?.evidence.find((e) => !e.origin)?.quote as string;
		await recordDecisions(
			data,
			'004_3a0463082a3d97f4',
			{ relations: [{ action: 'reject', type: 'supply', source: 'CHN', target: 'RUS', quote }] },
			datasetFile
		);
		const yaml = await readFile(path.join(data, 'curated/004_3a0463082a3d97f4.yaml'), 'utf8');
		expect(yaml).toContain('# Curation for 004_3a0463082a3d97f4');
		expect(yaml).toContain('quote: Il s’agit de la 43e rencontre entre Xi et Poutine.');
		expect(yaml).toMatch(/action: reject\n\s+type: supply\n\s+source: CHN\n\s+target: RUS/);
		const gone = (d: Dataset) =>
			!d.relations.some((r) => r.type === 'supply' && r.evidence.some((e) => e.quote === quote));
		expect(gone(await built())).toBe(true);
		// Re-extraction (another build from the same files) keeps the decision.
		expect(gone(await compileDataset(data))).toBe(true);
	});

	it('add a relation from selected words, and replace an earlier decision on it', async () => {
		const quote = 'Poutine et Xi devraient « discuter en détails de toute une série de questions »';
		const text =
			(await compileDataset(data)).articles.find((a) => a.id === '004_3a0463082a3d97f4')?.text ??
			'';
		const words = text.includes(quote)
			? quote
			: (text.match(/Poutine et Xi devraient[^.]{10,40}/)?.[0] as string);
		const decision = {
			type: 'talks' as const,
			source: 'vladimir-putin',
			target: 'xi-jinping',
			quote: words
		};
		await recordDecisions(
			data,
			'004_3a0463082a3d97f4',
			{ relations: [{ action: 'reject', ...decision }] },
			datasetFile
		);
		await recordDecisions(
			data,
			'004_3a0463082a3d97f4',
			{ relations: [{ action: 'add', ...decision, date: '2024-05-16', modality: 'planned' }] },
			datasetFile
		);
		const yaml = await readFile(path.join(data, 'curated/004_3a0463082a3d97f4.yaml'), 'utf8');
		expect(yaml.split(words).length - 1).toBe(1);
		const talks = (await built()).relations.find(
			(r) =>
				r.type === 'talks' &&
				r.date === '2024-05-16' &&
				r.evidence.some((e) => e.quote === words && e.origin)
		);
		expect(talks?.modality).toBe('planned');
	});

	it('merge a person found by the patterns into a known actor, in a new curation file', async () => {
		const article = await articleFromFile(
			path.resolve('tests/fixtures/articles/fr-ruto-washington.md')
		);
		await addArticle(path.join(data, 'articles'), article);
		const before = await compileDataset(data);
		const mudavadi = before.mentions.filter(
			(m) => m.article === article.id && m.entity === 'musalia-mudavadi'
		);
		expect(mudavadi.length).toBeGreaterThan(0);
		await recordDecisions(
			data,
			article.id,
			{ mentions: mudavadi.map((m) => ({ quote: m.text, occurrence: 1, entity: 'joe-biden' })) },
			datasetFile
		);
		const after = await built();
		expect(
			after.mentions.filter((m) => m.article === article.id && m.entity === 'musalia-mudavadi')
		).toEqual([]);
		expect(await readFile(path.join(data, `curated/${article.id}.yaml`), 'utf8')).toMatch(
			new RegExp(`^article: ${article.id}\\nmentions:\\n  - quote: Musalia Mudavadi`)
		);
	});

	it('undoes a decision the build refuses, leaving the file as it was', async () => {
		const file = path.join(data, 'curated/000_9aa84c4f3abaae7f.yaml');
		const before = await readFile(file, 'utf8');
		await expect(
			recordDecisions(
				data,
				OCT,
				{
					relations: [
						{
							action: 'add',
							type: 'meeting',
							source: 'nobody-known',
							target: 'xi-jinping',
							quote: 'Xi Jinping'
						}
					]
				},
				datasetFile
			)
		).rejects.toThrow(/unknown entity id nobody-known/);
		expect(await readFile(file, 'utf8')).toBe(before);
	});
});
