import { describe, expect, test } from 'vitest';
import { LANGUAGE_NAME, pathIn } from '../../src/i18n/lang';
import { languageLinks, languagesToOffer } from '../../src/lib/language-offer';

/** The site's languages today, and with the six being added, written out rather than read from the code. */
const TODAY = ['en', 'de', 'fr'] as const;
const NINE = ['en', 'de', 'fr', 'it', 'es', 'nl', 'pl', 'pt', 'zh-Hant'] as const;
const SWISS = ['de', 'fr', 'it'];
const BELGIAN = ['nl', 'fr', 'de'];
const HONG_KONG = ['zh-Hant', 'en'];

describe('which languages a reader is offered', () => {
	test('with only English, German and French published, a Swiss reader on an English page is offered German and French', () => {
		expect(languagesToOffer(SWISS, 'en', TODAY)).toEqual(['de', 'fr']);
	});

	test('once Italian is published, Italian too, in the order the country reads them', () => {
		expect(languagesToOffer(SWISS, 'en', NINE)).toEqual(['de', 'fr', 'it']);
	});

	test('a Belgian reader is offered Dutch, French and German; a Hong Kong reader Traditional Chinese and English', () => {
		expect(languagesToOffer(BELGIAN, 'en', NINE)).toEqual(['nl', 'fr', 'de']);
		expect(languagesToOffer(BELGIAN, 'en', TODAY)).toEqual(['fr', 'de']);
		expect(languagesToOffer(HONG_KONG, 'de', NINE)).toEqual(['zh-Hant', 'en']);
		expect(languagesToOffer(HONG_KONG, 'de', TODAY)).toEqual(['en']);
	});

	test('nothing when the page is already in one of the country’s languages', () => {
		expect(languagesToOffer(SWISS, 'fr', TODAY)).toEqual([]);
		expect(languagesToOffer(SWISS, 'de', NINE)).toEqual([]);
		expect(languagesToOffer(HONG_KONG, 'en', NINE)).toEqual([]);
		expect(languagesToOffer(['pl'], 'pl', NINE)).toEqual([]);
	});

	test('nothing for an unknown country, or one whose languages are not published yet', () => {
		expect(languagesToOffer(undefined, 'en', TODAY)).toEqual([]);
		expect(languagesToOffer([], 'en', TODAY)).toEqual([]);
		expect(languagesToOffer(['pl'], 'en', TODAY)).toEqual([]);
		expect(languagesToOffer(['it'], 'de', TODAY)).toEqual([]);
	});

	test('a language written twice is offered once', () => {
		expect(languagesToOffer(['de', 'de', 'fr'], 'en', TODAY)).toEqual(['de', 'fr']);
	});
});

describe('the offer as links to the same page', () => {
	test('each language’s name in itself, linking to this page in it', () => {
		expect(languageLinks(SWISS, 'en', '/guide/switzerland/android/', LANGUAGE_NAME)).toEqual([
			{ lang: 'de', name: 'Deutsch', href: '/de/guide/switzerland/android/' },
			{ lang: 'fr', name: 'Français', href: '/fr/guide/switzerland/android/' },
		]);
		expect(languageLinks(['en', 'fr'], 'de', '/de/', LANGUAGE_NAME)).toEqual([
			{ lang: 'en', name: 'English', href: '/' },
			{ lang: 'fr', name: 'Français', href: '/fr/' },
		]);
	});

	test('each address is the one the language switcher’s pathIn gives', () => {
		for (const path of ['/de/', '/de/guide/uk/ios/', '/de/regions/switzerland/', '/de/data/salary-and-applications/']) {
			for (const link of languageLinks(['en', 'fr'], 'de', path, LANGUAGE_NAME)) expect(link.href, `${path} in ${link.lang}`).toBe(pathIn(link.lang, path));
		}
		expect(languageLinks(['de'], 'fr', '/fr/timeline/', LANGUAGE_NAME)).toEqual([{ lang: 'de', name: 'Deutsch', href: '/de/timeline/' }]);
	});

	test('none when there is nothing to offer', () => {
		expect(languageLinks(SWISS, 'de', '/de/guide/', LANGUAGE_NAME)).toEqual([]);
		expect(languageLinks(undefined, 'en', '/', LANGUAGE_NAME)).toEqual([]);
	});
});
