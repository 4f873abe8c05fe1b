import { describe, expect, test } from 'vitest';
import { followUpIcs } from '../../src/lib/ics';
import { fillLetter, letterTemplate, templateFromShown } from '../../src/lib/letters';

const PLACEHOLDERS = { name: '[your name]', email: '[your e-mail]', profile: '[your profile]', date: '[date]' };

describe('letters', () => {
	test('a letter shows placeholders until the reader types, then what they typed', () => {
		const template = 'To: {controller}\nFrom: {name} <{email}>, {profile}\nDate: {date}';
		const words = letterTemplate(template, { controller: 'LinkedIn Ireland Unlimited Company' });
		expect(fillLetter(words, {}, PLACEHOLDERS)).toBe('To: LinkedIn Ireland Unlimited Company\nFrom: [your name] <[your e-mail]>, [your profile]\nDate: [date]');
		expect(fillLetter(words, { name: '  Ana Núñez ', email: 'ana@example.org', date: '3 December 2026' }, PLACEHOLDERS)).toBe(
			'To: LinkedIn Ireland Unlimited Company\nFrom: Ana Núñez <ana@example.org>, [your profile]\nDate: 3 December 2026',
		);
	});

	test('what a reader types is kept as typed, even when it looks like markup or a slot', () => {
		const typed = '<img src=x onerror=alert(1)> {email} ‮ مرحبا 👩🏽‍💻 \u0007';
		expect(fillLetter('Name: {name}; e-mail: {email}', { name: typed, email: 'a@b.c' }, PLACEHOLDERS)).toBe(`Name: ${typed.trim()}; e-mail: a@b.c`);
	});

	test('the template is recovered from the letter as served, placeholders back to slots', () => {
		const shown = 'Dear DPO,\n[your name] ([your e-mail]) writes on [date], about my letter of [date you sent it].';
		expect(templateFromShown(shown, PLACEHOLDERS)).toBe('Dear DPO,\n{name} ({email}) writes on {date}, about my letter of [date you sent it].');
	});

	test('a letter whose words name an unknown fact fails, naming it', () => {
		expect(() => letterTemplate('To: {authority}', { controller: 'LinkedIn' })).toThrow(/\{authority\}/);
	});

	test('the follow-up calendar file falls one month after the day it is made, at the page’s address', () => {
		const ics = followUpIcs({
			pageUrl: 'https://example.org/de/rights/eu-eea/',
			siteName: 'Guide',
			summary: 'Has LinkedIn answered?',
			description: 'A month has passed.',
			today: '2026-12-31',
			months: 1,
		});
		expect(ics).toContain('\r\nDTSTART;VALUE=DATE:20270131\r\n');
		expect(ics).toContain('\r\nDTEND;VALUE=DATE:20270201\r\n');
		expect(ics).toContain('\r\nUID:follow-up-de-rights-eu-eea-20261231@example.org\r\n');
		expect(ics).toContain('\r\nSUMMARY:Has LinkedIn answered?\r\n');
		expect(ics).toContain('\r\nURL:https://example.org/de/rights/eu-eea/\r\n');
		expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
	});
});
