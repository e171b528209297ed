// npm run import:petrarch -- [--vendor ../shared/vendor]: the English verb phrases of the
// PETRARCH2 event coder (openeventdata/petrarch2, CAMEO.2.0.txt, MIT; format in its
// dictionaries.rst) → data/lexicon/petrarch-en.yaml, a trigger lexicon like en.yaml.
//
// What fits Entente's matcher is converted, the rest left out and counted:
// - a block's verbs are synonyms: each pattern of the block applies to all of them, written as
//   one entry with the verbs as alternatives ("ask/enquire/request … help");
// - patterns after the verb only ("- * OBJECT (PREP NOUN) [code]"): a noun may have words
//   before it (a gap), a braced phrase is consecutive, a prepositional phrase may have a few
//   words between preposition and noun; nouns match their plural too; synsets (&WEAPON) become
//   alternatives of their one-word members;
// - a verb's or block's own code (the verb alone makes the event) only for event classes where
//   the verb alone says it without a parser's help: appeals (02), phone calls, visits and hosts
//   (041–043), support and praise (05), and 10–20 (demands to force); generic consultation (040),
//   statements (01), intentions (03: they need a complement) and investigations (09) are left out;
// - patterns with actors or words before the verb, or PETRARCH's $ + % ^ markers, are left out.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pluralize from 'pluralize';
import { stringify } from 'yaml';
import { InputError } from '../src/lib/errors';
import type { RelationType } from '../src/lib/types';
import { runCli } from './cli';

/** The readable type of a CAMEO code, or undefined when Entente does not import it. */
function typeOfCode(code: string): RelationType | undefined {
	const root = code.slice(0, 2);
	const three = code.slice(0, 3);
	switch (root) {
		case '02':
			return 'request';
		case '03':
			return 'agreement';
		case '04':
			if (three === '041' || three === '045' || three === '046') return 'talks';
			if (three === '042') return 'visit';
			return 'meeting';
		case '05':
			if (three === '051' || three === '055' || three === '056') return 'congratulation';
			if (three === '057') return 'agreement';
			return 'support';
		case '06':
			return 'cooperation';
		case '07':
			return 'aid';
		case '08':
			return Number(three) >= 84 ? 'withdrawal' : 'concession';
		case '10':
			return 'request';
		case '11':
			if (three === '112' || three === '115') return 'accusation';
			if (three === '114') return 'protest';
			return 'criticism';
		case '12':
			return 'rejection';
		case '13':
			return 'threat';
		case '14':
			return 'protest';
		case '15':
			return 'mobilization';
		case '16':
			return 'sanctions';
		case '17':
			return three === '171' && code === '1712' ? 'conflict' : 'coercion';
		case '18':
		case '20':
			return 'conflict';
		case '19':
			return three === '191' || three === '192' ? 'coercion' : 'conflict';
		default:
			return undefined; // 01 statements, 09 investigations
	}
}

/** Codes a verb alone may carry (see the header). */
function isolatedVerbCode(code: string): boolean {
	const root = Number(code.slice(0, 2));
	const three = code.slice(0, 3);
	return (
		root === 2 || three === '041' || three === '042' || three === '043' || root === 5 || root >= 10
	);
}

// A verb alone (without a parser to find its subject and object) made more false events than
// true ones on the evaluation sets: only patterns with an object are imported.
const INCLUDE_ISOLATED = false;

const lower = (w: string) => w.toLowerCase().replace(/_/g, ' ');

interface Block {
	verbs: string[];
	line: number;
}

interface Entry {
	verb: string;
	type: RelationType;
	cameo: string;
	host?: boolean;
	note: string;
}

