/**
 * The drawings as a browser lays them out with a real font. The drawing code wraps labels by an estimate of
 * their width; here every text of every served drawing, in every language, is measured: none may leave the
 * picture or touch another text, a switch or an icon.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { HAS_BROWSER, launch } from '../helpers/browser';
import { distFiles, readPage } from '../helpers/dist';

const drawings = distFiles().filter((f) => /\/screens\/[a-z]+\/[a-z0-9-]+\.svg$/.test(f));

describe.skipIf(!HAS_BROWSER)('the drawings, measured in a browser', () => {
	// Each file is put inline in a blank page: served on its own it would get the site's Content-Security-Policy,
	// which is for pages and blocks the drawing's own stylesheet (an <img> is not held to it).
	let browser: Browser;
	let page: Page;
	beforeAll(async () => {
		browser = await launch();
		page = await browser.newPage();
	});
	afterAll(async () => {
		await browser?.close();
	});

	test('every language’s drawings are served', () => {
		expect(drawings.length).toBeGreaterThanOrEqual(3 * 17);
	});

	test.each(drawings)('%s: no text leaves the picture or runs into another text, a switch or an icon', async (path) => {
		await page.setContent(`<!doctype html><body style="margin:0">${readPage(path)}</body>`);
		const clashes = await page.evaluate(() => {
			const root = document.querySelector('svg')!;
			const width = root.viewBox.baseVal.width;
			const boxOf = (el: Element) => (el as SVGGraphicsElement).getBBox();
			// The address is clipped to its bar by an inner <svg>; everything else is drawn whole.
			const texts = [...root.querySelectorAll(':scope > text')].map((t) => ({ name: `"${t.textContent}"`, box: boxOf(t) }));
			const shapes = [...root.querySelectorAll(':scope > rect.sw, :scope > path.ic')].map((s) => ({ name: s.localName, box: boxOf(s) }));
			const hit = (a: DOMRect, b: DOMRect) =>
				a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;
			const found: string[] = [];
			texts.forEach((a, i) => {
				if (a.box.x < 2 || a.box.x + a.box.width > width - 2) found.push(`${a.name} leaves the picture`);
				for (const b of [...texts.slice(i + 1), ...shapes]) if (hit(a.box, b.box)) found.push(`${a.name} runs into ${b.name}`);
			});
			return found;
		});
		expect(clashes).toEqual([]);
	});
});
