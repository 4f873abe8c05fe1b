/**
 * Static paths in every language: the reader pages live under src/pages/[...lang]/, where `lang` is
 * undefined for English (served at the root) and the language code otherwise (/de/, /fr/).
 */
import { DEFAULT_LANG, LANGS, type Lang } from './lang';

export const langParam = (lang: Lang): string | undefined => (lang === DEFAULT_LANG ? undefined : lang);

interface StaticPath {
	params: Record<string, string | undefined>;
	props?: Record<string, unknown>;
}

/** Each path once per language. */
export function inEveryLanguage<P extends StaticPath>(paths: readonly P[]): (P & { params: P['params'] & { lang: string | undefined } })[] {
	return LANGS.flatMap((lang) => paths.map((path) => ({ ...path, params: { ...path.params, lang: langParam(lang) } })));
}

/** For a page with no parameters of its own. */
export const everyLanguage = () => inEveryLanguage([{ params: {} }]);
