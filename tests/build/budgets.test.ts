import { describe, expect, test } from 'vitest';
import { measure } from '../../scripts/size.ts';
import { budgetProblems } from '../../src/lib/budgets';
import { documentFor, pagePaths } from '../helpers/dist';

const weights = measure();

describe('byte budgets', () => {
	test('every page was measured', () => {
		expect(weights.map((w) => w.path).sort()).toEqual(pagePaths().sort());
	});

	test.each(weights.map((w) => [w.path, w] as const))('%s stays within its budgets', (_, weight) => {
		expect(budgetProblems(weight)).toEqual([]);
	});

	test('guide pages carry the island and the plain pages do not', () => {
		expect(weights.find((w) => w.path === '/guide/uk/ios/')?.hasIsland).toBe(true);
		expect(weights.find((w) => w.path === '/data/')?.hasIsland).toBe(false);
		expect(weights.find((w) => w.path === '/timeline/')?.js.gzip).toBeLessThanOrEqual(1024);
	});

	test.each(pagePaths())('%s: images have a size, and load lazily below the fold', (path) => {
		const images = [...documentFor(path).querySelectorAll('main img')];
		images.forEach((img, i) => {
			expect(Number(img.getAttribute('width')), img.getAttribute('src')!).toBeGreaterThan(0);
			expect(Number(img.getAttribute('height')), img.getAttribute('src')!).toBeGreaterThan(0);
			if (i > 0) expect(img.getAttribute('loading'), img.getAttribute('src')!).toBe('lazy');
		});
	});

	test.each(pagePaths())('%s loads no web fonts', (path) => {
		const html = documentFor(path).documentElement.outerHTML;
		expect(html).not.toMatch(/@font-face|\.woff2?|fonts\.googleapis/);
	});
});
