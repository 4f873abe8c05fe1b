import { describe, expect, test } from 'vitest';
import { HAS_BROWSER, useSite } from '../helpers/e2e';

describe.skipIf(!HAS_BROWSER)('privacy and robustness', () => {
	const site = useSite();

	test('using the guide and search sets no cookie and requests nothing from another origin', async () => {
		const { page, problems } = await site.open('/');
		await page
			.getByRole('group', { name: /profile located/ })
			.getByRole('link', { name: 'United Kingdom', exact: true })
			.click();
		await page.waitForURL(/\/guide\/uk\//);
		await page.locator('#walkthrough input[type=checkbox]').first().check();
		await page.getByRole('searchbox').first().fill('salary');
		await page.waitForTimeout(500);
		expect(await page.context().cookies()).toEqual([]);
		expect(await page.evaluate(() => document.cookie)).toBe('');
		expect(problems).toEqual([]);
	});

	test('the Content-Security-Policy holds no unsafe-inline script and the page still works under it', async () => {
		const { page, problems } = await site.open('/guide/switzerland/ios/');
		const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
		expect(csp).toMatch(/script-src [^;]*'self'/);
		expect(csp?.match(/script-src[^;]*/)?.[0]).not.toContain("'unsafe-inline'");
		await page.getByRole('link', { name: 'Android app', exact: true }).click();
		await page.waitForURL(/\/guide\/switzerland\/android\/$/);
		expect(problems).toEqual([]);
	});

	test('printing a walkthrough gives a clean checklist: steps kept, chooser and navigation hidden', async () => {
		const { page, problems } = await site.open('/guide/other/android/');
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('#chooser-title').isVisible()).toBe(false);
		expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
		expect(await page.locator('#walkthrough ol[data-steps] > li').first().isVisible()).toBe(true);
		expect(problems).toEqual([]);
	});

	test('at 200% zoom on a laptop screen nothing scrolls sideways', async () => {
		const { page, problems } = await site.open('/guide/eu-eea/desktop/', { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
		expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
		expect(problems).toEqual([]);
	});
});
