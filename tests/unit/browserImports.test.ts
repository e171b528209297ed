// What the browser bundle may not hold: zod and the curation schema (server-side validation,
// some 35 KB gzipped) must not reach it through the code pages run. Follows the value imports
// (not `import type`) from every component and page, as the bundler would.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve('src');
const IMPORT =
	/^\s*(?:import|export)\s+(?!type\b)(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;

function resolve(from: string, specifier: string): string | undefined {
	const base = specifier.startsWith('$lib/')
		? path.join(SRC, 'lib', specifier.slice(5))
		: specifier.startsWith('.')
			? path.resolve(path.dirname(from), specifier)
			: undefined;
	if (!base) return undefined;
	for (const candidate of [base, `${base}.ts`, `${base}.js`, path.join(base, 'index.ts')])
		if (existsSync(candidate) && !candidate.endsWith('/')) return candidate;
	return undefined;
}

/** Every package a file imports for its values, and the chain of files that led there. */
function packagesReached(entries: string[]): Map<string, string[]> {
	const reached = new Map<string, string[]>();
	const seen = new Set<string>();
	const walk = (file: string, chain: string[]) => {
		if (seen.has(file) || file.includes(`${path.sep}server${path.sep}`)) return;
		seen.add(file);
		const text = readFileSync(file, 'utf8');
		// A component's module and instance scripts; the markup imports nothing.
		const code = file.endsWith('.svelte')
			? [...text.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n')
			: text;
		for (const [, staticImport, dynamicImport] of code.matchAll(IMPORT)) {
			const specifier = staticImport ?? dynamicImport;
			if (!specifier) continue;
			const target = resolve(file, specifier);
			if (target && /\.(?:ts|js|svelte)$/.test(target))
				walk(target, [...chain, path.relative(SRC, target)]);
			else if (!target && !specifier.startsWith('$') && !specifier.startsWith('.'))
				if (!reached.has(specifier)) reached.set(specifier, chain);
		}
	};
	for (const entry of entries) walk(entry, [path.relative(SRC, entry)]);
	return reached;
}

function browserEntries(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) return browserEntries(full);
		// +page.server.ts and +server.ts run on the server only.
		return /\.svelte$|^\+page\.ts$|^\+layout\.ts$/.test(entry.name) ? [full] : [];
	});
}

describe('the browser bundle', () => {
	it('reaches no zod from any page or component', () => {
		const entries = [
			...browserEntries(path.join(SRC, 'routes')),
			...browserEntries(path.join(SRC, 'lib'))
		];
		expect(entries.length).toBeGreaterThan(20);
		const reached = packagesReached(entries);
		expect(reached.get('zod'), `zod through ${reached.get('zod')?.join(' → ')}`).toBeUndefined();
		// The walk does find the packages pages use.
		expect(reached.has('@observablehq/plot')).toBe(true);
	});
});
