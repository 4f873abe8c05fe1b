import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { HAS_BROWSER, useSite } from '../helpers/e2e';
import { OTHER_LANGS } from '../helpers/langs';

// Layout shifts not caused by the reader's own input, summed as Lighthouse's CLS does for one page load.
const RECORD_SHIFTS = `
	window.__shifts = 0;
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shifts += entry.value;
	}).observe({ type: 'layout-shift', buffered: true });
`;

/** A slow phone on a slow network, roughly Lighthouse's mobile profile, so late scripts paint late. */
async function slowPhone(page: Page): Promise<void> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	await cdp.send('Network.enable');
	await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 90_000 });
}

describe.skipIf(!HAS_BROWSER)('layout stability', () => {
	const site = useSite();

	test.each(['/', '/guide/eu-eea/android/', '/data/', '/timeline/'])('%s does not shift as it loads and hydrates', async (path) => {
		const { page, problems } = await site.open(path, { viewport: { width: 390, height: 844 }, init: RECORD_SHIFTS, before: slowPhone });
		await page.waitForTimeout(1000);
		const shifted = await page.evaluate(() => (window as unknown as { __shifts: number }).__shifts);
		// Lighthouse's "good" threshold is 0.1; a page that renders from its HTML alone should be near zero.
		expect(shifted).toBeLessThan(0.01);
		expect(problems).toEqual([]);
	});
});

describe.skipIf(!HAS_BROWSER)('tables on a narrow phone', () => {
	const site = useSite();

	test.each(['', ...OTHER_LANGS.map((l) => `/${l}`)].flatMap((prefix) => [`${prefix}/`, `${prefix}/guide/`]))(
		'on %s at 320 px every table fits the screen, with nothing cut off or scrolled sideways',
		async (path) => {
			const { page, problems } = await site.open(path, { viewport: { width: 320, height: 700 } });
			const tables = await page.locator('table').evaluateAll((all) =>
				all.map((table) => {
					const box = table.getBoundingClientRect();
					const frame = table.parentElement!;
					return { right: Math.round(box.right), frameOverflow: frame.scrollWidth - frame.clientWidth };
				}),
			);
			expect(tables.length).toBeGreaterThan(0);
			for (const table of tables) {
				expect(table.right).toBeLessThanOrEqual(320);
				expect(table.frameOverflow).toBeLessThanOrEqual(0);
			}
			// The grid of all guides keeps every guide a tap away on a phone.
			if (path.endsWith('/guide/')) expect(await page.locator('section[aria-labelledby=all-guides] a:visible').count()).toBe(28);
			expect(problems).toEqual([]);
		},
	);
});
