import { describe, expect, test } from 'vitest';
import { i18n } from '../../src/i18n';
import { escapeText, foldLine, reminderIcs } from '../../src/lib/ics';

const { t } = i18n('en');

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
		changesUrl: 'https://example.org/changes/',
		uid: 'remind-uk-ios',
		title: 'Turn off LinkedIn AI training: iPhone or iPad app, United Kingdom',
		regionName: 'United Kingdom',
		platformName: 'iPhone or iPad app',
		today: '2026-08-31',
	};

	test('is the whole calendar, folded and escaped, with CRLF line endings', () => {
		expect(reminderIcs(reminder, t)).toBe(
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
		const ics = reminderIcs({ ...reminder, regionName: 'Hong Kong (香港), a region with a long name'.repeat(3) }, t);
		expect(ics.endsWith('\r\n')).toBe(true);
		for (const line of ics.slice(0, -2).split('\r\n')) {
			expect(line).not.toMatch(/[\r\n]/);
			expect(new TextEncoder().encode(line).length, line).toBeLessThanOrEqual(75);
		}
	});

	test('the UID is the same for a guide whatever the day or language, on the host of the guide', () => {
		const uid = (ics: string) => /^UID:(.*)$/m.exec(ics)?.[1];
		expect(uid(reminderIcs({ ...reminder, today: '2027-01-01' }, t))).toBe('remind-uk-ios@example.org');
		expect(uid(reminderIcs({ ...reminder, guideUrl: 'https://example.org/de/guide/uk/ios/' }, i18n('de').t))).toBe('remind-uk-ios@example.org');
		expect(uid(reminderIcs({ ...reminder, uid: 'remind-us-mobile-web', guideUrl: 'http://localhost:4321/guide/us/mobile-web/' }, t))).toBe(
			'remind-us-mobile-web@localhost',
		);
	});

	test('is written in the language it is made in', () => {
		const ics = reminderIcs({ ...reminder, guideUrl: 'https://example.org/de/guide/uk/ios/' }, i18n('de').t);
		expect(ics).toMatch(/^SUMMARY:LinkedIn-Einstellung zum KI-Training erneut prüfen\r$/m);
	});
});
