import { describe, expect, test } from 'vitest';
import { buildCountryTable, findCountry, listCountries, normalizeName, regionForCountry, type RegionCountries } from '../../src/lib/countries';
import { realCountryTable } from '../helpers/content';

const table = realCountryTable();

describe('building the country table', () => {
	const regions: RegionCountries[] = [
		{ id: 'alpha', countries: ['DE', 'FR'], fallback: false },
		{ id: 'beta', countries: ['CH'], fallback: false },
		{ id: 'rest', countries: [], fallback: true },
	];
	const codes = ['BV', 'CH', 'DE', 'FR', 'IN', 'LI'];
	const zones = {
		'Europe/Zurich': { countries: ['CH', 'DE', 'LI'] },
		'Europe/Paris': { countries: ['FR'] },
		// A country missing from the codes is left out too.
		'Europe/Vienna': { countries: ['AT'] },
		'Etc/UTC': { countries: [] },
	};

	test('listed codes take their region, every other code the fallback', () => {
		expect(buildCountryTable(regions, zones, codes).regions).toEqual({ BV: 'rest', CH: 'beta', DE: 'alpha', FR: 'alpha', IN: 'rest', LI: 'rest' });
	});

	test('a zone belongs to the country listed first for it, and a zone with no country is left out', () => {
		expect(buildCountryTable(regions, zones, codes).zones).toEqual({ 'Europe/Paris': 'FR', 'Europe/Zurich': 'CH' });
	});

	test('content mistakes stop the build', () => {
		expect(() => buildCountryTable([...regions, { id: 'more', countries: [], fallback: true }], zones, codes)).toThrow(
			/exactly one region must be the fallback; found 2/,
		);
		expect(() => buildCountryTable(regions.slice(0, 2), zones, codes)).toThrow(/found 0/);
		expect(() => buildCountryTable([...regions, { id: 'gamma', countries: ['FR'], fallback: false }], zones, codes)).toThrow(
			/"FR" is listed by both "alpha" and "gamma"/,
		);
		expect(() => buildCountryTable([...regions, { id: 'gamma', countries: ['UK'], fallback: false }], zones, codes)).toThrow(/"UK", which is not an ISO/);
	});
});

describe('country → region', () => {
	test.each([
		['US', 'us'],
		['CA', 'canada'],
		['CH', 'switzerland'],
		['GB', 'uk'],
		['HK', 'hong-kong'],
		['DE', 'eu-eea'],
		['IE', 'eu-eea'],
		['NO', 'eu-eea'],
		['IN', 'other'],
		// Near Europe but outside the EU/EEA and UK rules.
		['MC', 'other'],
		['JE', 'other'],
		['TR', 'other'],
		// Part of an EU member state.
		['RE', 'eu-eea'],
		['AX', 'eu-eea'],
		[' gb ', 'uk'],
	])('%s is in %s', (code, region) => {
		expect(regionForCountry(code, table)).toBe(region);
	});

	test('codes that are not countries are refused', () => {
		for (const bad of ['UK', 'EU', 'XX', '', '<script>', 'USA', '__proto__', 'constructor']) expect(regionForCountry(bad, table), bad).toBeUndefined();
	});
});

