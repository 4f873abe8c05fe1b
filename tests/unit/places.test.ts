/**
 * Places within countries: the tables the build makes from content (with made-up entries here, so each
 * rule is seen on its own), and how the country box finds a place. The real places are checked in
 * tests/content/places.test.ts.
 */
import { describe, expect, test } from 'vitest';
import { findCountry, languagesOf, listCountries, normalizeName, type CountryTable } from '../../src/lib/countries';
import { buildLanguageTable, buildPlaceTable, type PlaceEntry } from '../../src/lib/places';

const PLACES: PlaceEntry[] = [
	{
		id: 'bavaria',
		country: 'DE',
		alias: false,
		names: { en: ['Bavaria'], de: ['Bayern', 'Freistaat Bayern'], fr: ['Bavière'], it: ['Baviera'] },
		also: ['Bayern'],
	},
	{ id: 'ticino', country: 'CH', alias: false, names: { en: ['Ticino'], de: ['Tessin'], fr: ['Tessin'] }, also: [], languages: ['it'] },
	{ id: 'valais', country: 'CH', alias: false, names: { en: ['Valais'], de: ['Wallis'], fr: ['Valais'] }, also: [], languages: ['fr', 'de'] },
	{
		id: 'hong-kong-sar',
		country: 'HK',
		alias: true,
		names: { en: ['Hong Kong SAR'], de: ['SAR Hongkong'], fr: ['RAS de Hong Kong'] },
		also: ['HKSAR', '香港'],
	},
];

describe('the places table the build writes (/<lang>/places.json)', () => {
	test('each place is named in the page’s language and found by its names in every published language, then `also`', () => {
		expect(buildPlaceTable(PLACES, 'de', ['en', 'de', 'fr'])[0]).toEqual({
			country: 'DE',
			name: 'Bayern',
			names: ['Bayern', 'Freistaat Bayern', 'Bavaria', 'Bavière'],
		});
		expect(buildPlaceTable(PLACES, 'fr', ['en', 'de', 'fr'])[0]?.name).toBe('Bavière');
	});

	test('a language not yet published is neither shown nor matched, and breaks nothing', () => {
		const row = buildPlaceTable(PLACES, 'en', ['en', 'de', 'fr'])[0];
		expect(row?.names).not.toContain('Baviera');
		// Once Italian is published, its names count too.
		expect(buildPlaceTable(PLACES.slice(0, 1), 'it', ['en', 'de', 'fr', 'it'])[0]).toMatchObject({
			name: 'Baviera',
			names: expect.arrayContaining(['Baviera']) as unknown,
		});
	});

	test('a place’s own languages keep only the published ones; an alias says so', () => {
		const rows = buildPlaceTable(PLACES, 'en', ['en', 'de', 'fr']);
		expect(rows[1]?.languages).toEqual([]);
		expect(rows[2]?.languages).toEqual(['fr', 'de']);
		expect(rows[3]).toEqual({
			country: 'HK',
			alias: true,
			name: 'Hong Kong SAR',
			names: ['Hong Kong SAR', 'SAR Hongkong', 'RAS de Hong Kong', 'HKSAR', '香港'],
		});
		expect(rows[0]).not.toHaveProperty('alias');
	});

	test('a published language without a place’s name stops the build, naming both', () => {
		expect(() => buildPlaceTable(PLACES, 'en', ['en', 'de', 'fr', 'it'])).toThrow(
			[
				'content/places.yaml: "ticino" has no name in "it"',
				'content/places.yaml: "valais" has no name in "it"',
				'content/places.yaml: "hong-kong-sar" has no name in "it"',
			].join('\n'),
		);
	});
});

