import { describe, expect, test } from 'vitest';
import { EEA_NON_EU, EU_MEMBER_STATES, findCountry, ISO_3166_1_ALPHA2, listCountries, regionForCountry } from '../../src/lib/countries';

describe('country → region table', () => {
	test('covers all 249 ISO 3166-1 codes, each once, each mapped to one region', () => {
		expect(ISO_3166_1_ALPHA2).toHaveLength(249);
		expect(new Set(ISO_3166_1_ALPHA2).size).toBe(249);
		for (const code of ISO_3166_1_ALPHA2) expect(regionForCountry(code), code).toMatch(/^[a-z-]+$/);
	});

	test('the 27 EU states plus Iceland, Liechtenstein and Norway are EU/EEA', () => {
		expect(EU_MEMBER_STATES).toHaveLength(27);
		for (const code of [...EU_MEMBER_STATES, ...EEA_NON_EU]) expect(regionForCountry(code), code).toBe('eu-eea');
	});

	test.each([
		['US', 'us'],
		['CA', 'canada'],
		['CH', 'switzerland'],
		['GB', 'uk'],
		['HK', 'hong-kong'],
		['IN', 'other'],
		['AU', 'other'],
		['BR', 'other'],
		// Near Europe but outside the EU/EEA and UK rules.
		['MC', 'other'],
		['JE', 'other'],
		['TR', 'other'],
		// Part of an EU member state.
		['RE', 'eu-eea'],
		['AX', 'eu-eea'],
		['gb', 'uk'],
	])('%s is in %s', (code, region) => {
		expect(regionForCountry(code)).toBe(region);
	});

	test('codes that are not countries are refused', () => {
		for (const bad of ['UK', 'EU', 'XX', '', '<script>', 'USA']) expect(regionForCountry(bad), bad).toBeUndefined();
	});

	test('the list has English names and can be searched by name or code', () => {
		const countries = listCountries();
		expect(countries).toHaveLength(249);
		expect(findCountry('germany', countries)?.region).toBe('eu-eea');
		expect(findCountry('United Kingdom', countries)?.code).toBe('GB');
		expect(findCountry('ch', countries)?.region).toBe('switzerland');
		expect(findCountry('Atlantis', countries)).toBeUndefined();
	});

	test('the names readers actually type find their country', () => {
		const countries = listCountries();
		expect(findCountry('UK', countries)?.region).toBe('uk');
		expect(findCountry(' Britain ', countries)?.region).toBe('uk');
		expect(findCountry('USA', countries)?.region).toBe('us');
		expect(findCountry('Hong Kong', countries)?.region).toBe('hong-kong');
		expect(findCountry('Deutschland', countries)?.region).toBe('eu-eea');
		expect(findCountry('Schweiz', countries)?.region).toBe('switzerland');
	});

	test('while a reader is still typing, two letters are not yet a country code', () => {
		const countries = listCountries();
		// "is" on the way to "Israel" must not send an Israeli reader to Iceland's EU rules.
		expect(findCountry('is', countries, { codes: false })).toBeUndefined();
		expect(findCountry('ch', countries, { codes: false })).toBeUndefined();
		expect(findCountry('Israel', countries, { codes: false })?.region).toBe('other');
		// Once the reader commits (leaves the box or picks from the list), a code is accepted.
		expect(findCountry('is', countries)?.code).toBe('IS');
	});
});
