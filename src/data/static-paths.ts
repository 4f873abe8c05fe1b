/**
 * Static paths in every language. Reader pages live under src/pages/[...lang]/, where `lang` is undefined
 * for English (served at the root) and the language code otherwise (/de/, /fr/); each path's props are
 * made in its own language, so a page receives its entries ready to show.
 */
import { DEFAULT_LANG, LANGS, type Lang } from '../i18n/lang';

export const langParam = (lang: Lang): string | undefined => (lang === DEFAULT_LANG ? undefined : lang);

export interface LangPath<P extends Record<string, unknown>> {
	params: Record<string, string | undefined>;
	props: P;
}

/** `make(lang)`'s paths, once per language, each with its language as the `lang` param. */
export async function inEveryLanguage<P extends Record<string, unknown>>(make: (lang: Lang) => Promise<LangPath<P>[]> | LangPath<P>[]) {
	const perLanguage = await Promise.all(LANGS.map(async (lang) => ({ lang, paths: await make(lang) })));
	return perLanguage.flatMap(({ lang, paths }) => paths.map((path) => ({ params: { ...path.params, lang: langParam(lang) }, props: path.props })));
}

/** For a page with no parameters of its own: one path per language, its props made in that language. */
export const onePerLanguage = <P extends Record<string, unknown>>(make: (lang: Lang) => Promise<P> | P) =>
	inEveryLanguage(async (lang) => [{ params: {}, props: await make(lang) }]);
