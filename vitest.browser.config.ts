import { defineConfig } from 'vitest/config';

// Browser tests drive Debian's Chromium against the built app (`vite build` first);
// they run one file at a time because each file starts its own server.
export default defineConfig({
	test: {
		include: ['tests/browser/**/*.test.ts'],
		environment: 'node',
		fileParallelism: false,
		testTimeout: 60_000,
		hookTimeout: 120_000
	}
});
