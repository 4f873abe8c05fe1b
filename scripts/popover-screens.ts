/**
 * Screenshots of a guide page with a step's "Sources" note open, at phone and desktop widths, light and dark,
 * in English and French: to see where the note opens relative to its button (issue 18, point 2), and the
 * keyboard's focus ring beside a drawing's "tap here" ring (point 9).
 * Usage: npm run build && node scripts/popover-screens.ts docs/screens before
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from '../tests/helpers/browser.ts';
import { serveDist } from '../tests/helpers/server.ts';

const [outDir = 'docs/screens', tag = 'after'] = process.argv.slice(2);
const VIEWPORTS = [
	{ width: 390, height: 844 },
	{ width: 1280, height: 800 },
];
const PAGES = { en: '/guide/eu-eea/desktop/', fr: '/fr/guide/eu-eea/desktop/' };

mkdirSync(outDir, { recursive: true });
const server = await serveDist();
const browser = await launch();
try {
	for (const viewport of VIEWPORTS) {
		for (const colorScheme of ['light', 'dark'] as const) {
			for (const [lang, path] of Object.entries(PAGES)) {
				const page = await browser.newPage({ viewport, deviceScaleFactor: 1, colorScheme });
				await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
				// Step 2's button, scrolled to the middle of the screen as a reader would have it when tapping.
				const button = page.locator('#walkthrough ol[data-steps] > li:nth-child(2) button[popovertarget]');
				await button.evaluate((el) => el.scrollIntoView({ block: 'center' }));
				await button.click();
				await page.waitForTimeout(150);
				const file = join(outDir, `popover-${tag}-${viewport.width}-${colorScheme}-${lang}.png`);
				await page.screenshot({ path: file });
				console.log(file);
				// The keyboard's focus ring next to a drawing's "tap here" ring: step 1's tick box, then Tab to its button.
				await page.keyboard.press('Escape');
				await page.locator('#walkthrough ol[data-steps] > li:first-child input').focus();
				await page.locator('#walkthrough ol[data-steps] > li:first-child').evaluate((el) => el.scrollIntoView({ block: 'center' }));
				await page.keyboard.press('Tab');
				const focus = join(outDir, `focus-${tag}-${viewport.width}-${colorScheme}-${lang}.png`);
				await page.screenshot({ path: focus });
				console.log(focus);
				await page.close();
			}
		}
	}
} finally {
	await browser.close();
	await server.close();
}
