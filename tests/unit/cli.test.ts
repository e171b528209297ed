// The command-line contract: `npm run --silent extract -- FILE [--lang] [--date]` prints one
// JSON object; bad input prints one line naming the file and exits 1, never a stack trace.
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const TSX = path.resolve('node_modules/.bin/tsx');

async function extract(
	...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
	try {
		const { stdout, stderr } = await run(TSX, ['scripts/extract.ts', ...args], {
			maxBuffer: 1 << 24
		});
		return { code: 0, stdout, stderr };
	} catch (error) {
		const e = error as { code: number; stdout: string; stderr: string };
		return { code: e.code, stdout: e.stdout, stderr: e.stderr };
	}
}

let dir: string;
beforeAll(async () => {
	dir = await mkdtemp(path.join(tmpdir(), 'entente-cli-'));
	await writeFile(
		path.join(dir, 'plain.txt'),
		'North Korean leader Kim Jong Un met President Vladimir Putin on Wednesday in Russia.'
	);
	await writeFile(path.join(dir, 'empty.txt'), '');
	await writeFile(path.join(dir, 'latin1.txt'), Buffer.from([0x50, 0xe9, 0x6b, 0x69, 0x6e]));
	await writeFile(path.join(dir, 'binary.md'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
	await writeFile(path.join(dir, 'bad-front.md'), '---\nid: x\ntitle: [unclosed\n---\nText.');
	await writeFile(
		path.join(dir, 'no-id-here.md'),
		'---\ntitle: Talks in Ankara\ndate: 2024-03-08\nlang: en\nsource: test\n---\nTurkey hosted talks.'
	);
	await writeFile(
		path.join(dir, 'bad-date.md'),
		'---\nid: x\ntitle: T\ndate: 2024-02-30\nlang: fr\nsource: s\n---\nTexte.'
	);
});

// Each case starts a Node process (about 1.5 s alone, more when they run side by side).
describe.concurrent('extract CLI', { timeout: 60_000 }, () => {
	it('takes the id from the file name when the front-matter has none', async () => {
		const { code, stdout, stderr } = await extract(path.join(dir, 'no-id-here.md'));
		expect(stderr).toBe('');
		expect(code).toBe(0);
		expect(JSON.parse(stdout).article).toMatchObject({ id: 'no-id-here', date: '2024-03-08' });
	});

	it('prints the contract shape for a corpus article', async () => {
		const { code, stdout } = await extract('data/articles/004_3a0463082a3d97f4.md');
		expect(code).toBe(0);
		const out = JSON.parse(stdout);
		expect(Object.keys(out)).toEqual(
			expect.arrayContaining(['article', 'entities', 'relations', 'indicators'])
		);
		expect(out.article).toMatchObject({
			id: '004_3a0463082a3d97f4',
			date: '2024-05-16',
			lang: 'fr'
		});
		expect(out.entities.find((e: { id: string }) => e.id === 'CHN')).toMatchObject({
			type: 'country',
			iso3: 'CHN'
		});
		expect(out.entities.find((e: { id: string }) => e.id === 'xi-jinping')).toMatchObject({
			type: 'person',
			country: 'CHN'
		});
		const meeting = out.relations.find((r: { type: string }) => r.type === 'meeting');
		expect(meeting.evidence[0]).toEqual(
			expect.objectContaining({
				start: expect.any(Number),
				end: expect.any(Number),
				quote: expect.any(String)
			})
		);
		expect(
			out.indicators.some((i: { value: number; unit: string }) => i.value === 70 && i.unit === '%')
		).toBe(true);
	});

	it('reads a plain text file with --date, detecting its language', async () => {
		const { code, stdout } = await extract(path.join(dir, 'plain.txt'), '--date', '2023-09-13');
		expect(code).toBe(0);
		const out = JSON.parse(stdout);
		expect(out.article).toMatchObject({ lang: 'en', date: '2023-09-13', id: 'plain' });
		expect(out.relations).toContainEqual(
			expect.objectContaining({ type: 'meeting', date: '2023-09-13' })
		);
	});

	const refusals: [string, () => string[], RegExp][] = [
		['a missing file', () => [path.join(dir, 'nope.md')], /nope\.md: no such file/],
		[
			'an empty file',
			() => [path.join(dir, 'empty.txt'), '--date', '2024-01-01'],
			/empty\.txt: the file is empty/
		],
		[
			'a non-UTF-8 file',
			() => [path.join(dir, 'latin1.txt'), '--date', '2024-01-01'],
			/latin1\.txt: .*not valid UTF-8/
		],
		[
			'a binary file',
			() => [path.join(dir, 'binary.md'), '--date', '2024-01-01'],
			/binary\.md: .*binary/
		],
		['bad front-matter', () => [path.join(dir, 'bad-front.md')], /bad-front\.md:3: invalid YAML/],
		[
			'an impossible date in front-matter',
			() => [path.join(dir, 'bad-date.md')],
			/bad-date\.md:4: date must be a real calendar date/
		],
		[
			'an impossible --date',
			() => [path.join(dir, 'plain.txt'), '--date', '2023-13-01'],
			/--date 2023-13-01 is not a real calendar date/
		],
		[
			'a plain file without --date',
			() => [path.join(dir, 'plain.txt')],
			/plain\.txt: no front-matter: give the publication date/
		],
		[
			'an unknown language',
			() => [path.join(dir, 'plain.txt'), '--date', '2024-01-01', '--lang', 'de'],
			/--lang must be fr or en/
		],
		[
			'an unknown option',
			() => [path.join(dir, 'plain.txt'), '--dat', '2024-01-01'],
			/usage: extract FILE/
		]
	];
	it.each(refusals)('refuses %s with one line and exit 1', async (_name, args, message) => {
		const { code, stdout, stderr } = await extract(...args());
		expect(code).toBe(1);
		expect(stdout).toBe('');
		expect(stderr.trim().split('\n')).toHaveLength(1);
		expect(stderr).toMatch(message);
		expect(stderr).not.toMatch(/\bat .*\.(?:ts|js):\d+/);
	});
});
