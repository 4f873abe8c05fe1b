import { describe, expect, test } from 'vitest';
import { guessPlatform, suggestCountry, suggestRegion } from '../../src/lib/detect';
import { realCountryTable } from '../helpers/content';

const table = realCountryTable();

describe('platform guess from the user agent', () => {
	test.each([
		['Mozilla/5.0 (Linux; Android 15; Pixel 9) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36', 0, 'android'],
		['Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1', 5, 'ios'],
		['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15', 5, 'ios'],
		['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15', 0, 'desktop'],
		['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36', 0, 'desktop'],
		['Mozilla/5.0 (Mobile; rv:48.0) Gecko/48.0 Firefox/48.0 KAIOS/2.5', 0, 'mobile-web'],
		['', 0, 'desktop'],
	])('%s → %s', (ua, touch, expected) => {
		expect(guessPlatform(ua, touch)).toBe(expected);
	});
});

describe('region suggestion from the time zone', () => {
	test.each([
		// EU / EEA, including islands and territories far from the mainland.
		['Europe/Malta', 'eu-eea'],
		['Europe/Dublin', 'eu-eea'],
		['Europe/Berlin', 'eu-eea'],
		['Europe/Amsterdam', 'eu-eea'],
		['Europe/Copenhagen', 'eu-eea'],
		['Europe/Luxembourg', 'eu-eea'],
		['Europe/Oslo', 'eu-eea'],
		['Europe/Vaduz', 'eu-eea'],
		['Atlantic/Reykjavik', 'eu-eea'],
		['Atlantic/Canary', 'eu-eea'],
		['Atlantic/Madeira', 'eu-eea'],
		['Atlantic/Azores', 'eu-eea'],
		['Africa/Ceuta', 'eu-eea'],
		['Asia/Nicosia', 'eu-eea'],
		['Asia/Famagusta', 'eu-eea'],
		['Europe/Mariehamn', 'eu-eea'],
		['Europe/Busingen', 'eu-eea'],
		['Indian/Reunion', 'eu-eea'],
		['America/Cayenne', 'eu-eea'],
		['America/Martinique', 'eu-eea'],
		['America/Marigot', 'eu-eea'],
		// The single-country regions.
		['Europe/London', 'uk'],
		['Europe/Belfast', 'uk'],
		['Europe/Zurich', 'switzerland'],
		['America/Toronto', 'canada'],
		['America/St_Johns', 'canada'],
		['America/Vancouver', 'canada'],
		['America/Montreal', 'canada'],
		['Asia/Hong_Kong', 'hong-kong'],
		['America/New_York', 'us'],
		['America/Chicago', 'us'],
		['America/Indiana/Indianapolis', 'us'],
		['America/Phoenix', 'us'],
		['America/Anchorage', 'us'],
		['Pacific/Honolulu', 'us'],
		['US/Eastern', 'us'],
		// Everywhere else, including places next to or tied to a region.
		['Asia/Kolkata', 'other'],
		['Asia/Calcutta', 'other'],
		['Europe/Istanbul', 'other'],
		['Europe/Monaco', 'other'],
		['Europe/Jersey', 'other'],
		['Europe/Gibraltar', 'other'],
		['Europe/Kyiv', 'other'],
		['Atlantic/Faroe', 'other'],
		['America/Nuuk', 'other'],
		['Arctic/Longyearbyen', 'other'],
		['America/St_Barthelemy', 'other'],
		['America/Puerto_Rico', 'other'],
		['Asia/Macau', 'other'],
		['Australia/Sydney', 'other'],
		['America/Sao_Paulo', 'other'],
	])('%s suggests %s', (timeZone, region) => {
		// Language tags pointing elsewhere do not change it: the zone decides.
		expect(suggestRegion({ timeZone, languages: ['en-US'] }, table)).toBe(region);
		expect(suggestRegion({ timeZone, languages: ['en-GB'] }, table)).toBe(region);
	});
});

describe('region suggestion without a useful time zone', () => {
	test('the language tag country is used', () => {
		expect(suggestRegion({ languages: ['en-GB', 'en'] }, table)).toBe('uk');
		expect(suggestRegion({ languages: ['fr-CA'] }, table)).toBe('canada');
		expect(suggestRegion({ languages: ['de', 'de-CH'] }, table)).toBe('switzerland');
		expect(suggestRegion({ languages: ['de'] }, table)).toBeUndefined();
		expect(suggestRegion({}, table)).toBeUndefined();
	});

	test('a zone that names no country (UTC) says nothing, so the language decides', () => {
		expect(suggestRegion({ timeZone: 'Etc/UTC', languages: ['en-GB'] }, table)).toBe('uk');
		expect(suggestRegion({ timeZone: 'UTC' }, table)).toBeUndefined();
	});

	test('a malformed or unknown time zone falls back to the language', () => {
		expect(suggestRegion({ timeZone: '<script>', languages: ['de-AT'] }, table)).toBe('eu-eea');
		expect(suggestRegion({ timeZone: 'Mars/Olympus_Mons', languages: ['en-US'] }, table)).toBe('us');
		expect(suggestRegion({ timeZone: 'constructor', languages: ['en-IN'] }, table)).toBe('other');
	});
});

describe('a browser set to UTC', () => {
	// Tor Browser, Mullvad Browser and Firefox with resistFingerprinting report UTC and "en-US" for everyone.
	test.each(['Etc/UTC', 'UTC', 'GMT', 'Etc/GMT', 'Etc/Universal', 'Etc/Zulu', 'Universal', 'Zulu', 'UCT', 'Greenwich', 'GMT0', 'Etc/GMT+0'])(
		'%s with "en-US" suggests no region, not the United States',
		(timeZone) => {
			expect(suggestRegion({ timeZone, languages: ['en-US', 'en'] }, table)).toBeUndefined();
			expect(suggestRegion({ timeZone, languages: ['EN-us'] }, table)).toBeUndefined();
			expect(suggestCountry({ timeZone, languages: ['en-US', 'en'] }, table)).toBeUndefined();
		},
	);

	test('another language tag still says where the reader is', () => {
		expect(suggestRegion({ timeZone: 'UTC', languages: ['en-US', 'de-CH'] }, table)).toBe('switzerland');
		expect(suggestRegion({ timeZone: 'Etc/UTC', languages: ['es-US'] }, table)).toBe('us');
		expect(suggestRegion({ timeZone: 'GMT', languages: ['en-GB'] }, table)).toBe('uk');
	});

	test('a time zone of a place is not UTC: New York and London still count, as does en-US without a zone', () => {
		expect(suggestRegion({ timeZone: 'America/New_York', languages: ['en-US'] }, table)).toBe('us');
		expect(suggestRegion({ timeZone: 'Europe/London', languages: ['en-US'] }, table)).toBe('uk');
		expect(suggestRegion({ languages: ['en-US'] }, table)).toBe('us');
	});
});

describe('the country guessed, for offering the page in its languages', () => {
	test.each([
		['Europe/Zurich', ['en-US'], 'CH'],
		['Europe/Brussels', ['en'], 'BE'],
		['Asia/Hong_Kong', ['en-GB'], 'HK'],
		['America/Montreal', ['fr-CA'], 'CA'],
		['Europe/Berlin', ['en-US'], 'DE'],
		['UTC', ['fr-BE'], 'BE'],
		['UTC', ['de'], undefined],
	] as const)('%s with %o is %s', (timeZone, languages, country) => {
		expect(suggestCountry({ timeZone, languages }, table)).toBe(country);
	});
});
