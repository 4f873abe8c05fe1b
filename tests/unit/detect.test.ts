import { describe, expect, test } from 'vitest';
import { guessPlatform, suggestRegion } from '../../src/lib/detect';

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

describe('region suggestion', () => {
	test.each([
		['Europe/London', 'uk'],
		['Europe/Berlin', 'eu-eea'],
		['Atlantic/Reykjavik', 'eu-eea'],
		['Europe/Zurich', 'switzerland'],
		['America/Toronto', 'canada'],
		['America/Chicago', 'us'],
		['America/Indiana/Indianapolis', 'us'],
		['Asia/Hong_Kong', 'hong-kong'],
		['Asia/Kolkata', 'other'],
		['Europe/Monaco', 'other'],
	])('time zone %s suggests %s', (timeZone, region) => {
		expect(suggestRegion({ timeZone })).toBe(region);
	});

	test('without a time zone, the language tag country is used', () => {
		expect(suggestRegion({ languages: ['en-GB', 'en'] })).toBe('uk');
		expect(suggestRegion({ languages: ['fr-CA'] })).toBe('canada');
		expect(suggestRegion({ languages: ['de'] })).toBeUndefined();
		expect(suggestRegion({})).toBeUndefined();
	});

	test('a malformed time zone falls back to the language', () => {
		expect(suggestRegion({ timeZone: '<script>', languages: ['de-AT'] })).toBe('eu-eea');
	});
});
