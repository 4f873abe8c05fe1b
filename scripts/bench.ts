/**
 * Lighthouse in mobile mode (its default: a mid-range phone on a throttled network) against the built
 * site served locally. Timings vary from run to run, so they are reported here, not asserted in tests.
 * Usage: npm run build && npm run bench
 */
import { existsSync } from 'node:fs';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { findChromium, CHROMIUM_FLAGS } from '../tests/helpers/browser.ts';
import { serveDist } from '../tests/helpers/server.ts';

const PAGES = ['/', '/guide/eu-eea/android/', '/data/', '/timeline/'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

async function main(): Promise<void> {
	if (!existsSync(new URL('../dist/index.html', import.meta.url))) throw new Error('No built site in dist/. Run "npm run build" first.');
	const chromePath = findChromium();
	if (!chromePath) throw new Error('No Chromium found: install Debian\'s "chromium" or set CHROME_PATH.');
	const server = await serveDist();
	const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROMIUM_FLAGS });
	try {
		console.log(`${'page'.padEnd(26)} perf  a11y  best  seo   LCP ms  TBT ms  CLS`);
		for (const path of PAGES) {
			const result = await lighthouse(`${server.url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
			if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
			const { categories, audits } = result.lhr;
			const score = (id: string) => String(Math.round((categories[id]?.score ?? 0) * 100)).padStart(4);
			const num = (id: string, digits = 0) => (audits[id]?.numericValue ?? NaN).toFixed(digits).padStart(7);
			console.log(
				`${path.padEnd(26)} ${CATEGORIES.map(score).join('  ')}  ${num('largest-contentful-paint')} ${num('total-blocking-time')}  ${num('cumulative-layout-shift', 3)}`,
			);
		}
	} finally {
		chrome.kill();
		await server.close();
	}
}

await main();
