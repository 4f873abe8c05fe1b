/**
 * The languages the site is published in, and how a page's address names its language. English pages live
 * at the root, the others under their code (/de/, /fr/). The language of a page reaches its components as
 * data: the middleware reads it from the address into `Astro.locals`, and static paths carry it as a param.
 */

/** The languages the site is published in; the first is the default, served at the root. */
export const LANGS = ['en', 'de', 'fr'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'en';

/** Each language's name in itself, for the language switcher. */
export const LANGUAGE_NAME: Record<Lang, string> = { en: 'English', de: 'Deutsch', fr: 'Français' };

/** For dates, numbers, plurals and country names: how each language writes them. */
export const LOCALE: Record<Lang, string> = { en: 'en-GB', de: 'de-DE', fr: 'fr-FR' };

export function isLang(value: string | undefined): value is Lang {
	return (LANGS as readonly string[]).includes(value ?? '');
}

/** The language a path belongs to: /de/… is German, /fr/… French, anything else English. */
export function langOfPath(pathname: string): Lang {
	const first = pathname.split('/')[1];
	return isLang(first) && first !== DEFAULT_LANG ? first : DEFAULT_LANG;
}

/** The start of every address in a language: '' for English, '/de' for German. */
export function langPrefix(lang: Lang): string {
	return lang === DEFAULT_LANG ? '' : `/${lang}`;
}

/** The same root-relative path in another language: `/guide/uk/ios/` → `/de/guide/uk/ios/`, and back. */
export function pathIn(lang: Lang, pathname: string): string {
	const from = langOfPath(pathname);
	const bare = from === DEFAULT_LANG ? pathname : pathname.slice(from.length + 1) || '/';
	return `${langPrefix(lang)}${bare}`;
}