await runCli(async () => {
	const { values } = parseArgs({ options: { vendor: { type: 'string' } } });
	const vendor = path.resolve(values.vendor ?? '../shared/vendor');
	const file = path.join(vendor, 'petrarch2', 'CAMEO.2.0.txt');
	const lines = (
		await readFile(file, 'utf8').catch(() => {
			throw new InputError(file, 'cannot read the PETRARCH2 verb dictionary');
		})
	).split('\n');
	const synsets = new Map<string, string[]>();
	let synset: string | undefined;
	let block: Block | undefined;
	let blockCode: string | undefined;
	const entries: Entry[] = [];
	const skipped: Record<string, number> = {};
	const skip = (why: string) => (skipped[why] = (skipped[why] ?? 0) + 1);
	const seen = new Set<string>();
	const push = (e: Entry) => {
		const key = `${e.verb}|${e.cameo}`;
		if (seen.has(key)) return skip('duplicate');
		seen.add(key);
		entries.push(e);
	};

	lines.forEach((raw, i) => {
		const line = raw.replace(/#.*$/, '').trimEnd();
		if (!line.trim()) return;
		if (line.startsWith('&')) {
			synset = line.trim();
			synsets.set(synset, []);
			return;
		}
		if (synset && line.startsWith('+') && !block) {
			const word = line.slice(1).trim().replace(/_$/, '');
			if (!/\s|_/.test(word)) synsets.get(synset)?.push(word.toLowerCase());
			return;
		}
		const header = /^---\s+(\S+)\s+\[([^\]]*)\]\s+---/.exec(line);
		if (header) {
			synset = undefined;
			block = { verbs: [], line: i + 1 };
			blockCode = /^\d{2,4}/.exec(header[2] ?? '')?.[0];
			return;
		}
		if (!block) return;
		if (line.startsWith('-')) {
			const m = /^-\s+\*\s+(.*?)\s*\[([^\]]*)\]\s*$/.exec(line);
			if (!m) return skip('words or actors before the verb');
			const [, words = '', codes = ''] = m;
			const code = /^\d{2,4}/.exec(codes)?.[0];
			if (!code) return skip('no code');
			const type = typeOfCode(code);
			if (!type) return skip(`CAMEO ${code.slice(0, 2)}`);
			if (/[$+%^]/.test(words)) return skip('PETRARCH markers');
			const phrase = convertWords(words, synsets);
			if (!phrase) return skip('unusable words');
			// A preposition alone ("rush … to") says too little without a parse.
			if (
				!/\b[a-z]{4,}/.test(
					phrase
						.replace(/…/g, '')
						.replace(/\b(?:to|in|on|at|of|for|with|from|into|over|against|about|by)\b/g, '')
				)
			)
				return skip('no object noun');
			if (!block.verbs.length) return skip('no verb');
			push({
				verb: `${block.verbs.join('/')} ${phrase}`,
				type,
				cameo: code,
				...(code.startsWith('043') ? { host: true } : {}),
				note: `CAMEO.2.0.txt:${i + 1}`
			});
			return;
		}
		// A verb of the block: "ASK [020]", "+ASK_FOR {…} [020]", "SPEED {SPEEDING …}".
		const verb = /^\+?([A-Z][A-Z_+-]*)\s*(?:\{[^}]*\})?\s*(?:\[([^\]]*)\])?/.exec(line.trim());
		if (!verb) return;
		const words = lower((verb[1] ?? '').replace(/\+/g, ''));
		if (/\s/.test(words)) {
			// A multi-word verb ("call off"): its own entry; it does not join the block's alternatives.
			const code = /^\d{2,4}/.exec(verb[2] ?? '')?.[0] ?? blockCode;
			const type = code ? typeOfCode(code) : undefined;
			if (code && type && isolatedVerbCode(code) && INCLUDE_ISOLATED)
				push({ verb: words, type, cameo: code, note: `CAMEO.2.0.txt:${i + 1}` });
			return;
		}
		block.verbs.push(words);
		const code = /^\d{2,4}/.exec(verb[2] ?? '')?.[0] ?? blockCode;
		const type = code ? typeOfCode(code) : undefined;
		if (code && type && isolatedVerbCode(code) && INCLUDE_ISOLATED)
			push({
				verb: words,
				type,
				cameo: code,
				...(code.startsWith('043') ? { host: true } : {}),
				note: `CAMEO.2.0.txt:${i + 1}`
			});
	});

	const out = path.resolve('data/lexicon/petrarch-en.yaml');
	const header = [
		'# English verb phrases of the PETRARCH2 event coder, each with its CAMEO code.',
		'# Source: openeventdata/petrarch2 @ 676801cd, petrarch2/data/dictionaries/CAMEO.2.0.txt',
		'# (Copyright (c) 2015 Open Event Data Alliance, MIT licence). Generated by',
		'# `npm run import:petrarch` (scripts/import-petrarch.ts says what is converted and why);',
		'# edit the script, not this file. The hand-written en.yaml takes precedence where both match.',
		`# ${entries.length} entries; left out: ${Object.entries(skipped)
			.map(([k, v]) => `${k} ${v}`)
			.join(', ')}.`,
		''
	].join('\n');
	await writeFile(
		out,
		header +
			stringify(
				{
					language: 'en',
					source: 'PETRARCH2 CAMEO.2.0.txt (MIT)',
					triggers: entries
				},
				{ lineWidth: 0, flowCollectionPadding: true }
			)
	);
	console.log(`${entries.length} entries → ${path.relative(process.cwd(), out)}`);
	console.log(`left out: ${JSON.stringify(skipped)}`);
});

/**
 * A pattern's words after the verb in Entente's syntax: "… aid/aids", "… to … border/borders",
 * "… financial aid/aids"; undefined when they cannot be written so.
 */
function convertWords(words: string, synsets: Map<string, string[]>): string | undefined {
	const parts: string[] = [];
	// Tokens: braced phrases, parenthesised prepositional phrases, single words or synsets.
	const re = /\{([^}]*)\}|\(([^)]*)\)|(\S+)/g;
	for (const m of words.matchAll(re)) {
		if (m[1] !== undefined) {
			const phrase = noun(m[1], synsets);
			if (!phrase) return undefined;
			parts.push('…', phrase);
		} else if (m[2] !== undefined) {
			const [prep, ...rest] = m[2].trim().split(/\s+/);
			if (!prep || /^[&{]/.test(prep)) return undefined;
			parts.push('…', lower(prep));
			if (rest.length) {
				const inner = rest.join(' ').replace(/^\{|\}$/g, '');
				const phrase = noun(inner, synsets);
				if (!phrase) return undefined;
				parts.push('…', phrase);
			}
		} else {
			const phrase = noun(m[3] as string, synsets);
			if (!phrase) return undefined;
			parts.push('…', phrase);
		}
	}
	return parts.length ? parts.join(' ') : undefined;
}

/** A noun phrase whose last word (its head) also matches its plural. */
function noun(phrase: string, synsets: Map<string, string[]>): string | undefined {
	const words = phrase
		.trim()
		.split(/[\s_]+/)
		.filter(Boolean);
	const out: string[] = [];
	for (const [k, w] of words.entries()) {
		const last = k === words.length - 1;
		let forms: string[];
		if (w.startsWith('&')) {
			const members = synsets.get(w);
			if (!members?.length || members.length > 40) return undefined;
			forms = members;
		} else forms = [w.toLowerCase()];
		if (forms.some((f) => !/^[a-z]+$/.test(f))) return undefined;
		if (last) forms = [...new Set(forms.flatMap((f) => [f, pluralize(f)]))];
		out.push(forms.join('/'));
	}
	return out.join(' ');
}
