import { describe, expect, test } from 'vitest';
import { HAS_BROWSER, useSite } from '../helpers/e2e';

describe.skipIf(!HAS_BROWSER)('timeline', () => {
	const site = useSite();

	test('narrowing to one region shows only its events, with JavaScript off too', async () => {
		for (const javaScriptEnabled of [true, false]) {
			const { page, problems } = await site.open('/timeline/', { javaScriptEnabled });
			const all = await page.locator('li[data-regions]').count();
			await page.getByRole('navigation', { name: 'Narrow the timeline to one region' }).getByRole('link', { name: 'Canada' }).click();
			await page.waitForURL(/\/timeline\/canada\/$/);
			const regions = await page.locator('li[data-regions]').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-regions')!));
			expect(regions.length).toBeGreaterThan(0);
			expect(regions.length).toBeLessThan(all);
			for (const r of regions) expect(r.split(' ')).toContain('canada');
			expect(problems).toEqual([]);
		}
	});

	test('Canada’s history shows the launch, the pause and the return', async () => {
		const { page, problems } = await site.open('/timeline/canada/');
		const text = (await page.locator('main ol').first().textContent()) ?? '';
		expect(text).toMatch(/September 2024[\s\S]*December 2024[\s\S]*3 November 2025/);
		await page.goto(page.url().replace('/timeline/canada/', '/regions/canada/'));
		expect(await page.locator('[data-status]').first().textContent()).toMatch(/^Yes\./);
		expect(problems).toEqual([]);
	});
});
