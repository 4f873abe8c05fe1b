/**
 * The languages the site is published in besides English, written out here rather than read from the
 * code, so the tests check the site against them. Adding a language adds it here.
 */
export const OTHER_LANGS = ['de', 'fr'] as const;

/** An optional language prefix, for patterns over site paths: "(?:/de|/fr)?". */
export const LANG_PREFIX = `(?:${OTHER_LANGS.map((l) => `/${l}`).join('|')})?`;

/** The language a path is in: its prefix, or English. */
export const langOfPath = (path: string): string => OTHER_LANGS.find((l) => path.startsWith(`/${l}/`)) ?? 'en';
