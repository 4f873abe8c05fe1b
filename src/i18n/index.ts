/**
 * Every word the site shows readers lives in one translation file per language (translations/<lang>.json),
 * in the manner of Starlight's. Keys are typed from the English file, so a misspelt key fails the type check.
 * A page's words reach it as data: the middleware puts `i18n(lang)` in `Astro.locals.i18n`, and code outside
 * a page takes the words it needs as an argument.
 */
import { formatDate, formatDayMonth, formatMonth } from '../lib/dates';
import { fill, type Vars } from './format';
import { LANGS, LOCALE, type Lang } from './lang';
import de from './translations/de.json';
import en from './translations/en.json';
import fr from './translations/fr.json';

export { fill, parts, type Vars } from './format';
export { DEFAULT_LANG, LANGS, type Lang } from './lang';

export type TranslationKey = keyof typeof en;
export type Translations = Record<TranslationKey, string>;
export type Translate = (key: TranslationKey, vars?: Vars) => string;

/** Keys counted with Intl.PluralRules: `source.claims_one`, `source.claims_other` (and `_few`, `_many` where a language has them). */
export type PluralKey = TranslationKey extends infer K ? (K extends `${infer Base}_other` ? Base : never) : never;

// `satisfies` makes a language file that lacks a key fail the type check, naming the key and the file;
// tests/unit/translations.test.ts also checks that each keeps every {placeholder} and every plural form.
const LANGUAGES = { en, de, fr } satisfies Record<Lang, Translations>;

/** Every language has a file: checked here so a language added to LANGS without one fails the build. */
for (const lang of LANGS) if (!(lang in LANGUAGES)) throw new Error(`src/i18n/translations/${lang}.json is missing`);

/** A language's words and the Intl formatters that go with them: what a page, a view or a sentence builder needs. */
export interface I18n {
	lang: Lang;
	/** The BCP 47 locale for Intl (en-GB, de-DE…). */
	locale: string;
	t: Translate;
	/** The raw template of a key, for `parts()` when values are elements. */
	template(key: TranslationKey): string;
	/** A counted phrase in the right plural form: `plural('source.claims', 2)` → "2 claims". `{n}` is the count. */
	plural(key: PluralKey, n: number, vars?: Vars): string;
	/** "a, b and c", as the language writes a list. */
	list(items: readonly string[]): string;
	/** A calendar day (YYYY-MM-DD) written out: "3 November 2025". */
	date(iso: string): string;
	/** Its month and year: "September 2024". */
	month(iso: string): string;
	/** Its day and month: "18 September". */
	dayMonth(iso: string): string;
	/** The strings whose keys start with `prefix`, for handing a few to the browser without the whole file. */
	pick<P extends string>(prefix: P): Record<Extract<TranslationKey, `${P}${string}`>, string>;
}

/** The words a sentence builder in src/lib needs. */
export type Words = Pick<I18n, 'locale' | 't' | 'date' | 'month' | 'dayMonth' | 'list'>;

const made = new Map<Lang, I18n>();

export function i18n(lang: Lang): I18n {
	const existing = made.get(lang);
	if (existing) return existing;
	const dict: Translations = LANGUAGES[lang];
	const locale = LOCALE[lang];
	const rules = new Intl.PluralRules(locale);
	const lists = new Intl.ListFormat(locale, { type: 'conjunction' });
	const t: Translate = (key, vars) => fill(dict[key], vars, key);
	const words: I18n = {
		lang,
		locale,
		t,
		template: (key) => dict[key],
		plural(key, n, vars = {}) {
			const form = `${key}_${rules.select(n)}`;
			const chosen = (form in dict ? form : `${key}_other`) as TranslationKey;
			return fill(dict[chosen], { ...vars, n: new Intl.NumberFormat(locale).format(n) }, chosen);
		},
		list: (items) => lists.format(items),
		date: (iso) => formatDate(iso, locale),
		month: (iso) => formatMonth(iso, locale),
		dayMonth: (iso) => formatDayMonth(iso, locale),
		pick: (prefix) => Object.fromEntries(Object.entries(dict).filter(([key]) => key.startsWith(prefix))) as never,
	};
	made.set(lang, words);
	return words;
}

/** The raw dictionary of a language, for tests that check every file has every key. */
export const dictionaryOf = (lang: Lang): Translations => LANGUAGES[lang];
