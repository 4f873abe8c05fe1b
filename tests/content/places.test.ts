/**
 * The real places (content/places.yaml) and country languages (content/country-languages.yaml): what a
 * reader typing a place in each language is sent to, written out by hand; every language the site is
 * published in has every place's name; no name leads to two regions. Languages not yet published are
 * written in the content already: their expectations below run once they are in tests/helpers/langs.ts.
 */
import { describe, expect, test } from 'vitest';
import { findCountry, listCountries, normalizeName, type CountryTable } from '../../src/lib/countries';
import { languagesToOffer } from '../../src/lib/language-offer';
import { buildLanguageTable, buildPlaceTable, type PlaceEntry } from '../../src/lib/places';
import { byCollection, loadContent, realCountryTable } from '../helpers/content';
import { OTHER_LANGS } from '../helpers/langs';

const SITE_LANGS: readonly string[] = ['en', ...OTHER_LANGS];
const { entries, errors } = loadContent();
const places = byCollection(entries, 'places').map((e) => ({ id: e.id, ...e.data }) as unknown as PlaceEntry);
const countryLanguages = byCollection(entries, 'countryLanguages').map((e) => ({ id: e.id, languages: e.data['languages'] as string[] }));
const table: CountryTable = { ...realCountryTable(), languages: buildLanguageTable(countryLanguages, SITE_LANGS) };
/** The box on a page in `lang`, in a browser that reads only that language, as the chooser lists it. */
const boxIn = (lang: string) => listCountries(table, [lang], buildPlaceTable(places, lang, SITE_LANGS));

describe('content/places.yaml and content/country-languages.yaml', () => {
	test('match their schemas', () => {
		expect(errors.filter((e) => /content\/(places|country-languages)\.yaml/.test(e))).toEqual([]);
		expect(places.length).toBeGreaterThan(100);
	});

	test.each(SITE_LANGS)('every place has a name in %s, a language the site is published in', (lang) => {
		expect(places.filter((p) => !p.names[lang]?.length).map((p) => p.id)).toEqual([]);
	});

	test('every language the site is published in has place names', () => {
		for (const lang of SITE_LANGS) expect(places.flatMap((p) => p.names[lang] ?? []).length, lang).toBeGreaterThan(100);
	});

	test('no name leads to two regions, in any language the site is published in', () => {
		const regionsOf = new Map<string, Set<string>>();
		for (const lang of SITE_LANGS) {
			for (const entry of boxIn(lang)) {
				for (const name of entry.names) regionsOf.set(name, (regionsOf.get(name) ?? new Set()).add(entry.region));
			}
		}
		expect([...regionsOf].filter(([, regions]) => regions.size > 1).map(([name, regions]) => `${name}: ${[...regions].join(', ')}`)).toEqual([]);
	});

	test('a name of two Latin letters is an abbreviation, never a country’s code', () => {
		const short = places.flatMap((p) => [...Object.values(p.names).flat(), ...p.also].filter((n) => /^[a-z]{1,2}$/.test(normalizeName(n).replace(/ /g, ''))));
		expect(short.sort()).toEqual(['BC', 'DC', 'QC']);
		for (const name of short) expect(Object.keys(table.regions), name).not.toContain(name);
	});

	test('every country of a place and every country with languages is one of the table’s', () => {
		expect(places.filter((p) => !Object.hasOwn(table.regions, p.country)).map((p) => p.id)).toEqual([]);
		expect(countryLanguages.filter((c) => !Object.hasOwn(table.regions, c.id)).map((c) => c.id)).toEqual([]);
	});
});

