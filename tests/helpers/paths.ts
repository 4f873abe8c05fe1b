import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DIST = fileURLToPath(new URL('../../dist', import.meta.url));
export const CONTENT = fileURLToPath(new URL('../../content', import.meta.url));
/** The team's shared research, next to the repository. */
export const FACT_BASE = fileURLToPath(new URL('../../../shared/research/linkedin-facts.md', import.meta.url));
