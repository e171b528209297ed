import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{ languageOptions: { globals: { ...globals.browser, ...globals.node } } },
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		rules: {
			// Article text is user input: never render it as markup.
			'svelte/no-at-html-tags': 'error',
			// Links carry the URL filters, so their hrefs come from helpers that start from
			// resolve() (see routes/network/+page.svelte): the rule cannot follow them there.
			'svelte/no-navigation-without-resolve': ['error', { ignoreLinks: true }],
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', ignoreRestSiblings: true }
			]
		}
	},
	{ ignores: ['build/', '.svelte-kit/', 'node_modules/', 'generated/', 'dist/', 'export/'] }
);
