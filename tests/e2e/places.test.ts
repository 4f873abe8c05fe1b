/**
 * The country box knows places, not only countries, and the chooser offers the page in the languages read
 * in the reader's country, on a phone, in a real browser against the built site.
 */
import { describe, expect, test } from 'vitest';
import { HAS_BROWSER, useSite } from '../helpers/e2e';

const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1';
const PHONE = { viewport: { width: 390, height: 844 }, userAgent: IPHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

describe.skipIf(!HAS_BROWSER)('places in the country box', () => {
	const site = useSite();

	test.each([
		['Bavaria', 'Bavaria (Germany) follows the rules for the EU and EEA.', 'eu-eea', 'EU / EEA'],
		// English writes it without the accent; either finds it.
		['Québec', 'Quebec (Canada) follows the rules for Canada.', 'canada', 'Canada'],
		['Scotland', 'Scotland (United Kingdom) follows the rules for the UK.', 'uk', 'United Kingdom'],
	])('on / at 390×844, typing “%s” says “%s” and shows that region’s steps', async (typed, sentence, region, regionName) => {
		const { page, problems } = await site.open('/', { ...PHONE, timezoneId: 'Asia/Tokyo' });
		await page.getByLabel('Not sure? Type your country, state or province').fill(typed);
		await page.waitForURL(new RegExp(`/guide/${region}/ios/$`));
		expect(await page.getByRole('status').filter({ hasText: '(' }).textContent()).toBe(sentence);
		await expect.poll(() => page.locator('#walkthrough-title').textContent()).toContain(regionName);
		expect(await page.locator('[aria-labelledby=chooser-title] a[aria-current=true]').first().textContent()).toBe(regionName);
		expect(problems).toEqual([]);
	});

	test.each([
		['Bavaria', '/rights/eu-eea/authorities/#country-DE'],
		['Scotland', '/rights/uk/#regulators'],
		['Texas', undefined],
	])('typing “%s” offers where to complain there: %s', async (typed, href) => {
		const { page, problems } = await site.open('/', { ...PHONE, timezoneId: 'Asia/Tokyo' });
		await page.getByLabel('Not sure? Type your country, state or province').fill(typed);
		await expect.poll(() => page.getByRole('status').filter({ hasText: '(' }).count()).toBe(1);
		const link = page.locator('[data-country-authority]');
		if (!href) {
			expect(await link.count()).toBe(0);
		} else {
			expect(await link.getAttribute('href')).toBe(href);
			expect(await link.textContent()).toBe('Where to complain there, if LinkedIn does not answer');
			await link.click();
			await page.waitForURL((url) => url.pathname + url.hash === href);
			// The country's entry is open and on screen, though the list folds every country away.
			if (href.includes('#country-')) expect(await page.locator('details[data-country=DE]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
		}
		expect(problems).toEqual([]);
	});

	test('a German reader typing “Schottland” or “Bayern” gets those places, named in German', async () => {
		const { page, problems } = await site.open('/de/', { ...PHONE, locale: 'de-DE', timezoneId: 'Asia/Tokyo' });
		const box = page.getByLabel('Unsicher? Geben Sie Ihr Land oder Bundesland ein');
		await box.fill('Schottland');
		await page.waitForURL(/\/de\/guide\/uk\/ios\/$/);
		await box.fill('Bayern');
		await page.waitForURL(/\/de\/guide\/eu-eea\/ios\/$/);
		expect(await page.getByRole('status').filter({ hasText: 'Bayern' }).textContent()).toBe(
			'Bayern (Deutschland): Es gelten dieselben Regeln wie in der EU und im EWR.',
		);
		expect(problems).toEqual([]);
	});

	test('a browser set to UTC with “en-US”, as Tor Browser reports, is not told it is in the United States', async () => {
		const { page, problems } = await site.open('/', { ...PHONE, timezoneId: 'UTC', locale: 'en-US' });
		// The box's words have arrived once it is on the page; the hint comes with the same tables.
		await page.getByLabel('Not sure? Type your country, state or province').waitFor();
		await page.waitForLoadState('networkidle');
		expect(await page.getByText(/time zone suggests/).count()).toBe(0);
		expect(problems).toEqual([]);
	});
});

describe.skipIf(!HAS_BROWSER)('the page offered in the reader’s languages', () => {
	const site = useSite();
	const offer = (page: import('playwright-core').Page) => page.locator('[data-other-languages]');

	test('a Swiss browser on / is offered German and French, each linking to the same page, named in itself; no redirect', async () => {
		const { page, problems } = await site.open('/', { ...PHONE, timezoneId: 'Europe/Zurich' });
		await expect.poll(() => offer(page).textContent()).toBe('This guide is also in Deutsch · Français.');
		const links = offer(page).getByRole('link');
		expect(await links.evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('lang'), a.getAttribute('hreflang')]))).toEqual(
			[
				['Deutsch', '/de/', 'de', 'de'],
				['Français', '/fr/', 'fr', 'fr'],
			],
		);
		expect(new URL(page.url()).pathname).toBe('/');
		// After choosing, the offer follows the page now on screen.
		await page.locator('[aria-labelledby=chooser-title]').getByRole('link', { name: 'Switzerland', exact: true }).click();
		await page.waitForURL(/\/guide\/switzerland\/ios\/$/);
		await expect.poll(() => offer(page).getByRole('link', { name: 'Deutsch' }).getAttribute('href')).toBe('/de/guide/switzerland/ios/');
		await offer(page).getByRole('link', { name: 'Français' }).click();
		await page.waitForURL(/\/fr\/guide\/switzerland\/ios\/$/);
		expect(problems).toEqual([]);
	});

	test('on a French page a Swiss reader is offered nothing: the page is in one of their languages', async () => {
		const { page, problems } = await site.open('/fr/', { ...PHONE, timezoneId: 'Europe/Zurich', locale: 'fr-CH' });
		await page.getByLabel('Vous ne savez pas ? Saisissez votre pays, votre province ou votre État').waitFor();
		await page.waitForLoadState('networkidle');
		expect(await offer(page).count()).toBe(0);
		expect(problems).toEqual([]);
	});

	test('a Hong Kong browser on a German page is offered English', async () => {
		const { page, problems } = await site.open('/de/guide/', { ...PHONE, timezoneId: 'Asia/Hong_Kong', locale: 'de-DE' });
		await expect.poll(() => offer(page).textContent()).toBe('Diese Anleitung gibt es auch in anderen Sprachen: English.');
		expect(await offer(page).getByRole('link').getAttribute('href')).toBe('/guide/');
		expect(problems).toEqual([]);
	});

	test('typing a country replaces the browser’s guess: its hint goes, and the offer follows what was typed', async () => {
		const { page, problems } = await site.open('/de/', { ...PHONE, timezoneId: 'America/New_York', locale: 'de-DE' });
		await expect.poll(() => page.getByText('Die Zeitzone Ihres Browsers deutet auf diese Region hin').count()).toBe(1);
		await expect.poll(() => offer(page).textContent()).toBe('Diese Anleitung gibt es auch in anderen Sprachen: English.');
		const box = page.getByLabel('Unsicher? Geben Sie Ihr Land oder Bundesland ein');
		await box.fill('Belgien');
		await page.waitForURL(/\/de\/guide\/eu-eea\/ios\/$/);
		expect(await page.getByText('Die Zeitzone Ihres Browsers deutet auf diese Region hin').count()).toBe(0);
		// Belgium reads Dutch, French and German: the page is German already.
		expect(await offer(page).count()).toBe(0);
		// Wallonia reads French: the page is offered in it, on the same region's steps.
		await box.fill('Wallonie');
		await expect.poll(() => offer(page).textContent()).toBe('Diese Anleitung gibt es auch in anderen Sprachen: Français.');
		expect(await offer(page).getByRole('link').getAttribute('href')).toBe('/fr/guide/eu-eea/ios/');
		await box.fill('Ontario');
		await page.waitForURL(/\/de\/guide\/canada\/ios\/$/);
		await expect.poll(() => offer(page).textContent()).toBe('Diese Anleitung gibt es auch in anderen Sprachen: English · Français.');
		expect(await offer(page).getByRole('link', { name: 'English' }).getAttribute('href')).toBe('/guide/canada/ios/');
		expect(problems).toEqual([]);
	});
});
