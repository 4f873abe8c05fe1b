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

	test.each(weights.map((w) => [w.path, w] as const))('%s keeps at least 1 KB of each budget free, so the next sentence fits', (_, weight) => {
		const tighter = (n: number) => ({ raw: n, gzip: n + 1024 });
		expect(budgetProblems({ ...weight, html: tighter(weight.html.gzip), js: tighter(weight.js.gzip) })).toEqual([]);
	});

	test('guide pages carry a chooser that waits, chooser pages one that wakes at once, plain pages none', () => {
		expect(weights.find((w) => w.path === '/guide/uk/ios/')?.island).toBe('chooser-when-seen');
		expect(weights.find((w) => w.path === '/de/')?.island).toBe('chooser');
		expect(weights.find((w) => w.path === '/guide/uk/')?.island).toBe('chooser');
		expect(weights.find((w) => w.path === '/data/')?.island).toBeUndefined();
		expect(weights.find((w) => w.path === '/timeline/')?.js.gzip).toBeLessThanOrEqual(1024);
	});

	test('a guide page fetches none of the chooser’s code up front', () => {
		const guide = weights.find((w) => w.path === '/guide/eu-eea/android/')!;
		expect(guide.js.gzip).toBeLessThan(4 * 1024);
	});

	test.each(pagePaths())('%s: images have a size, and load lazily below the fold', (path) => {
		const images = [...documentFor(path).querySelectorAll('main img')];
		// A guide's QR code comes before its steps but is no content of its own (and desktop-only): it is always lazy.
		const qr = images.filter((img) => img.closest('[data-qr]'));
		for (const img of qr) expect(img.getAttribute('loading'), img.getAttribute('src')!).toBe('lazy');
		images
			.filter((img) => !qr.includes(img))
			.forEach((img, i) => {
				expect(Number(img.getAttribute('width')), img.getAttribute('src')!).toBeGreaterThan(0);
				expect(Number(img.getAttribute('height')), img.getAttribute('src')!).toBeGreaterThan(0);
				if (i > 0) expect(img.getAttribute('loading'), img.getAttribute('src')!).toBe('lazy');
			});
		for (const img of qr) expect(Number(img.getAttribute('width')), img.getAttribute('src')!).toBeGreaterThan(0);
	});

	test.each(pagePaths())('%s loads no web fonts', (path) => {
		const html = documentFor(path).documentElement.outerHTML;
		expect(html).not.toMatch(/@font-face|\.woff2?|fonts\.googleapis/);
	});
});
