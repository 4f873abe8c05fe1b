import jsQR from 'jsqr';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { SITE } from '../helpers/paths';
import { awaken, HAS_BROWSER, useSite } from '../helpers/e2e';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const QR = '#walkthrough figure[data-qr]';

/** Every path the page asked for, from before it loads. */
const recordRequests = (into: string[]) => async (page: Page) => void page.on('request', (r) => into.push(new URL(r.url()).pathname));

/**
 * What a phone's camera would read from the screen: the QR image as Chromium painted it on the page,
 * turned back into pixels on a blank page (no CSP there) and handed to jsQR, a maintained decoder.
 */
async function scan(page: Page): Promise<string | undefined> {
	const img = page.locator(`${QR} img`);
	await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
	const png = (await img.screenshot()).toString('base64');
	const blank = await page.context().newPage();
	const { width, height, pixels } = await blank.evaluate(async (b64) => {
		const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
		const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
		const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
		const context = canvas.getContext('2d')!;
		context.drawImage(bitmap, 0, 0);
		return { width: bitmap.width, height: bitmap.height, pixels: [...context.getImageData(0, 0, bitmap.width, bitmap.height).data] };
	}, png);
	await blank.close();
	return jsQR(Uint8ClampedArray.from(pixels), width, height, { inversionAttempts: 'dontInvert' })?.data;
}

describe.skipIf(!HAS_BROWSER)('the QR code for opening a guide on the phone', () => {
	const site = useSite();

	test.each([
		['/guide/uk/ios/', 'light'],
		['/guide/switzerland/mobile-web/', 'light'],
		['/de/guide/eu-eea/android/', 'light'],
		['/de/guide/hong-kong/desktop/', 'dark'],
		['/fr/guide/canada/ios/', 'dark'],
		['/fr/guide/other/mobile-web/', 'light'],
	] as const)('%s (%s): the code decodes to the page’s canonical address', async (path, colorScheme) => {
		const { page, problems } = await site.open(path, { viewport: DESKTOP, colorScheme });
		const canonical = await page.locator('link[rel=canonical]').getAttribute('href');
		expect(canonical).toBe(`${SITE}${path}`);
		expect(await scan(page)).toBe(canonical);
		expect(problems).toEqual([]);
	});

	test('choosing another device swaps in that page’s code with its steps', async () => {
		const { page, problems } = await site.open('/de/guide/uk/ios/', { viewport: DESKTOP });
		await awaken(page);
		await page.locator('[aria-labelledby=chooser-title]').getByRole('link', { name: 'Android-App', exact: true }).click();
		await page.waitForURL(/\/de\/guide\/uk\/android\/$/);
		expect(await scan(page)).toBe(`${SITE}/de/guide/uk/android/`);
		expect(problems).toEqual([]);
	});

	test.each([
		['/guide/uk/ios/', 'Using LinkedIn on your phone? Scan this to open these steps there.'],
		['/de/guide/eu-eea/android/', 'LinkedIn auf dem Smartphone? Scannen Sie den Code, um diese Schritte dort zu öffnen.'],
		['/fr/guide/canada/desktop/', 'LinkedIn sur votre téléphone\u00a0? Scannez ce code pour y ouvrir ces étapes.'],
	])('%s at 1280×800: the code is fetched and shown in the first screen beside the direct link, with its caption', async (path, caption) => {
		const requested: string[] = [];
		const { page, problems } = await site.open(path, { viewport: DESKTOP, before: recordRequests(requested) });
		const figure = page.locator(QR);
		expect(await figure.isVisible()).toBe(true);
		expect((await figure.locator('figcaption').textContent())?.trim()).toBe(caption);
		await expect.poll(() => requested.filter((p) => p === `${path}qr.svg`)).toHaveLength(1);
		const qr = (await figure.locator('img').boundingBox())!;
		const box = (await page.locator('section[aria-labelledby=fastest]').boundingBox())!;
		// Entirely on the first screen, to the right of the direct-link box, not over it.
		expect(qr.y + qr.height).toBeLessThanOrEqual(DESKTOP.height);
		expect(qr.x).toBeGreaterThanOrEqual(box.x + box.width);
		expect(qr.x + qr.width).toBeLessThanOrEqual(DESKTOP.width);
		expect(problems).toEqual([]);
	});

	test.each([
		['/guide/uk/ios/', true],
		['/de/guide/eu-eea/android/', true],
		// With scripting off, browsers load every image eagerly (lazy loading would let a page track scrolling).
		['/fr/guide/canada/desktop/', false],
	])('%s at 390×844 (JavaScript %s): the code is neither shown nor requested, even scrolled to the end', async (path, javaScriptEnabled) => {
		const requested: string[] = [];
		const { page, problems } = await site.open(path, { viewport: PHONE, javaScriptEnabled, before: recordRequests(requested) });
		expect(await page.locator(QR).isVisible()).toBe(false);
		await page.mouse.wheel(0, 100_000);
		await page.waitForLoadState('networkidle');
		expect(requested.filter((p) => p.endsWith('qr.svg'))).toEqual([]);
		// The steps still come right after the direct link, with nothing taking room between them.
		const box = (await page.locator('section[aria-labelledby=fastest]').boundingBox())!;
		const steps = (await page.locator('#steps-title').boundingBox())!;
		expect(steps.y - (box.y + box.height)).toBeLessThan(40);
		expect(problems).toEqual([]);
	});
});