describe('the languages read in each country (the `languages` of /countries.json)', () => {
	const countries = [
		{ id: 'CH', languages: ['de', 'fr', 'it'] },
		{ id: 'BE', languages: ['nl', 'fr', 'de'] },
		{ id: 'HK', languages: ['zh-Hant', 'en'] },
		{ id: 'PL', languages: ['pl'] },
	];

	test('only published languages, in the order written; a country left with none is left out', () => {
		expect(buildLanguageTable(countries, ['en', 'de', 'fr'])).toEqual({ CH: ['de', 'fr'], BE: ['fr', 'de'], HK: ['en'] });
		expect(buildLanguageTable(countries, ['en', 'de', 'fr', 'it', 'nl', 'pl', 'zh-Hant'])).toEqual({
			CH: ['de', 'fr', 'it'],
			BE: ['nl', 'fr', 'de'],
			HK: ['zh-Hant', 'en'],
			PL: ['pl'],
		});
	});

	test('a country listed twice stops the build', () => {
		expect(() => buildLanguageTable([...countries, { id: 'CH', languages: ['en'] }], ['en'])).toThrow('content/country-languages.yaml: "CH" is listed twice');
	});
});

describe('finding a place by what a reader types', () => {
	const table: CountryTable = {
		regions: { DE: 'eu-eea', CH: 'switzerland', HK: 'hong-kong', WF: 'other', US: 'us' },
		zones: {},
		languages: { DE: ['de'], CH: ['de', 'fr'], HK: ['en'] },
	};
	const english = listCountries(table, ['en'], buildPlaceTable(PLACES, 'en', ['en', 'de', 'fr']));
	const german = listCountries(table, ['de'], buildPlaceTable(PLACES, 'de', ['en', 'de', 'fr']));

	test('a place finds its country’s region, named in the page’s language within its country', () => {
		expect(findCountry('Bavaria', english)).toEqual({
			code: 'DE',
			name: 'Bavaria',
			within: 'Germany',
			region: 'eu-eea',
			names: ['bavaria', 'bayern', 'freistaat bayern', 'baviere'],
			languages: ['de'],
		});
		expect(findCountry('Bavière', german)).toMatchObject({ code: 'DE', name: 'Bayern', within: 'Deutschland', region: 'eu-eea' });
	});

	test('case and accents do not matter', () => {
		expect(findCountry('BAVIERE', english)?.region).toBe('eu-eea');
		expect(findCountry('  freistaat   bayern ', english)?.region).toBe('eu-eea');
	});

	test('a place speaks its own languages where it has them, its country’s otherwise', () => {
		expect(findCountry('Tessin', english)?.languages).toEqual([]);
		expect(findCountry('Wallis', english)?.languages).toEqual(['fr', 'de']);
		expect(findCountry('Bayern', english)?.languages).toEqual(['de']);
		expect(findCountry('Switzerland', english)?.languages).toEqual(['de', 'fr']);
		expect(findCountry('United States', english)?.languages).toEqual([]);
	});

	test('another name of a country finds the country itself', () => {
		for (const typed of ['Hong Kong SAR', 'HKSAR', '香港', 'ras de hong kong']) {
			expect(findCountry(typed, english), typed).toMatchObject({ code: 'HK', name: 'Hong Kong SAR China', region: 'hong-kong' });
			expect(findCountry(typed, english)?.within, typed).toBeUndefined();
		}
	});

	test('while typing, a place whose name begins a country’s in another region waits for the reader to finish', () => {
		// "Wallis" (Valais) on the way to "Wallis & Futuna".
		expect(findCountry('Wallis', english, { codes: false })).toBeUndefined();
		expect(findCountry('Wallis', english)?.region).toBe('switzerland');
	});

	test('countries come first, places after, each sorted by name', () => {
		expect(english.map((c) => c.name)).toEqual([
			'Germany',
			'Hong Kong SAR China',
			'Switzerland',
			'United States',
			'Wallis & Futuna',
			'Bavaria',
			'Ticino',
			'Valais',
		]);
	});

	test('a country’s languages, by its code in any case; none for one not listed', () => {
		expect(languagesOf('ch', table)).toEqual(['de', 'fr']);
		expect(languagesOf('US', table)).toEqual([]);
		expect(languagesOf('constructor', table)).toEqual([]);
		expect(languagesOf('DE', { regions: {}, zones: {} })).toEqual([]);
	});

	test('letters readers type without their stroke or ligature', () => {
		expect(normalizeName('Małopolska')).toBe('malopolska');
		expect(normalizeName('Dolny Śląsk')).toBe('dolny slask');
		expect(normalizeName('Færøerne')).toBe('faeroerne');
		expect(normalizeName('Œland')).toBe('oeland');
	});
});
