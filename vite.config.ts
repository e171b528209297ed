import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node',
		// Some tests start the command-line tools as processes (tsx, the gazetteer and the
		// lexicon loaded from scratch): seconds each on a busy 2-core machine.
		testTimeout: 20_000
	}
});
