import { defineConfig } from 'vitest/config';

// Four projects: fast checks of pure code and content first, then checks of the built site in dist/
// (npm test builds it first) and in a real browser.
export default defineConfig({
	test: {
		// `npm run coverage`: the pure logic in src/lib/, as the unit and content tests exercise it (the build and
		// browser tests run the built site, so V8 cannot attribute their work to these files).
		coverage: {
			provider: 'v8',
			include: ['src/lib/**/*.{ts,tsx}'],
			reporter: ['text', 'html'],
			// Ignored by git, ESLint and Prettier.
			reportsDirectory: 'tests/.artifacts/coverage',
			thresholds: { lines: 90 },
		},
		projects: [
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			{ test: { name: 'content', include: ['tests/content/**/*.test.ts'] } },
			{ test: { name: 'build', include: ['tests/build/**/*.test.ts'], globalSetup: ['tests/helpers/require-dist.ts'] } },
			{
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					globalSetup: ['tests/helpers/require-dist.ts'],
					testTimeout: 60_000,
					hookTimeout: 60_000,
					// One browser at a time: the machines have two cores.
					fileParallelism: false,
				},
			},
		],
	},
});