describe('finding a country by what a reader types', () => {
	const english = listCountries(table, ['en-US', 'en']);
	const german = listCountries(table, ['de-DE', 'de', 'en']);
	const french = listCountries(table, ['fr-FR']);

	test('the list has every country, named in the first language the runtime knows', () => {
		expect(english).toHaveLength(249);
		expect(english.find((c) => c.code === 'DE')?.name).toBe('Germany');
		expect(german.find((c) => c.code === 'CA')?.name).toBe('Kanada');
		expect(french.find((c) => c.code === 'DE')?.name).toBe('Allemagne');
		// Not language tags, or languages without names: English.
		expect(listCountries(table, ['!!', 'not a tag']).find((c) => c.code === 'FR')?.name).toBe('France');
	});

	test('the list is sorted by name in the first language', () => {
		const names = german.map((c) => c.name);
		expect(names.indexOf('Oman')).toBeLessThan(names.indexOf('Österreich'));
		expect(names.indexOf('Österreich')).toBeLessThan(names.indexOf('Pakistan'));
		expect(names[0]).toBe('Afghanistan');
	});

	test('English names and codes', () => {
		expect(findCountry('germany', english)?.region).toBe('eu-eea');
		expect(findCountry('United Kingdom', english)?.code).toBe('GB');
		expect(findCountry('ch', english)?.region).toBe('switzerland');
		expect(findCountry('Atlantis', english)).toBeUndefined();
	});

	test.each([
		['Kanada', 'CA'],
		['Frankreich', 'FR'],
		['Spanien', 'ES'],
		['Niederlande', 'NL'],
		['Großbritannien', 'GB'],
		['Grossbritannien', 'GB'],
		['Vereinigtes Königreich', 'GB'],
		['Vereinigte Staaten', 'US'],
		['Hongkong', 'HK'],
		['Türkei', 'TR'],
		['Schweiz', 'CH'],
		['Österreich', 'AT'],
	])('German: %s is %s', (name, code) => {
		expect(findCountry(name, german, { codes: false })?.code).toBe(code);
	});

	test.each([
		['Allemagne', 'DE'],
		['Royaume-Uni', 'GB'],
		['Suisse', 'CH'],
		['États-Unis', 'US'],
		['Etats-Unis', 'US'],
		['Belgique', 'BE'],
		['Espagne', 'ES'],
	])('French: %s is %s', (name, code) => {
		expect(findCountry(name, french, { codes: false })?.code).toBe(code);
	});

	test('the common German and French names work in an English browser too', () => {
		for (const [name, code] of [
			['Kanada', 'CA'],
			['Frankreich', 'FR'],
			['Großbritannien', 'GB'],
			['Vereinigte Staaten', 'US'],
			['Hongkong', 'HK'],
			['Türkei', 'TR'],
			['Allemagne', 'DE'],
			['Royaume-Uni', 'GB'],
			['Suisse', 'CH'],
			['Svizzera', 'CH'],
			['États-Unis', 'US'],
			['België', 'BE'],
			['Nederland', 'NL'],
			['Deutschland', 'DE'],
		]) {
			expect(findCountry(name!, english, { codes: false })?.code, name).toBe(code);
		}
	});

	test('case, accents and punctuation do not matter', () => {
		expect(findCountry('TÜRKEI', german)?.code).toBe('TR');
		expect(findCountry('turkei', german)?.code).toBe('TR');
		expect(findCountry('osterreich', german)?.code).toBe('AT');
		expect(findCountry('ETATS UNIS', french)?.code).toBe('US');
		expect(findCountry("Cote d'Ivoire", english)?.code).toBe('CI');
		expect(findCountry(' U.S.A. ', english)?.code).toBe('US');
		expect(normalizeName('Côte d’Ivoire')).toBe('cote divoire');
		expect(normalizeName('Großbritannien')).toBe('grossbritannien');
	});

	test('a name that matches nothing clears the match', () => {
		expect(findCountry('Kanada', german)?.code).toBe('CA');
		expect(findCountry('Kanadaa', german)).toBeUndefined();
		expect(findCountry('Blorptania', german)).toBeUndefined();
		expect(findCountry('zz', german)).toBeUndefined();
		expect(findCountry('   ', german)).toBeUndefined();
	});

	test('the names readers actually type find their country', () => {
		expect(findCountry('UK', english)?.region).toBe('uk');
		expect(findCountry(' Britain ', english)?.region).toBe('uk');
		expect(findCountry('USA', english)?.region).toBe('us');
		expect(findCountry('Hong Kong', english)?.region).toBe('hong-kong');
		expect(findCountry('Holland', english)?.region).toBe('eu-eea');
	});

	test('while a reader is still typing, two letters are not yet a country code', () => {
		// "is" on the way to "Israel" must not send an Israeli reader to Iceland's EU rules.
		expect(findCountry('is', english, { codes: false })).toBeUndefined();
		expect(findCountry('ch', english, { codes: false })).toBeUndefined();
		expect(findCountry('Israel', english, { codes: false })?.region).toBe('other');
		// Once the reader commits (leaves the box or picks from the list), a code is accepted.
		expect(findCountry('is', english)?.code).toBe('IS');
	});

	test('while a reader is still typing, a name that begins a longer name in another region is not yet a country', () => {
		// "UK" on the way to "Ukraine", "America" on the way to "American Samoa".
		expect(findCountry('uk', english, { codes: false })).toBeUndefined();
		expect(findCountry('Ukraine', english, { codes: false })?.region).toBe('other');
		expect(findCountry('America', english, { codes: false })).toBeUndefined();
		expect(findCountry('American Samoa', english, { codes: false })?.code).toBe('AS');
		// "Pays-Bas" (the Netherlands) on the way to "Pays-Bas caribéens" (outside the EU).
		expect(findCountry('Pays-Bas', french, { codes: false })).toBeUndefined();
		expect(findCountry('Pays-Bas', french)?.code).toBe('NL');
		// Committed, the name stands.
		expect(findCountry('UK', english)?.code).toBe('GB');
		expect(findCountry('America', english)?.code).toBe('US');
		// Same region either way: no need to wait ("Niger" on the way to "Nigeria").
		expect(findCountry('Niger', english, { codes: false })?.code).toBe('NE');
	});

	test('"Norway" and every prefix of "Israel", as typed letter by letter', () => {
		expect(findCountry('Norway', english, { codes: false })?.region).toBe('eu-eea');
		const regions = ['I', 'Is', 'Isr', 'Isra', 'Israe', 'Israel'].map((typed) => findCountry(typed, english, { codes: false })?.region);
		expect(regions).toEqual([undefined, undefined, undefined, undefined, undefined, 'other']);
	});
});
