// npm run proof:crash — kill -9 during saves, in a bounded loop on localhost: each round starts
// the built server on the same temporary copy of data/ (with a test editing token), starts
// saving a new article from the form, kills the server (SIGKILL) at a random moment of the save,
// and starts it again. After every restart: the data set is valid JSON that passes its schema;
// every article file is whole (it parses, and its text is the one sent); every save answered
// before the kill is on disk; a lock left by the killed save is taken over; and every article on
// disk, the one the kill interrupted included, becomes visible without another save. A last save
// must go through. Prints the figures; exits 1 on any article lost or half-written, an invalid
// data set, an article that stays invisible, or a lock never recovered. PROOF_ROUNDS (20),
// PROOF_SEED (1).
import { randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { datasetSchema } from '../src/lib/dataset/schema';
import { parseArticle } from '../src/lib/dataset/parseArticle';
import { LOCK_NAME } from '../src/lib/server/dataLock';
import type { RunningApp } from './serveBuild';
import { runCli } from './cli';
import { seededRandom } from './generateCorpus';
import { proofData, serveProof, type ProofData } from './proofServer';

const ROUNDS = Number(process.env.PROOF_ROUNDS ?? 20);
const SEED = Number(process.env.PROOF_SEED ?? 1);
const TOKEN = randomBytes(18).toString('base64url');
/** How long an article on disk may take to show after a restart (a stale lock is 10 s). */
const VISIBLE_WITHIN_MS = 40_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** The text saved in round `n`: a meeting the extractor finds, and a marker of the round. */
const textOf = (n: number) =>
	`Xi Jinping met Vladimir Putin in Beijing on Tuesday. The two leaders signed an agreement on energy. Crash proof round ${n}, ${'of several sentences. '.repeat(3)}`;

async function editorCookie(app: RunningApp): Promise<string> {
	const response = await fetch(`${app.url}/ingest?/unlock`, {
		method: 'POST',
		headers: { origin: app.url, 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ token: TOKEN }),
		redirect: 'manual'
	});
	const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
	if (!cookie.startsWith('entente_edit=')) throw new Error('the test token did not unlock editing');
	return cookie;
}

/** Saves round `n`'s article: the page it was saved as, or what was answered instead. */
async function save(app: RunningApp, cookie: string, n: number): Promise<string> {
	const response = await fetch(`${app.url}/ingest?/save`, {
		method: 'POST',
		headers: {
			origin: app.url,
			cookie,
			accept: 'application/json',
			'content-type': 'application/x-www-form-urlencoded'
		},
		body: new URLSearchParams({
			text: textOf(n),
			title: `Crash proof round ${n}`,
			date: '2024-05-16',
			lang: 'en',
			source: 'proof:crash',
			url: ''
		})
	});
	const answer = (await response.json()) as { type: string; location?: string; data?: string };
	return answer.type === 'redirect' ? (answer.location ?? '') : `${answer.type}: ${answer.data}`;
}

interface Check {
	failures: string[];
	/** Articles on disk, by id, with the round their text names. */
	articles: Map<string, number>;
	temporaries: number;
}

