import { describe, expect, test } from 'vitest';
import { buildDate } from '../../src/lib/build-date';
import { addMonths, escapeText, foldLine, nextDay, reminderIcs, reminderPath } from '../../src/lib/ics';

describe('reminder dates', () => {
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
		['2027-02-28', '2027-03-01'],
		['2028-02-28', '2028-02-29'],
		['2027-12-31', '2028-01-01'],
		['2027-05-25', '2027-05-26'],
	])('the day after %s is %s', (from, expected) => {
		expect(nextDay(from)).toBe(expected);
	});

	test('a date not written YYYY-MM-DD is refused', () => {
		expect(() => addMonths('25/11/2026', 6)).toThrow(/YYYY-MM-DD/);
	});
});

describe('iCalendar text', () => {
	test('escapes backslash, semicolon, comma and line breaks, and leaves colons alone', () => {
		expect(escapeText(String.raw`C:\path; a, b` + '\nnext\r\nlast')).toBe(String.raw`C:\\path\; a\, b\nnext\nlast`);
	});

	test('a line of 75 octets stays whole', () => {
		const line = 'SUMMARY:Check your LinkedIn AI-training setting again, please, before June.';
		expect(new TextEncoder().encode(line).length).toBe(75);
		expect(foldLine(line)).toBe(line);
	});

	test('a longer line folds after 75 octets, then every 74 after a leading space', () => {
		const line =
			'DESCRIPTION:0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789';
		expect(foldLine(line)).toBe(
			'DESCRIPTION:012345678901234567890123456789012345678901234567890123456789012\r\n' +
				' 34567890123456789012345678901234567890123456789012345678901234567890123456\r\n' +
				' 78901234567890123456789',
		);
	});

	test('folding never splits a multi-byte character', () => {
		// The text up to "Gen" is 74 octets ("â" counts 2); "è" (2 octets) would end at octet 76, so it starts the next line whole.
		const line = 'DESCRIPTION:Neuchâtel, Zurich, Basel and the rest of Switzerland, and Genève';
		expect(foldLine(line)).toBe('DESCRIPTION:Neuchâtel, Zurich, Basel and the rest of Switzerland, and Gen\r\n ève');
	});
});

describe('reminder file', () => {
	const reminder = {
		guideUrl: 'https://example.org/guide/uk/ios/',
		title: 'Turn off LinkedIn AI training: iPhone or iPad app, United Kingdom',
		regionName: 'United Kingdom',
		platformName: 'iPhone or iPad app',
		today: '2026-08-31',
	};

	test('is the whole calendar, folded and escaped, with CRLF line endings', () => {
		expect(reminderIcs(reminder)).toBe(
			[
				'BEGIN:VCALENDAR',
				'VERSION:2.0',
				'PRODID:-//LinkedIn AI Training Opt-Out Guide//Reminder//EN',
				'CALSCALE:GREGORIAN',
				'METHOD:PUBLISH',
				'BEGIN:VEVENT',
				'UID:remind-uk-ios@example.org',
				'DTSTAMP:20260831T000000Z',
				'DTSTART;VALUE=DATE:20270228',
				'DTEND;VALUE=DATE:20270301',
				'SUMMARY:Check your LinkedIn AI-training setting again',
				"DESCRIPTION:Check that LinkedIn's setting for training generative AI on you",
				String.raw` r data is still switched off (United Kingdom\, iPhone or iPad app)\, and w`,
				String.raw` hether anything has changed.\n\nTurn off LinkedIn AI training: iPhone or i`,
				String.raw` Pad app\, United Kingdom:\nhttps://example.org/guide/uk/ios/\n\nWhat chang`,
				String.raw` ed since:\nhttps://example.org/changes/\n\nMade by LinkedIn AI Training Op`,
				String.raw` t-Out Guide\, an independent guide. Nothing was sent anywhere to create th`,
				' is reminder.',
				'URL:https://example.org/guide/uk/ios/',
				'TRANSP:TRANSPARENT',
				'BEGIN:VALARM',
				'ACTION:DISPLAY',
				'DESCRIPTION:Check your LinkedIn AI-training setting again',
				'TRIGGER:PT9H',
				'END:VALARM',
				'END:VEVENT',
				'END:VCALENDAR',
				'',
			].join('\r\n'),
		);
	});

	test('no line is longer than 75 octets and none ends without CR', () => {
		const ics = reminderIcs({ ...reminder, regionName: 'Hong Kong (香港), a region with a long name'.repeat(3) });
		expect(ics.endsWith('\r\n')).toBe(true);
		for (const line of ics.slice(0, -2).split('\r\n')) {
			expect(line).not.toMatch(/[\r\n]/);
			expect(new TextEncoder().encode(line).length, line).toBeLessThanOrEqual(75);
		}
	});

	test('the UID is the same for a guide whatever the day, and differs between guides', () => {
		const uid = (ics: string) => /^UID:(.*)$/m.exec(ics)?.[1];
		expect(uid(reminderIcs({ ...reminder, today: '2027-01-01' }))).toBe('remind-uk-ios@example.org');
		expect(uid(reminderIcs({ ...reminder, guideUrl: 'http://localhost:4321/guide/us/mobile-web/' }))).toBe('remind-us-mobile-web@localhost');
	});

	test('lives next to its guide page', () => {
		expect(reminderPath('eu-eea', 'mobile-web')).toBe('/guide/eu-eea/mobile-web/remind.ics');
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
