/**
 * Screenshots of the built site at phone and desktop widths, light and dark, for looking at what a change
 * did: the first screen of each page, as a reader meets it, and the whole page.
 * Usage: npm run build && node scripts/screenshots.ts docs/screens/after / /guide/uk/ios/
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from '../tests/helpers/browser.ts';
import { serveDist } from '../tests/helpers/server.ts';

const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } } as const;
const [outDir = 'docs/screens', ...paths] = process.argv.slice(2);
const pages = paths.length > 0 ? paths : ['/', '/guide/uk/ios/', '/guide/eu-eea/desktop/'];

mkdirSync(outDir, { recursive: true });
const server = await serveDist();
const browser = await launch();
try {
	for (const [name, viewport] of Object.entries(VIEWPORTS)) {
		for (const colorScheme of ['light', 'dark'] as const) {
			const page = await browser.newPage({ viewport, deviceScaleFactor: 1, colorScheme });
			for (const path of pages) {
				await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
				const base = join(outDir, `${path.replace(/^\/|\/$/g, '').replace(/\//g, '-') || 'home'}-${name}-${colorScheme}`);
				await page.screenshot({ path: `${base}.png` });
				// A whole-page shot must show every picture, including those the page loads only when scrolled to.
				await page.evaluate(() =>
					Promise.all(
						[...document.images].map((img) => {
							img.loading = 'eager';
							return img.complete ? undefined : new Promise((done) => img.addEventListener('load', done, { once: true }));
						}),
					),
				);
				await page.screenshot({ path: `${base}-full.png`, fullPage: true });
				console.log(base);
			}
			await page.close();
		}
	}
} finally {
	await browser.close();
	await server.close();
}
