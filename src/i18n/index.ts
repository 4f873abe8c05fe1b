/**
 * Every word the site shows readers lives in one translation file per language (translations/<lang>.json),
 * in the manner of Starlight's. Keys are typed from the English file, so a misspelt key fails the type
 * check, and `t()` fills `{name}` placeholders in the language of the page being rendered (see lang.ts).
 */
import { fill } from './format';
import { currentLang, LANGS, type Lang } from './lang';
import de from './translations/de.json';
import en from './translations/en.json';
import fr from './translations/fr.json';

export { fill, parts } from './format';

export type TranslationKey = keyof typeof en;
export type Translations = Record<TranslationKey, string>;
export type Vars = Record<string, string | number>;
export type Translate = (key: TranslationKey, vars?: Vars) => string;

// `satisfies` makes a language file that lacks a key fail the type check, naming the key and the file;
// tests/unit/translations.test.ts also checks that each keeps every {placeholder}.
const LANGUAGES = { en, de, fr } satisfies Record<Lang, Translations>;
export { currentLang, LANGS, type Lang } from './lang';

/** The words of one language, whatever page is being rendered. */
export function useTranslations(lang: Lang): Translate {
	const dict: Translations = LANGUAGES[lang];
	return (key, vars) => fill(dict[key], vars, key);
}

/** The raw template for a key, for `parts()`, in the page's language. */
export function template(key: TranslationKey, lang: Lang = currentLang()): string {
	return LANGUAGES[lang][key];
}

/** A word in the language of the page being rendered (English outside a page render). */
export const t: Translate = (key, vars) => fill(LANGUAGES[currentLang()][key], vars, key);

/** Every language has a file: checked here so a language added to LANGS without one fails the build. */
for (const lang of LANGS) if (!(lang in LANGUAGES)) throw new Error(`src/i18n/translations/${lang}.json is missing`);

/** The strings whose keys start with `prefix`, for handing a few to the browser (the island) without the whole file. */
export function pick<P extends string>(prefix: P, lang: Lang = currentLang()): Record<Extract<TranslationKey, `${P}${string}`>, string> {
	const dict: Translations = LANGUAGES[lang];
	return Object.fromEntries(Object.entries(dict).filter(([key]) => key.startsWith(prefix))) as Record<Extract<TranslationKey, `${P}${string}`>, string>;
}
