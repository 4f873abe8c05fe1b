// @ts-check
import { defineConfig, globalIgnores } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default defineConfig(
	// Built output, generated types, dependencies, fixtures that copy other sites' pages as they are, and the
	// Starlight project `npm run bench` compares with, which is Starlight's defaults and not ours to lint.
	globalIgnores(['dist/', '.astro/', 'node_modules/', 'tests/fixtures/', 'tests/.artifacts/', 'bench/starlight/']),
	tseslint.configs.recommended,
	astro.configs.recommended,
	// The island is Preact, whose hooks follow the same rules as React's: the recommended set, minus the
	// React Compiler rules it also bundles. Those know hooks by their import from 'react', so they take a
	// Preact ref for a frozen hook value and report every `ref.current = …` as an error.
	{
		files: ['src/**/*.tsx'],
		extends: [reactHooks.configs.flat.recommended],
		rules: Object.fromEntries(
			Object.keys(reactHooks.configs.flat.recommended.rules ?? {})
				.filter((rule) => rule !== 'react-hooks/rules-of-hooks' && rule !== 'react-hooks/exhaustive-deps')
				.map((rule) => [rule, 'off']),
		),
	},
	{
		rules: {
			// Not in typescript-eslint's set (it comes with eslint:recommended, from @eslint/js, which is not
			// installed); control characters in a pattern are almost always a mistake, so the few deliberate ones say so.
			'no-control-regex': 'error',
		},
	},
);
