import { describe, expect, test, vi } from 'vitest';
import { addDays, addMonths, buildDate, formatDate, isIsoDate } from '../../src/lib/dates';

describe('calendar days', () => {
	test.each([
		['2026-11-25', '2027-05-25'],
		['2026-07-15', '2027-01-15'], // into the next year
		['2026-12-31', '2027-06-30'], // June has 30 days
		['2026-03-31', '2026-09-30'],
		['2026-08-31', '2027-02-28'], // no 31 February: the last day of February
		['2027-08-31', '2028-02-29'], // ... which in a leap year is the 29th
		['2027-08-29', '2028-02-29'],
		['2026-08-29', '2027-02-28'],
	])('six months after %s is %s', (from, expected) => {
		expect(addMonths(from, 6)).toBe(expected);
	});

	test.each([
		['2027-02-28', 1, '2027-03-01'],
		['2028-02-28', 1, '2028-02-29'],
		['2027-12-31', 1, '2028-01-01'],
		['2026-11-25', 90, '2027-02-23'],
		['2026-03-01', -1, '2026-02-28'],
	])('%s plus %i days is %s', (from, days, expected) => {
		expect(addDays(from, days)).toBe(expected);
	});

	test.each(['2025-02-30', '2025-13-01', '25/11/2026', '2026-1-5', 'soon', '2025-11-03T10:00:00Z'])('%s is not a calendar day, so it is refused', (bad) => {
		expect(isIsoDate(bad)).toBe(false);
		expect(() => addMonths(bad, 6)).toThrow(/YYYY-MM-DD/);
		expect(() => formatDate(bad, 'en-GB')).toThrow(RangeError);
	});

	test('a leap day is a real day', () => {
		expect(isIsoDate('2028-02-29')).toBe(true);
		expect(isIsoDate('2027-02-29')).toBe(false);
	});
});

describe('dates as readers see them', () => {
	test('written out in full, day first, in British English', () => {
		expect(formatDate('2025-11-03', 'en-GB')).toBe('3 November 2025');
		expect(formatDate('2024-02-29', 'en-GB')).toBe('29 February 2024');
	});

	test('each locale writes the same day its own way', () => {
		expect(formatDate('2025-11-03', 'en-US')).toBe('November 3, 2025');
		expect(formatDate('2025-11-03', 'de-DE')).toBe('3. November 2025');
		expect(formatDate('2025-11-03', 'fr-FR')).toBe('3 novembre 2025');
	});

	test("the machine's time zone does not move the day", async () => {
		const zone = process.env['TZ'];
		try {
			// Far west and far east of UTC, where midnight UTC is another day on the local clock. A fresh copy
			// of the module each time, so no formatter made under another zone is reused.
			for (const tz of ['Pacific/Pago_Pago', 'Pacific/Kiritimati']) {
				process.env['TZ'] = tz;
				vi.resetModules();
				const fresh = await import('../../src/lib/dates');
				expect(fresh.formatDate('2025-11-03', 'en-GB'), tz).toBe('3 November 2025');
				expect(fresh.formatDate('2024-12-31', 'en-GB'), tz).toBe('31 December 2024');
				expect(fresh.addDays('2024-12-31', 1), tz).toBe('2025-01-01');
			}
		} finally {
			if (zone === undefined) delete process.env['TZ'];
			else process.env['TZ'] = zone;
		}
	});
});

describe('build date', () => {
	test('is today in UTC when SITE_BUILD_DATE is not set', () => {
		expect(buildDate({}, new Date('2026-11-25T23:59:59Z'))).toBe('2026-11-25');
		// Late evening in New York is already the next day in UTC.
		expect(buildDate({ SITE_BUILD_DATE: '' }, new Date('2026-11-25T21:30:00-05:00'))).toBe('2026-11-26');
	});

	test('SITE_BUILD_DATE overrides it, for reproducible builds', () => {
		expect(buildDate({ SITE_BUILD_DATE: '2026-02-03' }, new Date('2030-01-01T00:00:00Z'))).toBe('2026-02-03');
	});

	test.each(['2026-02-30', '25/11/2026', '2026-1-5', 'today'])('a mistyped SITE_BUILD_DATE (%s) fails loudly', (value) => {
		expect(() => buildDate({ SITE_BUILD_DATE: value })).toThrow(/SITE_BUILD_DATE/);
	});
});
