import { describe, expect, test } from 'vitest';
import { HAS_BROWSER, useSite } from '../helpers/e2e';

const VIEWPORTS = [
	{ width: 390, height: 844 },
	{ width: 1280, height: 800 },
];

describe.skipIf(!HAS_BROWSER)('the rights kit’s letters', () => {
	const site = useSite();
	const ready = (page: import('playwright-core').Page) => page.waitForSelector('[data-letter-fields]:not([hidden])');

	test.each(VIEWPORTS)('at %o, what the reader types fills the letters, and a letter copies as shown', async (viewport) => {
		const { page, problems } = await site.open('/rights/eu-eea/', { viewport, permissions: ['clipboard-read', 'clipboard-write'] });
		await ready(page);
		const objection = page.locator('pre[data-letter=objection]');
		expect(await objection.textContent()).toContain('My name is [your name], the e-mail address of my account is [your account’s e-mail address]');
		await page.getByLabel('Your name').fill('Ana Núñez');
		await page.getByLabel('The e-mail address of your LinkedIn account').fill('ana@example.org');
		await page.getByLabel('Your profile’s address').fill('https://www.linkedin.com/in/ana');
		await page.getByLabel('The day you sent your first letter').fill('2 November 2026');
		await page.getByLabel('The reference number LinkedIn gave you').fill('CASE-123');
		const letter = (await objection.textContent()) ?? '';
		expect(letter).toContain('My name is Ana Núñez, the e-mail address of my account is ana@example.org and my profile is at https://www.linkedin.com/in/ana.');
		expect(letter).not.toContain('[date]');
		// Today, as the site writes a day in English: "3 December 2026", never "December 3, 2026".
		expect(letter).toMatch(/^Date: \d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) 20\d\d$/m);
		expect(letter.trimEnd().endsWith('Yours faithfully,\nAna Núñez')).toBe(true);
		const reminder = (await page.locator('pre[data-letter=reminder]').textContent()) ?? '';
		expect(reminder).toContain('Subject: Reminder: my objection of 2 November 2026\n');
		expect(reminder).toContain(
			'On 2 November 2026 I objected under Article 21(1) GDPR to the use of my personal data for AI training (reference: CASE-123). My account’s e-mail address is ana@example.org.',
		);
		expect(await page.locator('pre[data-letter=complaint]').textContent()).toContain(
			'On 2 November 2026 I objected under Article 21(1) GDPR (reference: CASE-123).',
		);
		await page.getByRole('button', { name: 'Copy “Your objection”' }).click();
		await expect.poll(() => page.locator('[data-copy-status=objection]').textContent()).toBe('Copied. Paste it where you send it.');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(letter);
		expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
		expect(problems).toEqual([]);
	});

	test('anything typed shows as typed, never as markup; the page stays usable; nothing is requested or stored', async () => {
		const { page, problems } = await site.open('/rights/uk/', { viewport: { width: 390, height: 844 }, permissions: ['clipboard-read', 'clipboard-write'] });
		await ready(page);
		const requested: string[] = [];
		page.on('request', (r) => requested.push(r.url()));
		const hostile = [
			'x'.repeat(10_000),
			'<img src=x onerror="document.title=\'pwned\'"><script>document.title="pwned"</script>',
			'👩🏽‍💻 Zoë 🇬🇧',
			'مرحبا بالعالم \u202eevil',
			'tab\there\u0000nul\u0007bell\u001b[31m',
		];
		const name = page.getByLabel('Your name');
		for (const value of hostile) {
			await name.fill(value);
			const shown = (await page.locator('pre[data-letter=objection]').textContent()) ?? '';
			expect(shown).toContain(`My name is ${value.trim()},`);
			expect(await page.locator('pre[data-letter] *').count()).toBe(0);
			expect(await page.title()).not.toBe('pwned');
			expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), 'no sideways scrolling').toBe(true);
		}
		// Every other field takes the same: all of it at once, shown as typed in the letters that use it.
		const everything = hostile.join(' ');
		for (const label of ['Your profile’s address', 'The day you sent your first letter', 'The reference number LinkedIn gave you'])
			await page.getByLabel(label).fill(everything);
		const reminder = (await page.locator('pre[data-letter=reminder]').textContent()) ?? '';
		expect(reminder).toContain(`Subject: Reminder: my objection of ${everything}\n`);
		expect(reminder).toContain(`(reference: ${everything}).`);
		expect(await page.locator('pre[data-letter=complaint]').textContent()).toContain(`my LinkedIn profile is at ${everything}.`);
		expect(await page.locator('pre[data-letter] *').count()).toBe(0);
		expect(await page.title()).not.toBe('pwned');
		expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), 'no sideways scrolling').toBe(true);
		await page.getByLabel('The e-mail address of your LinkedIn account').pressSequentially('not an address <b>');
		await page.getByRole('button', { name: 'Copy “Your objection”' }).click();
		await expect.poll(() => page.locator('[data-copy-status=objection]').textContent()).toBe('Copied. Paste it where you send it.');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('tab\there');
		// Still usable: the other letters copy too, and the address has not changed.
		await page.getByRole('button', { name: 'Copy “Your complaint to the regulator”' }).click();
		await expect.poll(() => page.locator('[data-copy-status=complaint]').textContent()).toBe('Copied. Paste it where you send it.');
		expect(new URL(page.url()).search).toBe('');
		expect(requested).toEqual([]);
		const stored = await page.evaluate(async () => ({
			local: localStorage.length,
			session: sessionStorage.length,
			cookie: document.cookie,
			databases: (await indexedDB.databases()).length,
		}));
		expect(stored).toEqual({ local: 0, session: 0, cookie: '', databases: 0 });
		expect(problems).toEqual([]);
	});

	test('the follow-up reminder is a calendar file made in the browser, one month ahead', async () => {
		const { page, problems } = await site.open('/de/rights/switzerland/');
		await ready(page);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Erinnerung in einem Monat in meinen Kalender eintragen' }).click(),
		]);
		expect(download.suggestedFilename()).toBe('follow-up.ics');
		expect(download.url()).toMatch(/^blob:/);
		const ics = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
		const today = await page.evaluate(() => new Date());
		const next = new Date(today.getFullYear(), today.getMonth() + 1, 1);
		// Falls in the next calendar month (on the same day, or its last day when the month is shorter).
		expect(ics).toMatch(new RegExp(`DTSTART;VALUE=DATE:${next.getFullYear()}${String(next.getMonth() + 1).padStart(2, '0')}\\d\\d\\r\\n`));
		expect(ics).toContain('SUMMARY:Hat LinkedIn auf meinen Widerspruch geantwortet?');
		expect(problems).toEqual([]);
	});

	test.each([true, false])(
		'a reader finds their country’s authority from the EU and EEA page (JavaScript %s): its entry opens on arrival',
		async (javaScriptEnabled) => {
			const { page, problems } = await site.open('/de/rights/eu-eea/', { viewport: { width: 390, height: 844 }, javaScriptEnabled });
			await page.locator('[data-by-country]').getByRole('link', { name: 'Italien' }).click();
			await page.waitForURL(/\/de\/rights\/eu-eea\/authorities\/#country-IT$/);
			const italy = page.locator('details[data-country=IT]');
			await expect.poll(() => italy.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
			const entry = italy.locator('[data-regulator=it-garante]');
			expect(await entry.isVisible()).toBe(true);
			// The country's name and its first authority are on screen.
			const [summaryTop, entryTop, height] = await italy.evaluate((d) => [
				d.querySelector('summary')!.getBoundingClientRect().top,
				d.querySelector('[data-regulator]')!.getBoundingClientRect().top,
				window.innerHeight,
			]);
			expect(summaryTop).toBeGreaterThanOrEqual(0);
			expect(entryTop).toBeLessThan(height - 100);
			expect(await entry.textContent()).toContain('protocollo@pec.gpdp.it');
			expect(await page.locator('details[data-country][open]').count()).toBe(1);
			expect(problems).toEqual([]);
		},
	);

	test('without JavaScript the letters keep their placeholders, and the fields that would do nothing are hidden', async () => {
		const { page, problems } = await site.open('/fr/rights/canada/', { javaScriptEnabled: false });
		expect(await page.locator('pre[data-letter=objection]').textContent()).toContain('Je m’appelle [votre nom]');
		expect(await page.locator('[data-letter-fields]').isVisible()).toBe(false);
		expect(await page.locator('[data-no-js-note]').isVisible()).toBe(true);
		expect(await page.locator('[data-copy-letter]').first().isVisible()).toBe(false);
		expect(problems).toEqual([]);
	});
});