/** What a reader types, on a page in that language, and the region it leads to, once they leave the box. */
const TYPED: Record<string, [string, string][]> = {
	en: [
		['Bavaria', 'eu-eea'],
		['Québec', 'canada'],
		['Quebec', 'canada'],
		['QC', 'canada'],
		['Ontario', 'canada'],
		['British Columbia', 'canada'],
		['B.C.', 'canada'],
		['Scotland', 'uk'],
		['England', 'uk'],
		['Wales', 'uk'],
		['Cymru', 'uk'],
		['Northern Ireland', 'uk'],
		['Hong Kong SAR', 'hong-kong'],
		['HKSAR', 'hong-kong'],
		['香港', 'hong-kong'],
		['Kowloon', 'hong-kong'],
		['Wallonia', 'eu-eea'],
		['Wallonie', 'eu-eea'],
		['Flanders', 'eu-eea'],
		['Vlaanderen', 'eu-eea'],
		['Catalonia', 'eu-eea'],
		['Catalunya', 'eu-eea'],
		['Sicily', 'eu-eea'],
		['Canary Islands', 'eu-eea'],
		['California', 'us'],
		['Texas', 'us'],
		['New York', 'us'],
		['Washington, D.C.', 'us'],
		['Zurich', 'switzerland'],
		['Geneva', 'switzerland'],
		['Ticino', 'switzerland'],
		['Graubünden', 'switzerland'],
		['NRW', 'eu-eea'],
		['Tyrol', 'eu-eea'],
		['South Tyrol', 'eu-eea'],
		['Malopolska', 'eu-eea'],
		// Countries still find themselves, and a place is no country.
		['Ireland', 'eu-eea'],
		['Georgia', 'other'],
		['Jersey', 'other'],
	],
	de: [
		['Bayern', 'eu-eea'],
		['Nordrhein-Westfalen', 'eu-eea'],
		['Baden-Wuerttemberg', 'eu-eea'],
		['Schottland', 'uk'],
		['Nordirland', 'uk'],
		['Kalifornien', 'us'],
		['Genf', 'switzerland'],
		['Tessin', 'switzerland'],
		['Wallis', 'switzerland'],
		['Graubünden', 'switzerland'],
		['Wien', 'eu-eea'],
		['Südtirol', 'eu-eea'],
		['Québec', 'canada'],
		['Britisch-Kolumbien', 'canada'],
		['Flandern', 'eu-eea'],
		['Wallonien', 'eu-eea'],
		['Katalonien', 'eu-eea'],
		['Sizilien', 'eu-eea'],
		['Hongkong', 'hong-kong'],
	],
	fr: [
		['Québec', 'canada'],
		['Colombie-Britannique', 'canada'],
		['Nouvelle-Écosse', 'canada'],
		['Écosse', 'uk'],
		['Pays de Galles', 'uk'],
		['Irlande du Nord', 'uk'],
		['Bavière', 'eu-eea'],
		['Wallonie', 'eu-eea'],
		['Flandre', 'eu-eea'],
		['Catalogne', 'eu-eea'],
		['Sicile', 'eu-eea'],
		['Genève', 'switzerland'],
		['Vaud', 'switzerland'],
		['Valais', 'switzerland'],
		['Tessin', 'switzerland'],
		['Californie', 'us'],
		['État de New York', 'us'],
		['RAS de Hong Kong', 'hong-kong'],
		['Corse', 'eu-eea'],
	],
	it: [
		['Baviera', 'eu-eea'],
		['Scozia', 'uk'],
		['Galles', 'uk'],
		['Sicilia', 'eu-eea'],
		['Ginevra', 'switzerland'],
		['Grigioni', 'switzerland'],
		['Catalogna', 'eu-eea'],
		['Vallonia', 'eu-eea'],
		['Fiandre', 'eu-eea'],
		['Columbia Britannica', 'canada'],
	],
	es: [
		['Cataluña', 'eu-eea'],
		['Andalucía', 'eu-eea'],
		['País Vasco', 'eu-eea'],
		['Baviera', 'eu-eea'],
		['Escocia', 'uk'],
		['Nueva York', 'us'],
		['Ginebra', 'switzerland'],
		['Flandes', 'eu-eea'],
	],
	nl: [
		['Vlaanderen', 'eu-eea'],
		['Wallonië', 'eu-eea'],
		['Noord-Holland', 'eu-eea'],
		['Beieren', 'eu-eea'],
		['Schotland', 'uk'],
		['Noord-Ierland', 'uk'],
		['Californië', 'us'],
		['Brits-Columbia', 'canada'],
	],
	pl: [
		['Mazowsze', 'eu-eea'],
		['Małopolska', 'eu-eea'],
		['Śląsk', 'eu-eea'],
		['Bawaria', 'eu-eea'],
		['Szkocja', 'uk'],
		['Walia', 'uk'],
		['Kalifornia', 'us'],
		['Nowy Jork', 'us'],
		['Kolumbia Brytyjska', 'canada'],
	],
	pt: [
		['Açores', 'eu-eea'],
		['Madeira', 'eu-eea'],
		['Baviera', 'eu-eea'],
		['Escócia', 'uk'],
		['País de Gales', 'uk'],
		['Califórnia', 'us'],
		['Nova Iorque', 'us'],
		['Genebra', 'switzerland'],
	],
	'zh-Hant': [
		['香港', 'hong-kong'],
		['香港特別行政區', 'hong-kong'],
		['九龍', 'hong-kong'],
		['新界', 'hong-kong'],
		['蘇格蘭', 'uk'],
		['英格蘭', 'uk'],
		['巴伐利亞', 'eu-eea'],
		['加州', 'us'],
		['紐約', 'us'],
		['卑詩省', 'canada'],
		['魁北克', 'canada'],
		['日內瓦', 'switzerland'],
	],
};

