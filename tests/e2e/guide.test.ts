import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { awaken, HAS_BROWSER, hydrated, useSite } from '../helpers/e2e';

/** Whether the walkthrough's title and Step 1's label are wholly on screen, as a reader taken to the steps sees them. */
async function titleAndStepOneInView(page: Page) {
	const inView = (selector: string) =>
		page
			.locator(selector)
			.first()
			.evaluate((el) => {
				const box = el.getBoundingClientRect();
				return box.top >= 0 && box.bottom <= window.innerHeight;
			});
	return { title: await inView('#walkthrough-title'), stepOne: await inView('#walkthrough ol[data-steps] > li label') };
}

const STORAGE_BLOCKED = `Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });`;

describe.skipIf(!HAS_BROWSER)('the interactive guide', () => {
	const site = useSite();

	test('choosing EU/EEA then Android moves the address to that page and shows its steps; reload keeps it', async () => {
		const { page, problems } = await site.open('/guide/');
		await page.getByRole('link', { name: 'EU / EEA', exact: true }).click();
		await page.waitForURL(/\/guide\/eu-eea\/desktop\/$/);
		await page.getByRole('link', { name: 'Android app', exact: true }).click();
		await page.waitForURL(/\/guide\/eu-eea\/android\/$/);
		const heading = page.locator('#walkthrough-title');
		await expect.poll(() => heading.textContent()).toContain('Android app');
		expect(await heading.textContent()).toContain('EU / EEA');
		expect(await page.locator('#walkthrough ol[data-steps] > li').count()).toBeGreaterThanOrEqual(4);
		expect(await page.title()).toContain('Android app');

		await page.reload();
		expect(page.url()).toMatch(/\/guide\/eu-eea\/android\/$/);
		expect(await page.locator('h1').textContent()).toContain('Android app');
		await page.goBack();
		await expect.poll(() => page.locator('#walkthrough-title').textContent()).toContain('Desktop browser');
		expect(problems).toEqual([]);
	});

	test.each([
		['/', { width: 390, height: 844 }],
		['/', { width: 1280, height: 800 }],
		['/guide/us/desktop/', { width: 390, height: 844 }],
	])('on %s at %o, answering both questions puts the title and Step 1 on screen, with focus on the title', async (path, viewport) => {
		const { page, problems } = await site.open(path, { viewport });
		// On a guide page the chooser sleeps below the steps until the reader reaches it.
		if (path.startsWith('/guide/')) await awaken(page);
		const chooser = page.locator('[aria-labelledby=chooser-title]');
		await chooser.getByRole('link', { name: 'Canada', exact: true }).click();
		await chooser.getByRole('link', { name: 'Android app', exact: true }).click();
		await page.waitForURL(/\/guide\/canada\/android\/$/);
		await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('walkthrough-title');
		expect(await titleAndStepOneInView(page)).toEqual({ title: true, stepOne: true });
		expect(problems).toEqual([]);
	});

	const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1';
	test.each([
		['/de/', 'EU / EWR', 'eu-eea', { width: 390, height: 844 }],
		['/fr/', 'UE / EEE', 'eu-eea', { width: 390, height: 844 }],
		['/', 'Canada', 'canada', { width: 1280, height: 800 }],
		['/de/guide/', 'Schweiz', 'switzerland', { width: 1280, height: 800 }],
		['/fr/guide/', 'Royaume-Uni', 'uk', { width: 390, height: 844 }],
	])(
		'on %s with the device suggested, tapping %s alone brings its steps on screen, with one “open the setting” button',
		async (path, regionName, region, viewport) => {
			const { page, problems } = await site.open(path, { viewport, userAgent: IPHONE });
			const chooser = page.locator('[aria-labelledby=chooser-title]');
			const regionLink = chooser.getByRole('link', { name: regionName, exact: true });
			// The guess has arrived once the region's plain link leads to the guessed device's steps.
			await expect.poll(() => regionLink.getAttribute('href')).toMatch(/\/ios\/$/);
			await regionLink.click();
			await page.waitForURL(new RegExp(`/guide/${region}/ios/$`));
			await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('walkthrough-title');
			expect(await titleAndStepOneInView(page)).toEqual({ title: true, stepOne: true });
			expect(await page.locator('a.btn[href^="https://www.linkedin.com/"]:visible').count()).toBe(1);
			expect(problems).toEqual([]);
		},
	);

	test('a guide page fetches the chooser’s code only when the reader reaches it, and its ticks work before that', async () => {
		const requested: string[] = [];
		const { page, problems } = await site.open('/guide/uk/ios/', {
			before: async (p) => void p.on('request', (r) => requested.push(new URL(r.url()).pathname)),
		});
		expect(requested.filter((path) => /\/_astro\/(Chooser|chooser)\./.test(path))).toEqual([]);
		await page.locator('#tick-settings').check();
		await expect.poll(() => page.locator('[data-progress]').textContent()).toBe('1 of 5 steps ticked.');
		await awaken(page);
		expect(requested.filter((path) => /\/_astro\/chooser\./.test(path))).toHaveLength(1);
		expect(problems).toEqual([]);
	});

	test('a walkthrough swapped in under a chooser page’s own h1 has its headings one level down', async () => {
		const { page, problems } = await site.open('/guide/');
		const chooser = page.locator('[aria-labelledby=chooser-title]');
		await chooser.getByRole('link', { name: 'United Kingdom', exact: true }).click();
		await chooser.getByRole('link', { name: 'Android app', exact: true }).click();
		await page.waitForURL(/\/guide\/uk\/android\/$/);
		await expect.poll(() => page.locator('#walkthrough-title').evaluate((el) => el.tagName)).toBe('H2');
		expect(await page.locator('h1').count()).toBe(1);
		expect(await page.locator('#steps-title').evaluate((el) => el.tagName)).toBe('H3');
		// The steps' own headings move down with it, one per step.
		const steps = await page.locator('#walkthrough ol[data-steps] > li').count();
		expect(await page.locator('#walkthrough ol[data-steps] > li h4').count()).toBe(steps);
		expect(await page.locator('#walkthrough h1, #walkthrough h2:not(#walkthrough-title)').count()).toBe(0);
		expect(problems).toEqual([]);
	});

	test('typing a country picks its region', async () => {
		const { page, problems } = await site.open('/guide/');
		await page.getByRole('link', { name: 'Desktop browser', exact: true }).click();
		await page.getByLabel('Not sure? Type your country').fill('Norway');
		await page.waitForURL(/\/guide\/eu-eea\/desktop\/$/);
		expect(await page.getByRole('status').filter({ hasText: 'Norway' }).textContent()).toBe('Norway follows the rules for the EU and EEA.');
		expect(problems).toEqual([]);
	});

	test.each([
		['Kanada', /\/guide\/canada\/desktop\/$/],
		['Großbritannien', /\/guide\/uk\/desktop\/$/],
		['Vereinigte Staaten', /\/guide\/us\/desktop\/$/],
		['Hongkong', /\/guide\/hong-kong\/desktop\/$/],
		['Frankreich', /\/guide\/eu-eea\/desktop\/$/],
		['Türkei', /\/guide\/other\/desktop\/$/],
	])('a German reader typing “%s” gets that country’s guide', async (name, expected) => {
		const { page, problems } = await site.open('/guide/', { locale: 'de-DE' });
		await page.getByRole('link', { name: 'Desktop browser', exact: true }).click();
		await page.getByLabel('Not sure? Type your country').fill(name);
		await page.waitForURL(expected);
		expect(problems).toEqual([]);
	});

	test('a name that matches nothing clears the earlier match', async () => {
		const { page, problems } = await site.open('/guide/');
		const box = page.getByLabel('Not sure? Type your country');
		await box.fill('Norway');
		await page.waitForURL(/\/guide\/eu-eea\/desktop\/$/);
		await box.fill('Qwertyland');
		await box.press('Enter');
		await expect.poll(() => page.getByRole('status').filter({ hasText: 'No country by that name' }).count()).toBe(1);
		expect(await page.getByText('Norway follows').count()).toBe(0);
		expect(problems).toEqual([]);
	});

	test('switching region swaps in that region’s history and reminder without a reload', async () => {
		const { page, problems } = await site.open('/guide/us/desktop/');
		await awaken(page);
		await page.evaluate(() => ((window as unknown as { marker: string }).marker = 'same page'));
		await page.getByRole('link', { name: 'Canada', exact: true }).click();
		await page.waitForURL(/\/guide\/canada\/desktop\/$/);
		const history = page.locator('[aria-labelledby=history-title]');
		await expect
			.poll(() => history.locator('p').first().textContent())
			.toContain(
				'LinkedIn trained on the data of members in Canada from September 2024 (by 18 September at the latest) until a pause announced on 10 December 2024, and has done so again since 3 November 2025.',
			);
		expect(await history.locator('a[href="/regions/canada/"]').count()).toBe(1);
		expect(await page.getByRole('link', { name: 'Remind me to check again in six months' }).getAttribute('href')).toBe('/guide/canada/desktop/remind.ics');
		expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('same page');
		expect(problems).toEqual([]);
	});

	test('typing a country letter by letter never stops at a country on the way, and keeps focus in the box', async () => {
		const { page, problems } = await site.open('/guide/');
		const visited: string[] = [];
		page.on('framenavigated', (frame) => visited.push(frame.url()));
		const box = page.getByLabel('Not sure? Type your country');
		const historyBefore = await page.evaluate(() => history.length);
		// "is" is Iceland's code: an Israeli reader must not pass through the EU / EEA guide.
		await box.pressSequentially('Israel', { delay: 40 });
		await page.waitForURL(/\/guide\/other\/[a-z-]+\/$/);
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('country');
		// One new history entry for the one country reached, none for the letters on the way.
		expect(await page.evaluate(() => history.length)).toBe(historyBefore + 1);
		expect(visited.filter((url) => url.includes('/eu-eea/'))).toEqual([]);
		expect(problems).toEqual([]);
	});

	test('with JavaScript off, a guide page has the whole walkthrough and plain links to switch', async () => {
		const { page, problems } = await site.open('/guide/uk/ios/', { javaScriptEnabled: false });
		const steps = page.locator('#walkthrough ol[data-steps] > li');
		expect(await steps.count()).toBeGreaterThanOrEqual(4);
		for (const img of await steps.locator('img').all()) expect((await img.getAttribute('alt'))?.length).toBeGreaterThan(20);
		await page.getByRole('link', { name: 'Android app', exact: true }).click();
		await page.waitForURL(/\/guide\/uk\/android\/$/);
		expect(await page.locator('h1').textContent()).toContain('Android app');
		expect(problems).toEqual([]);
	});

	test('everything works by keyboard, with a visible focus ring', async () => {
		const { page, problems } = await site.open('/guide/');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
		let found = false;
		for (let i = 0; i < 40 && !found; i++) {
			await page.keyboard.press('Tab');
			found = (await page.evaluate(() => document.activeElement?.textContent?.trim())) === 'United Kingdom';
		}
		expect(found).toBe(true);
		const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
		expect(outline).not.toBe('none');
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/guide\/uk\/desktop\/$/);
		await page.locator('#tick-open-me-menu').focus();
		await page.keyboard.press('Space');
		expect(await page.locator('#tick-open-me-menu').isChecked()).toBe(true);
		expect(problems).toEqual([]);
	});

	test.each([
		['/guide/eu-eea/desktop/', 'Step 1. Open the Me menu'],
		['/de/guide/eu-eea/android/', 'Schritt 1. Auf Ihr Profilbild tippen'],
	])('on %s, every step’s title is a level-3 heading inside the steps list, for jumping from step to step', async (path, first) => {
		const { page, problems } = await site.open(path);
		const list = page.locator('#walkthrough ol[data-steps]');
		const steps = await list.locator('> li').count();
		expect(steps).toBeGreaterThanOrEqual(4);
		const headings = list.getByRole('heading', { level: 3 });
		expect(await headings.count()).toBe(steps);
		expect(await list.getByRole('heading', { level: 3, name: first, exact: true }).count()).toBe(1);
		// Each heading sits in its own step, and its words still name the tick box.
		for (const li of await list.locator('> li').all()) expect(await li.getByRole('heading', { level: 3 }).count()).toBe(1);
		expect(await page.getByRole('checkbox', { name: first, exact: true }).count()).toBe(1);
		expect(problems).toEqual([]);
	});

	test.each([
		['light', 'rgb(122, 47, 208)', 'rgb(179, 92, 0)'],
		['dark', 'rgb(201, 162, 255)', 'rgb(255, 180, 84)'],
	] as const)('in the %s scheme, the focus ring is not the orange of the drawings’ “tap here” ring', async (colorScheme, focus, ring) => {
		const { page, problems } = await site.open('/guide/eu-eea/desktop/', { colorScheme });
		await page.locator('#tick-open-me-menu').focus();
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('popovertarget'))).toBe('src-step-open-me-menu');
		const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineColor);
		expect(outline).toBe(focus);
		// The ring as Chromium paints it in the first step's drawing, in the same scheme: the served SVG, set in a
		// blank page (served on its own, the site's CSP would withhold the drawing's style).
		const drawing = await page.locator('#walkthrough ol[data-steps] img').first().getAttribute('src');
		const svg = await page.evaluate(async (src) => (await fetch(src)).text(), drawing!);
		const blank = await page.context().newPage();
		await blank.setContent(svg);
		const stroke = await blank
			.locator('[data-highlight]')
			.first()
			.evaluate((el) => getComputedStyle(el).stroke);
		expect(stroke).toBe(ring);
		expect(outline).not.toBe(stroke);
		expect(problems).toEqual([]);
	});

	test('ticks are remembered per guide', async () => {
		const { page, problems } = await site.open('/guide/canada/desktop/');
		await page.locator('#tick-settings').check();
		await page.reload();
		await hydrated(page);
		expect(await page.locator('#tick-settings').isChecked()).toBe(true);
		await page.goto(site.url('/guide/canada/android/'));
		await hydrated(page);
		expect(await page.locator('#tick-settings').isChecked()).toBe(false);
		expect(problems).toEqual([]);
	});

	test('the “done” block’s settings are ticked and kept with the steps, and the count stays a count of steps', async () => {
		const { page, problems } = await site.open('/guide/us/desktop/');
		const steps = await page.locator('#walkthrough ol[data-steps] > li').count();
		await page.getByRole('checkbox', { name: 'Switch off Data sharing with Microsoft for ads' }).check();
		await expect.poll(() => page.locator('[data-progress]').textContent()).toBe(`0 of ${steps} steps ticked.`);
		await page.reload();
		await hydrated(page);
		expect(await page.getByRole('checkbox', { name: 'Switch off Data sharing with Microsoft for ads' }).isChecked()).toBe(true);
		expect(await page.getByRole('checkbox', { name: 'Also switch off the research setting in Data privacy' }).isChecked()).toBe(false);
		expect(await page.getByRole('link', { name: 'Switch off Data sharing with Microsoft for ads' }).getAttribute('href')).toBe(
			'https://www.linkedin.com/mypreferences/s/settings/share-data-with-trusted-partners',
		);
		expect(problems).toEqual([]);
	});

	test('blocked storage breaks nothing and says ticks will not be kept', async () => {
		const { page, problems } = await site.open('/guide/us/desktop/', { init: STORAGE_BLOCKED });
		await page.locator('#tick-settings').check();
		expect(await page.locator('#tick-settings').isChecked()).toBe(true);
		expect(await page.getByText('will not be remembered').count()).toBe(1);
		await page.getByRole('link', { name: 'Android app', exact: true }).click();
		await page.waitForURL(/\/guide\/us\/android\/$/);
		expect(problems).toEqual([]);
	});

	test('copy link puts the page address on the clipboard and says so', async () => {
		const { page, problems } = await site.open('/guide/hong-kong/mobile-web/', { permissions: ['clipboard-read', 'clipboard-write'] });
		await page.getByRole('button', { name: 'Copy link' }).click();
		await expect.poll(() => page.getByRole('status').filter({ hasText: 'copied' }).count()).toBe(1);
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toMatch(/\/guide\/hong-kong\/mobile-web\/$/);
		expect(problems).toEqual([]);
	});

	test.each([
		'/guide/?region=%3Cscript%3Ealert(1)%3C/script%3E&platform=%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E',
		'/?region=javascript:alert(1)',
		'/guide/#region=%3Csvg%20onload=alert(1)%3E',
	])('hostile link %s opens no dialog, logs no error and explains itself', async (path) => {
		const { page, problems } = await site.open(path);
		await expect.poll(() => page.getByRole('alert').count()).toBeGreaterThan(0);
		expect(await page.getByRole('alert').first().textContent()).toMatch(/we don't know/);
		expect(await page.locator('script:not([src]):not([type])').evaluateAll((els) => els.filter((e) => e.textContent?.includes('alert(1)')).length)).toBe(0);
		expect(await page.locator('img[src=x]').count()).toBe(0);
		expect(problems).toEqual([]);
	});

	test.each([
		['/de/guide/?region=%3Cscript%3Ealert(1)%3C/script%3E', /Der Link nennt eine Region, die wir nicht kennen/],
		['/fr/?platform=%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E', /Le lien indique un appareil que nous ne connaissons pas/],
	])('hostile link %s is explained in the page’s language, and nothing runs', async (path, note) => {
		const { page, problems } = await site.open(path);
		await expect.poll(() => page.getByRole('alert').count()).toBeGreaterThan(0);
		expect(await page.getByRole('alert').first().textContent()).toMatch(note);
		expect(await page.locator('img[src=x]').count()).toBe(0);
		expect(problems).toEqual([]);
	});

	test('an unknown region in the path shows the 404 page with the chooser and a note', async () => {
		const { page, problems } = await site.open('/guide/mars/android/');
		expect(await page.locator('h1').textContent()).toContain('could not find');
		await expect.poll(() => page.getByRole('alert').textContent()).toContain('mars');
		await page.getByRole('link', { name: 'Canada', exact: true }).click();
		await page.waitForURL(/\/guide\/canada\/android\/$/);
		expect(problems).toEqual([]);
	});

	test('with JavaScript off, picking a region on the home page asks for the device, which then opens the steps', async () => {
		const { page, problems } = await site.open('/', { javaScriptEnabled: false });
		await page.locator('[aria-labelledby=chooser-title]').getByRole('link', { name: 'Switzerland', exact: true }).click();
		await page.waitForURL(/\/guide\/switzerland\/$/);
		expect(await page.locator('h1').textContent()).toBe('Switch off LinkedIn AI training: Switzerland');
		await page.getByRole('link', { name: 'iPhone or iPad app', exact: true }).click();
		await page.waitForURL(/\/guide\/switzerland\/ios\/$/);
		expect(await page.locator('#walkthrough-title').textContent()).toContain('Switzerland');
		expect(problems).toEqual([]);
	});

	test('on a phone, the “done” block after the steps is short, and what follows it fits in one screen', async () => {
		for (const path of ['/guide/eu-eea/ios/', '/guide/uk/android/', '/guide/us/mobile-web/']) {
			const { page } = await site.open(path, { viewport: { width: 390, height: 844 } });
			const { done, below } = await page.evaluate(() => {
				const block = document.querySelector('#walkthrough [data-done]')!.getBoundingClientRect();
				return { done: block.height, below: document.getElementById('walkthrough')!.getBoundingClientRect().bottom - block.bottom };
			});
			expect(done, path).toBeLessThanOrEqual(400);
			expect(below, path).toBeGreaterThan(200);
			expect(below, path).toBeLessThanOrEqual(844);
		}
	});

	test('a step’s sources open from the keyboard, name each source plainly, and close with Escape', async () => {
		const { page, problems } = await site.open('/guide/eu-eea/desktop/');
		const button = page.locator('#step-data-privacy button[popovertarget]');
		await button.focus();
		await page.keyboard.press('Enter');
		const note = page.locator('#src-step-data-privacy');
		await expect.poll(() => note.isVisible()).toBe(true);
		expect(await note.locator('a').allTextContents()).toEqual([
			'LinkedIn Help: Understanding your privacy settings',
			"LinkedIn's European Regional Privacy Notice, November 2025",
		]);
		await page.keyboard.press('Escape');
		await expect.poll(() => note.isVisible()).toBe(false);
		expect(problems).toEqual([]);
	});

	test.each([
		['/de/', 'Schweiz', 'Android-App', '/de/guide/switzerland/android/', 'Schritt 1.'],
		['/fr/guide/', 'Canada', 'App iPhone ou iPad', '/fr/guide/canada/ios/', 'Étape 1.'],
	])('on %s, choosing %s and %s shows the steps in that language', async (start, region, device, expected, firstStep) => {
		const { page, problems } = await site.open(start);
		const chooser = page.locator('[aria-labelledby=chooser-title]');
		await chooser.getByRole('link', { name: region, exact: true }).click();
		await chooser.getByRole('link', { name: device, exact: true }).click();
		await page.waitForURL(new RegExp(`${expected.replace(/\//g, '\\/')}$`));
		await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('walkthrough-title');
		expect(await page.locator('#walkthrough ol[data-steps] > li label').first().textContent()).toContain(firstStep);
		expect(await page.locator('html').getAttribute('lang')).toBe(start.slice(1, 3));
		expect(problems).toEqual([]);
	});

	test('with JavaScript off, a German reader picks region and device by plain links and stays in German', async () => {
		const { page, problems } = await site.open('/de/', { javaScriptEnabled: false });
		await page.locator('[aria-labelledby=chooser-title]').getByRole('link', { name: 'Kanada', exact: true }).click();
		await page.waitForURL(/\/de\/guide\/canada\/$/);
		await page.getByRole('link', { name: 'Browser am Computer', exact: true }).click();
		await page.waitForURL(/\/de\/guide\/canada\/desktop\/$/);
		expect(await page.locator('h1').textContent()).toBe('LinkedIn-KI-Training abschalten: Browser am Computer, Kanada');
		expect(problems).toEqual([]);
	});

	test('a German reader can type “Frankreich” and gets the EU/EEA guide in German', async () => {
		const { page, problems } = await site.open('/de/guide/');
		await page.locator('#country').fill('Frankreich');
		await page.locator('#country').press('Tab');
		await page.waitForURL(/\/de\/guide\/eu-eea\/[a-z-]+\/$/);
		expect(await page.locator('#walkthrough-title').textContent()).toContain('EU / EWR');
		expect(problems).toEqual([]);
	});
});
