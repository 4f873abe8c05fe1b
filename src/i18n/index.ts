/**
 * Every word the site shows readers lives in one translation file per language (translations/<lang>.json),
 * in the manner of Starlight's. Keys are typed from the English file, so a misspelt key fails the type
 * check, and `t()` fills `{name}` placeholders.
 */
import { fill } from './format';
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
const LANGUAGES = { en, de, fr } satisfies Record<string, Translations>;
export type Lang = keyof typeof LANGUAGES;
export const DEFAULT_LANG: Lang = 'en';

export function useTranslations(lang: Lang = DEFAULT_LANG): Translate {
	const dict: Translations = LANGUAGES[lang];
	return (key, vars) => fill(dict[key], vars, key);
}

/** The raw template for a key, for `parts()`. */
export function template(key: TranslationKey, lang: Lang = DEFAULT_LANG): string {
	return LANGUAGES[lang][key];
}

/** English, for code that does not yet know the page's language. */
export const t: Translate = useTranslations();

/** The strings whose keys start with `prefix`, for handing a few to the browser (the island) without the whole file. */
export function pick<P extends string>(prefix: P, lang: Lang = DEFAULT_LANG): Record<Extract<TranslationKey, `${P}${string}`>, string> {
	const dict: Translations = LANGUAGES[lang];
	return Object.fromEntries(Object.entries(dict).filter(([key]) => key.startsWith(prefix))) as Record<Extract<TranslationKey, `${P}${string}`>, string>;
}