describe('typing a place leads to its region', () => {
	test('every language the site is or will be published in has expectations here', () => {
		expect(Object.keys(TYPED).sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'nl', 'pl', 'pt', 'zh-Hant']);
		for (const lang of SITE_LANGS) expect(Object.keys(TYPED), lang).toContain(lang);
	});

	for (const [lang, cases] of Object.entries(TYPED)) {
		describe.skipIf(!SITE_LANGS.includes(lang))(`on a page in ${lang}`, () => {
			const box = boxIn(lang);
			test.each(cases)('“%s” is in %s', (typed, region) => {
				expect(findCountry(typed, box)?.region).toBe(region);
			});
		});
	}

	test('a place is named in the page’s language, within its country', () => {
		expect(findCountry('Bavaria', boxIn('de'))).toMatchObject({ name: 'Bayern', within: 'Deutschland' });
		expect(findCountry('Bayern', boxIn('en'))).toMatchObject({ name: 'Bavaria', within: 'Germany' });
		expect(findCountry('Quebec', boxIn('fr'))).toMatchObject({ name: 'Québec', within: 'Canada' });
		expect(findCountry('Scotland', boxIn('fr'))).toMatchObject({ name: 'Écosse', within: 'Royaume-Uni' });
		// Another name of a country is the country itself.
		expect(findCountry('HKSAR', boxIn('en'))).toMatchObject({ code: 'HK' });
		expect(findCountry('HKSAR', boxIn('en'))?.within).toBeUndefined();
	});

	test('English, German and French names work on a page in any of them', () => {
		for (const lang of ['en', 'de', 'fr'].filter((l) => SITE_LANGS.includes(l))) {
			const box = boxIn(lang);
			for (const typed of ['Bavaria', 'Bayern', 'Bavière', 'Scotland', 'Schottland', 'Écosse', 'Québec', 'Genf', 'Genève']) {
				expect(findCountry(typed, box)?.region, `${typed} on a ${lang} page`).toBeDefined();
			}
		}
	});
});

describe('the languages offered to readers of a country', () => {
	/** Written out: what each country's readers are offered once every language is published. */
	const READ_IN: [string, string[]][] = [
		['CH', ['de', 'fr', 'it']],
		['BE', ['nl', 'fr', 'de']],
		['HK', ['zh-Hant', 'en']],
		['CA', ['en', 'fr']],
		['LU', ['fr', 'de']],
		['AT', ['de']],
		['IT', ['it']],
		['BR', ['pt']],
		['PL', ['pl']],
		['US', ['en', 'es']],
	];

	test.each(READ_IN)('%s reads %o (those the site is published in are offered)', (country, languages) => {
		const written = countryLanguages.find((c) => c.id === country)?.languages;
		expect(written).toEqual(languages);
		expect(table.languages?.[country] ?? []).toEqual(languages.filter((l) => SITE_LANGS.includes(l)));
	});

	test('with English, German and French published, a Swiss reader on an English page is offered German and French', () => {
		const today = buildLanguageTable(countryLanguages, ['en', 'de', 'fr']);
		expect(languagesToOffer(today['CH'], 'en', ['en', 'de', 'fr'])).toEqual(['de', 'fr']);
		expect(languagesToOffer(today['BE'], 'en', ['en', 'de', 'fr'])).toEqual(['fr', 'de']);
		expect(languagesToOffer(today['HK'], 'de', ['en', 'de', 'fr'])).toEqual(['en']);
	});

	test('places with languages of their own: Ticino reads Italian, Flanders Dutch, Québec French', () => {
		const own = Object.fromEntries(places.filter((p) => p.languages).map((p) => [p.id, p.languages]));
		expect(own['ticino']).toEqual(['it']);
		expect(own['flanders']).toEqual(['nl']);
		expect(own['wallonia']).toEqual(['fr']);
		expect(own['quebec']).toEqual(['fr']);
		expect(own['geneva']).toEqual(['fr']);
		expect(own['zurich']).toEqual(['de']);
	});
});
