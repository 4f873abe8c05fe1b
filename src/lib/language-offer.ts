/**
 * Which other languages to offer a reader whose country we know (typed into the country box, or guessed
 * from the browser): the site languages read there, as links to the same page in each. Only ever offered,
 * never a redirect: the reader chose this page's language, or arrived at it by a link.
 */
import { LANGS, langPrefix, type Lang } from '../i18n/lang';

/**
 * The languages to offer: those of `spoken` (most read first) that the site is published in, unless the
 * page is already in one of them, since the reader then reads the page in a language of their country.
 */
export function languagesToOffer<L extends string>(spoken: readonly string[] | undefined, page: string, published: readonly L[]): L[] {
	const offered = [...new Set((spoken ?? []).filter((l): l is L => (published as readonly string[]).includes(l)))];
	return offered.includes(page as L) ? [] : offered;
}

export interface LanguageLink {
	lang: Lang;
	/** The language's name in itself ("Deutsch"). */
	name: string;
	/** The same page in that language. */
	href: string;
}

/**
 * The offer as links to `pathname` (a page in `page`'s language) in each language, named by `names`
 * (LANGUAGE_NAME, which the country box gets with its words). The address is put in the other language as
 * `pathIn` does, from the same prefixes; calling `pathIn` here would add it to the chooser's first load.
 */
export function languageLinks(spoken: readonly string[] | undefined, page: Lang, pathname: string, names: Readonly<Record<Lang, string>>): LanguageLink[] {
	const bare = pathname.slice(langPrefix(page).length) || '/';
	return languagesToOffer(spoken, page, LANGS).map((lang) => ({ lang, name: names[lang], href: `${langPrefix(lang)}${bare}` }));
}
