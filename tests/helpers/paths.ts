import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** DIST_DIR points the build tests at another build (e.g. one made with --outDir) without touching dist/. */
export const DIST = process.env['DIST_DIR'] ? resolve(process.env['DIST_DIR']) : fileURLToPath(new URL('../../dist', import.meta.url));
export const CONTENT = fileURLToPath(new URL('../../content', import.meta.url));
/** The team's shared research, next to the repository; not every checkout has it. */
export const FACT_BASE = fileURLToPath(new URL('../../../shared/research/linkedin-facts.md', import.meta.url));
/** What the content tests need from the fact base, vendored so they run without ../shared. */
export const FACT_BASE_SEED_CLAIMS = fileURLToPath(new URL('../fixtures/fact-base-seed-claims.json', import.meta.url));

/**
 * Where the site is published, as the build was told (SITE_URL, else the preview address astro.config.mjs
 * uses), not as the pages say: a wrong address on every page must fail the tests.
 */
export const SITE = new URL(process.env['SITE_URL'] ?? 'http://localhost:4321').origin;
