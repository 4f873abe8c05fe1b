import { describe, expect, test } from 'vitest';
import { followUpIcs } from '../../src/lib/ics';
import { fillLetter, letterTemplate, templateFromShown } from '../../src/lib/letters';
import en from '../../src/i18n/translations/en.json';
import fr from '../../src/i18n/translations/fr.json';

const PLACEHOLDERS = {
	name: '[your name]',
	email: '[your e-mail]',
	profile: '[your profile]',
	sent: '[date you sent it]',
	reference: '[if you received one]',
	date: '[date]',
};

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
		const shown =
			'Dear DPO,\n[your name] ([your e-mail]) writes on [date], about my letter of [date you sent it] (reference: [if you received one]) and [date of your reminder].';
		expect(templateFromShown(shown, PLACEHOLDERS)).toBe(
			'Dear DPO,\n{name} ({email}) writes on {date}, about my letter of {sent} (reference: {reference}) and [date of your reminder].',
		);
	});

	test('the GDPR reminder, as the English page composes it, names the day of the objection and its reference', () => {
		const template = letterTemplate(en['letter.reminder.gdpr'], { controller: 'LinkedIn Ireland Unlimited Company' });
		const typed = { name: 'Ana Núñez', email: 'ana@example.org', sent: '2 November 2026', reference: 'CASE-123', date: '3 December 2026' };
		expect(fillLetter(template, typed, PLACEHOLDERS)).toBe(
			[
				'To: Data Protection Officer, LinkedIn Ireland Unlimited Company',
				'Date: 3 December 2026',
				'Subject: Reminder: my objection of 2 November 2026',
				'',
				'On 2 November 2026 I objected under Article 21(1) GDPR to the use of my personal data for AI training (reference: CASE-123). My account’s e-mail address is ana@example.org.',
				'',
				'More than a month has passed without an answer, which is longer than Article 12(3) GDPR allows. Please answer within 14 days; otherwise I will complain to my data-protection authority.',
				'',
				'Yours faithfully,',
				'Ana Núñez',
			].join('\n'),
		);
	});

	test('the French complaint for Hong Kong, as served before anyone types, shows every placeholder in its place', () => {
		// French puts a no-break space before a colon.
		const placeholders = {
			name: '[votre nom]',
			email: '[l’adresse e-mail de votre compte]',
			profile: '[l’adresse de votre profil]',
			sent: '[date de votre courrier]',
			reference: '[si vous en avez reçu un]',
			date: '[date]',
		};
		const shown = fillLetter(letterTemplate(fr['letter.complaint.pdpo'], { controller: 'LinkedIn' }), {}, placeholders);
		expect(shown.split('\n').slice(0, 7)).toEqual([
			'À\u00a0: Privacy Commissioner for Personal Data (pour le formulaire OPS001)',
			'Date\u00a0: [date]',
			'Objet\u00a0: Plainte contre LinkedIn',
			'',
			'Je m’appelle [votre nom], mon adresse e-mail est [l’adresse e-mail de votre compte] et mon profil LinkedIn se trouve à l’adresse [l’adresse de votre profil].',
			'',
			'LinkedIn utilise les données personnelles de ses membres à Hong Kong pour entraîner des modèles d’IA qui génèrent du contenu, une finalité différente de celle pour laquelle elles ont été collectées. Le [date de votre courrier], j’ai indiqué par écrit à LinkedIn que je n’y consens pas (numéro de dossier\u00a0: [si vous en avez reçu un]). [LinkedIn n’a pas répondu. / LinkedIn a refusé. / Décrivez ce qui s’est passé.]',
		]);
		// Read back from the page, the served letter gives the template again, slots and all.
		expect(templateFromShown(shown, placeholders)).toBe(letterTemplate(fr['letter.complaint.pdpo'], { controller: 'LinkedIn' }));
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
