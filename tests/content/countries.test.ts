/**
 * Which region covers which country, from content/regions.yaml, checked against lists written out here by
 * hand (never taken from src/), both as the content states it and as the table the build writes.
 */
import { getAllTimezones } from 'countries-and-timezones';
import { describe, expect, test } from 'vitest';
import { buildCountryTable, type RegionCountries } from '../../src/lib/countries';
import { ISO_3166_1_ALPHA2 } from '../../src/schemas/region';
import { byCollection, loadContent } from '../helpers/content';

/** The 249 officially assigned ISO 3166-1 alpha-2 codes. */
const ISO_CODES = `
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ
BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ
DE DJ DK DM DO DZ
EC EE EG EH ER ES ET
FI FJ FK FM FO FR
GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY
HK HM HN HR HT HU
ID IE IL IM IN IO IQ IR IS IT
JE JM JO JP
KE KG KH KI KM KN KP KR KW KY KZ
LA LB LC LI LK LR LS LT LU LV LY
MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ
NA NC NE NF NG NI NL NO NP NR NU NZ
OM
PA PE PF PG PH PK PL PM PN PR PS PT PW PY
QA
RE RO RS RU RW
SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ
TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ
UA UG UM US UY UZ
VA VC VE VG VI VN VU
WF WS
YE YT
ZA ZM ZW
`
	.trim()
	.split(/\s+/);

const EU_MEMBER_STATES = ['AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK'];
const EEA_OUTSIDE_EU = ['IS', 'LI', 'NO'];
/** Legally part of an EU member state: Åland (FI); French Guiana, Guadeloupe, Saint-Martin, Martinique, Réunion, Mayotte (FR). */
const EU_TERRITORIES = ['AX', 'GF', 'GP', 'MF', 'MQ', 'RE', 'YT'];

const { entries, errors } = loadContent();
const regions: RegionCountries[] = byCollection(entries, 'regions').map((e) => ({ id: e.id, countries: e.data['countries'] as string[], fallback: e.data['fallback'] as boolean }));
const listing = (code: string) => regions.filter((r) => r.countries.includes(code)).map((r) => r.id);

describe('content/regions.yaml: countries', () => {
	test('every region matches its schema (an unknown code is refused there)', () => {
		expect(errors.filter((e) => e.startsWith('content/regions.yaml'))).toEqual([]);
	});

	test('the hand-written ISO list is the 249 codes, each once', () => {
		expect(ISO_CODES).toHaveLength(249);
		expect(new Set(ISO_CODES).size).toBe(249);
	});

	test('exactly one region is the fallback, and it lists no countries of its own', () => {
		const fallbacks = regions.filter((r) => r.fallback);
		expect(fallbacks.map((r) => r.id)).toEqual(['other']);
		expect(fallbacks[0]?.countries).toEqual([]);
	});

	test('every other region lists at least one country', () => {
		expect(regions.filter((r) => !r.fallback && r.countries.length === 0).map((r) => r.id)).toEqual([]);
	});

	test('no region lists a code that is not ISO 3166-1 alpha-2', () => {
		const unknown = regions.flatMap((r) => r.countries.filter((c) => !ISO_CODES.includes(c)).map((c) => `${r.id}: ${c}`));
		expect(unknown).toEqual([]);
	});

	test('no country is listed by two regions', () => {
		expect(ISO_CODES.filter((code) => listing(code).length > 1).map((code) => `${code}: ${listing(code).join(', ')}`)).toEqual([]);
	});

	test('EU / EEA lists exactly the 27 EU member states, Iceland, Liechtenstein, Norway and the 7 territories', () => {
		const euEea = regions.find((r) => r.id === 'eu-eea');
		expect([...(euEea?.countries ?? [])].sort()).toEqual([...EU_MEMBER_STATES, ...EEA_OUTSIDE_EU, ...EU_TERRITORIES].sort());
		expect(EU_MEMBER_STATES).toHaveLength(27);
	});
});

describe('the country table the build writes (/countries.json)', () => {
	const table = buildCountryTable(regions, getAllTimezones({ deprecated: true }), ISO_3166_1_ALPHA2);
	const regionIds = new Set(regions.map((r) => r.id));

	test('has every ISO code, once, and nothing else', () => {
		expect(Object.keys(table.regions).sort()).toEqual([...ISO_CODES].sort());
	});

	test('only names regions that exist', () => {
		expect(Object.values(table.regions).filter((r) => !regionIds.has(r))).toEqual([]);
		expect(Object.values(table.zones).filter((code) => !ISO_CODES.includes(code))).toEqual([]);
	});

	test('every code belongs to exactly one region: the one listing it, or the fallback', () => {
		for (const code of ISO_CODES) expect(table.regions[code], code).toBe(listing(code)[0] ?? 'other');
	});

	test.each([
		['US', 'us'],
		['CA', 'canada'],
		['CH', 'switzerland'],
		['GB', 'uk'],
		['HK', 'hong-kong'],
		['IE', 'eu-eea'],
		['MT', 'eu-eea'],
		['NO', 'eu-eea'],
		['RE', 'eu-eea'],
		['AX', 'eu-eea'],
		['IN', 'other'],
		['AU', 'other'],
		['BR', 'other'],
		['CN', 'other'],
		['TR', 'other'],
		// Near or tied to a region, but outside its rules.
		['MO', 'other'],
		['MC', 'other'],
		['JE', 'other'],
		['GI', 'other'],
		['SJ', 'other'],
		['FO', 'other'],
		['GL', 'other'],
		['BL', 'other'],
		['PR', 'other'],
		['BV', 'other'],
	])('%s is in %s', (code, region) => {
		expect(table.regions[code]).toBe(region);
	});

	test('every EU / EEA code is in eu-eea, and nothing else is', () => {
		const expected = [...EU_MEMBER_STATES, ...EEA_OUTSIDE_EU, ...EU_TERRITORIES].sort();
		expect(ISO_CODES.filter((code) => table.regions[code] === 'eu-eea').sort()).toEqual(expected);
	});
});
