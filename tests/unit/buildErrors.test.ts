// A bad input file fails the data-set build with its file and line, never a stack trace.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/lib/errors';
import { compileDataset } from '../../src/lib/server/compileDataset';
import { DATA } from '../helpers/corpus';

async function dataCopy(): Promise<string> {
	const dir = await mkdtemp(path.join(tmpdir(), 'entente-data-'));
	await cp(DATA, dir, { recursive: true });
	return dir;
}

async function failure(edit: (dir: string) => Promise<void>): Promise<InputError> {
	const dir = await dataCopy();
	await edit(dir);
	const error = await compileDataset(dir).then(
		() => undefined,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(InputError);
	return error as InputError;
}

const CURATION = 'curated/004_3a0463082a3d97f4.yaml';
async function replaceIn(dir: string, file: string, from: string, to: string) {
	const full = path.join(dir, file);
	const text = await readFile(full, 'utf8');
	expect(text).toContain(from);
	await writeFile(full, text.replace(from, to));
}

describe.concurrent('data-set build refuses bad input', { timeout: 60_000 }, () => {
	it('a curated quote that is not in the article', async () => {
		const e = await failure((d) =>
			replaceIn(d, CURATION, 'quote: Ils devraient également signer', 'quote: Ils devraient signer')
		);
		expect(e.file).toMatch(/004_3a0463082a3d97f4\.yaml$/);
		expect(e.line).toBe(18);
		expect(e.problem).toMatch(/quote not found verbatim/);
	});

	it('a curated relation with an unknown entity id', async () => {
		const e = await failure((d) =>
			replaceIn(
				d,
				CURATION,
				'source: xi-jinping\n    target: FRA',
				'source: xi-jinpign\n    target: FRA'
			)
		);
		expect(e.line).toBe(22);
		expect(e.problem).toMatch(/unknown entity id xi-jinpign/);
	});

	it('a curated date that does not exist', async () => {
		const e = await failure((d) =>
			replaceIn(
				d,
				CURATION,
				'date: 2024-05-16\n    modality: planned',
				'date: 2024-02-30\n    modality: planned'
			)
		);
		expect(e.line).toBe(16);
		expect(e.problem).toMatch(/date must be/);
	});

	it('a gazetteer country code that is not ISO 3166', async () => {
		const e = await failure((d) =>
			replaceIn(d, 'gazetteer/people.yaml', 'country: UKR', 'country: UKX')
		);
		expect(e.file).toMatch(/people\.yaml$/);
		expect(e.problem).toMatch(/country: expected an ISO 3166-1 alpha-3|unknown country code UKX/);
		expect(e.line).toBeGreaterThan(1);
	});

	it('a gazetteer alias that would name two people', async () => {
		const e = await failure((d) =>
			replaceIn(d, 'gazetteer/people.yaml', 'aliases: [Lavrov,', 'aliases: [Xi, Lavrov,')
		);
		expect(e.file).toMatch(/gazetteer\/people\.yaml$/);
		expect(e.problem).toMatch(/"Xi" names both sergei-lavrov and xi-jinping/);
		const lines = (await readFile(path.join(DATA, 'gazetteer/people.yaml'), 'utf8')).split('\n');
		expect(lines[(e.line ?? 0) - 1]).toContain('aliases: [Lavrov,');
	});

	it('a generated country form that another country has', async () => {
		const e = await failure((d) =>
			replaceIn(
				d,
				'gazetteer/factbook/countries.yaml',
				'seats: [Ouagadougou]',
				'seats: [Ouagadougou, Dakar]'
			)
		);
		expect(e.file).toMatch(/factbook\/countries\.yaml$/);
		expect(e.problem).toMatch(/"Dakar" names both BFA and SEN/);
		expect(e.line).toBeGreaterThan(1);
	});

	it('one person given two countries by two files', async () => {
		const e = await failure((d) =>
			replaceIn(d, 'gazetteer/ministers.yaml', 'country: RUS', 'country: BLR')
		);
		expect(e.file).toMatch(/ministers\.yaml$/);
		expect(e.problem).toMatch(/sergei-lavrov is given country BLR here but RUS earlier/);
		expect(e.line).toBeGreaterThan(1);
	});

	it('two articles with the same id', async () => {
		const e = await failure(async (d) => {
			const source = path.join(d, 'articles/000_9aa84c4f3abaae7f.md');
			await writeFile(path.join(d, 'articles/zz-copy.md'), await readFile(source));
		});
		expect(e.message).toMatch(/zz-copy\.md:2: duplicate article id 000_9aa84c4f3abaae7f/);
	});

	it('npm run data exits 1 with one line naming the file', async () => {
		const dir = await dataCopy();
		await writeFile(
			path.join(dir, 'curated/broken.yaml'),
			'article: 004_3a0463082a3d97f4\nrelations:\n  - action: add\n    type: meating\n'
		);
		const result = await promisify(execFile)(
			path.resolve('node_modules/.bin/tsx'),
			['scripts/build-dataset.ts'],
			{
				env: { ...process.env, ENTENTE_DATA_DIR: dir, ENTENTE_DATASET: path.join(dir, 'out.json') }
			}
		).then(
			() => ({ code: 0, stderr: '' }),
			(e: { code: number; stderr: string }) => e
		);
		expect(result.code).toBe(1);
		expect(result.stderr.trim().split('\n')).toHaveLength(1);
		expect(result.stderr).toMatch(/broken\.yaml:4: .*type/);
	});
});
