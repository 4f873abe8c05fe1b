/**
 * The language of the page being rendered. English pages live at the root, the others under their code
 * (/de/, /fr/). The middleware (src/middleware.ts) runs each page's render inside `withLang()`, so `t()`,
 * dates and content read the right language without every component passing it down.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

/** The languages the site is published in; the first is the default, served at the root. */
export const LANGS = ['en', 'de', 'fr'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'en';

/** Each language's name in itself, for the language switcher. */
export const LANGUAGE_NAME: Record<Lang, string> = { en: 'English', de: 'Deutsch', fr: 'Français' };

/** For dates and country names: how each language writes them. */
export const LOCALE: Record<Lang, string> = { en: 'en-GB', de: 'de-DE', fr: 'fr-FR' };

const store = new AsyncLocalStorage<Lang>();

export function withLang<T>(lang: Lang, render: () => T): T {
	return store.run(lang, render);
}

export function currentLang(): Lang {
	return store.getStore() ?? DEFAULT_LANG;
}

/** The language a path belongs to: /de/… is German, /fr/… French, anything else English. */
export function langOfPath(pathname: string): Lang {
	const first = pathname.split('/')[1] ?? '';
	return (LANGS as readonly string[]).includes(first) && first !== DEFAULT_LANG ? (first as Lang) : DEFAULT_LANG;
}

/** A root-relative path in another language: `/guide/uk/ios/` → `/de/guide/uk/ios/`, and back. */
export function pathIn(lang: Lang, pathname: string): string {
	const from = langOfPath(pathname);
	const bare = from === DEFAULT_LANG ? pathname : pathname.slice(from.length + 1) || '/';
	return lang === DEFAULT_LANG ? bare : `/${lang}${bare}`;
}
