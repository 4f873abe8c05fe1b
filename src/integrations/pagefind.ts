import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { fileURLToPath } from 'node:url';

/** Fails the build on any Pagefind error instead of shipping a half-written index. */
function assertNoErrors(step: string, errors: readonly string[]): void {
	if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

/**
 * Writes the search index into dist/pagefind/ after every build, so `astro build` alone gives a searchable
 * site. Pagefind reads each page's <html lang> and keeps one index per language, so a German page searches
 * German pages.
 */
export const pagefindIndex = (): AstroIntegration => ({
	name: 'site:pagefind',
	hooks: {
		'astro:build:done': async ({ dir, logger }) => {
			const site = fileURLToPath(dir);
			try {
				const { index, errors } = await pagefind.createIndex();
				assertNoErrors('start', errors);
				if (!index) throw new Error('Pagefind returned no index');
				const added = await index.addDirectory({ path: site });
				assertNoErrors('indexing', added.errors);
				const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
				assertNoErrors('writing', written.errors);
				logger.info(`indexed ${added.page_count} pages`);
			} finally {
				await pagefind.close();
			}
		},
	},
});