/** What must hold after a restart (see the header). */
async function check(data: ProofData, acknowledged: Set<string>): Promise<Check> {
	const failures: string[] = [];
	try {
		const parsed = datasetSchema.safeParse(JSON.parse(await readFile(data.datasetFile, 'utf8')));
		if (!parsed.success) failures.push('the data set does not pass its schema');
	} catch {
		failures.push('the data set is not valid JSON');
	}
	const dir = path.join(data.dataDir, 'articles');
	const names = await readdir(dir);
	const articles = new Map<string, number>();
	for (const name of names.filter((n) => n.endsWith('.md') && !n.startsWith('.'))) {
		try {
			const article = parseArticle(name, await readFile(path.join(dir, name), 'utf8'));
			const round = /Crash proof round (\d+),/.exec(article.text)?.[1];
			if (round && article.text !== textOf(Number(round)))
				failures.push(`${name} is not the text that was sent (half-written?)`);
			articles.set(article.id, Number(round ?? -1));
		} catch (failure) {
			failures.push(
				`${name} does not parse: ${failure instanceof Error ? failure.message : failure}`
			);
		}
	}
	for (const page of acknowledged)
		if (!articles.has(page.replace(/^\/articles\//, '')))
			failures.push(`${page} was saved and answered, and is lost`);
	const temporaries = names.filter((n) => n.startsWith('.') && n.endsWith('.tmp')).length;
	return { failures, articles, temporaries };
}

/** Milliseconds until every article of `ids` answers 200, or undefined past the limit. */
async function visibleAfter(app: RunningApp, ids: string[]): Promise<number | undefined> {
	const start = performance.now();
	let waiting = [...ids];
	while (waiting.length) {
		if (performance.now() - start > VISIBLE_WITHIN_MS) return undefined;
		const statuses = await Promise.all(
			waiting.map(async (id) => (await fetch(`${app.url}/articles/${id}`)).status)
		);
		waiting = waiting.filter((_, i) => statuses[i] !== 200);
		if (waiting.length) await sleep(200);
	}
	return performance.now() - start;
}

await runCli(async () => {
	const random = seededRandom(SEED);
	const data = await proofData();
	const env = { ENTENTE_EDIT_TOKEN: TOKEN };
	const failures: string[] = [];
	const acknowledged = new Set<string>();
	const figures = {
		answeredBeforeKill: 0,
		killedMidSave: 0,
		locksLeft: 0,
		locksRecovered: 0,
		writtenButUnanswered: 0,
		visibleMs: [] as number[],
		saveMs: [] as number[],
		killAtMs: [] as number[]
	};
	const lockFile = path.join(data.dataDir, LOCK_NAME);
	/** The lock's modification time (proper-lockfile refreshes it), or undefined when free. */
	const lockMtime = () => statSync(lockFile, { throwIfNoEntry: false })?.mtimeMs;
	/** A lock a kill left that no save has been seen to take over yet (its mtime). */
	let pending: number | undefined;
	const initial = await check(data, acknowledged);
	let known = new Set<string>(initial.articles.keys());
	// A first save, not killed, times a save (with its rebuild) to choose when to kill the others.
	let app = await serveProof(data, env);
	await visibleAfter(app, [...known]);
	const started = performance.now();
	const first = await save(app, await editorCookie(app), 0);
	const typical = performance.now() - started;
	if (!first.startsWith('/articles/')) throw new Error(`the first save failed: ${first}`);
	acknowledged.add(first);
	app.stop('SIGKILL');
	const began = performance.now();

	for (let round = 1; round <= ROUNDS + 1; round++) {
		app = await serveProof(data, env);
		const state = await check(data, acknowledged);
		failures.push(...state.failures.map((f) => `round ${round}: ${f}`));
		// Every article on disk shows, the one the last kill interrupted too, with no save since.
		const fresh = [...state.articles.keys()].filter((id) => !known.has(id));
		const unanswered = fresh.filter((id) => !acknowledged.has(`/articles/${id}`));
		figures.writtenButUnanswered += unanswered.length;
		const visible = await visibleAfter(app, [...state.articles.keys()]);
		if (visible === undefined)
			failures.push(
				`round ${round}: articles on disk still invisible after ${VISIBLE_WITHIN_MS / 1000} s`
			);
		else figures.visibleMs.push(visible);
		known = new Set(state.articles.keys());
		const cookie = await editorCookie(app);
		if (round > ROUNDS) {
			// The last save, after the last kill: it must go through, a lock left or not.
			const start = performance.now();
			const last = await save(app, cookie, round);
			figures.saveMs.push(performance.now() - start);
			if (!last.startsWith('/articles/')) failures.push(`the last save failed: ${last}`);
			// It held the lock to save: one left before it was taken over.
			else if (pending !== undefined) figures.locksRecovered++;
			acknowledged.add(last);
			if (
				last.startsWith('/articles/') &&
				(await visibleAfter(app, [last.slice(10)])) === undefined
			)
				failures.push('the last save is not visible');
			app.stop('SIGTERM');
			break;
		}
		// The save of this round takes the lock the last kill may have left: it is recovered when
		// the save goes through, or the lock is held again by this save (killed in turn).
		const killAt = random() * typical * 1.2;
		figures.killAtMs.push(killAt);
		const start = performance.now();
		const saving = save(app, cookie, round).then(
			(answer) => ({ answer, ms: performance.now() - start }),
			() => ({ answer: 'cut', ms: performance.now() - start })
		);
		const outcome = await Promise.race([saving, sleep(killAt).then(() => undefined)]);
		app.stop('SIGKILL');
		const { answer, ms } = outcome ?? (await saving);
		if (outcome && answer.startsWith('/articles/')) {
			figures.answeredBeforeKill++;
			figures.saveMs.push(ms);
			acknowledged.add(answer);
		} else if (outcome) failures.push(`round ${round}: the save failed before the kill: ${answer}`);
		else figures.killedMidSave++;
		// The process is gone at once with SIGKILL; what it left on disk is what counts. A lock
		// gone or another (a new mtime) means the one left before was taken over.
		await sleep(50);
		const lock = lockMtime();
		if (pending !== undefined && lock !== pending) {
			figures.locksRecovered++;
			pending = undefined;
		}
		if (lock !== undefined && pending === undefined) {
			figures.locksLeft++;
			pending = lock;
		}
	}
	if (pending !== undefined) failures.push('a lock left by a kill was never taken over');
	const seconds = (performance.now() - began) / 1000;
	const final = await check(data, acknowledged);
	failures.push(...final.failures);

	console.log(
		`${ROUNDS} rounds of kill -9 during a save in ${seconds.toFixed(0)} s, seed ${SEED}; a save with its rebuild took ${typical.toFixed(0)} ms, kills at 0–${(typical * 1.2).toFixed(0)} ms (median ${median(figures.killAtMs).toFixed(0)} ms)`
	);
	console.log(
		`saves answered before the kill: ${figures.answeredBeforeKill}; killed mid-save: ${figures.killedMidSave}, of which written to disk without an answer: ${figures.writtenButUnanswered}`
	);
	console.log(
		`locks left by a kill: ${figures.locksLeft}, taken over afterwards: ${figures.locksRecovered}; hidden temporaries left: ${final.temporaries}`
	);
	console.log(
		`articles on disk at the end: ${final.articles.size} (answered saves: ${acknowledged.size}, all present: ${[...acknowledged].every((p) => final.articles.has(p.slice(10)))}); every file whole, the data set valid JSON passing its schema after every restart`
	);
	console.log(
		`after a restart, every article on disk visible in: median ${median(figures.visibleMs).toFixed(0)} ms, max ${Math.max(...figures.visibleMs).toFixed(0)} ms; saves that went through: median ${median(figures.saveMs).toFixed(0)} ms, max ${Math.max(...figures.saveMs).toFixed(0)} ms`
	);
	if (failures.length) {
		console.log(`${failures.length} FAILURES:`);
		for (const failure of failures.slice(0, 30)) console.log(`  ${failure}`);
		process.exitCode = 1;
	} else {
		console.log(
			'no article lost or half-written, every lock recovered, every article visible: PASS'
		);
		await rm(data.dir, { recursive: true, force: true });
	}
});
