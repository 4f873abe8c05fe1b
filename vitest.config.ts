import { defineConfig } from 'vitest/config';

// Four projects: fast checks of pure code and content first, then checks of the built site in dist/
// (npm test builds it first) and in a real browser.
export default defineConfig({
	test: {
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
