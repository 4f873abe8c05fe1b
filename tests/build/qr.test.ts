import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { documentFor, fileFor, pagePaths } from '../helpers/dist';
import { LANG_PREFIX, OTHER_LANGS } from '../helpers/langs';

// Every guide page in every language: 7 regions × 4 devices, once per language.
const GUIDE = new RegExp(`^${LANG_PREFIX}/guide/[a-z-]+/[a-z-]+/$`);
const guides = pagePaths().filter((path) => GUIDE.test(path));

/** The QR file a guide page names, parsed as the XML it is. */
function svgOf(path: string): Element {
	const file = fileFor(`${path}qr.svg`);
	if (!file) throw new Error(`dist has no ${path}qr.svg`);
	return parseHTML(readFileSync(file, 'utf8')).document.querySelector('svg') as unknown as Element;
}

describe('the QR code of each guide page', () => {
	test('there is a guide page for every pair in every language', () => {
		expect(guides).toHaveLength(7 * 4 * (1 + OTHER_LANGS.length));
	});

	test.each(guides)('%s has its own qr.svg, and its image points at it with the file’s size', (path) => {
		const svg = svgOf(path);
		const img = documentFor(path).querySelector('#walkthrough figure[data-qr] picture > img');
		expect(img?.getAttribute('src')).toBe(`${path}qr.svg`);
		const size = Number(img?.getAttribute('width'));
		expect(size).toBeGreaterThanOrEqual(114);
		expect(size).toBeLessThanOrEqual(160);
		expect(img?.getAttribute('height')).toBe(String(size));
		expect(svg.getAttribute('width')).toBe(String(size));
		expect(svg.getAttribute('height')).toBe(String(size));
		expect(img?.getAttribute('loading')).toBe('lazy');
		expect(img?.getAttribute('alt')?.length).toBeGreaterThan(10);
	});

	test.each(guides)('%s: narrow screens get a blank placeholder instead, so phones never fetch the file', (path) => {
		const sources = [...documentFor(path).querySelectorAll('#walkthrough figure[data-qr] picture > source')];
		expect(sources).toHaveLength(1);
		expect(sources[0]?.getAttribute('media')).toBe('not all and (min-width: 64rem)');
		expect(sources[0]?.getAttribute('srcset')).toMatch(/^data:image\/gif;base64,[A-Za-z0-9+/=]+$/);
	});

	test.each(guides)('%s: the code has a one-line caption in the page’s language', (path) => {
		const caption = documentFor(path).querySelector('#walkthrough figure[data-qr] figcaption')?.textContent?.trim() ?? '';
		expect(caption.length).toBeGreaterThan(20);
		expect(caption).not.toContain('\n');
		const english = documentFor(path.replace(/^\/(de|fr)\//, '/'))
			.querySelector('figure[data-qr] figcaption')
			?.textContent?.trim();
		if (path.startsWith('/de/') || path.startsWith('/fr/')) expect(caption).not.toBe(english);
	});

	test.each(guides)('%s: the SVG is dark modules on a light plate with a quiet zone, and nothing but shapes', (path) => {
		const svg = svgOf(path);
		const source = svg.outerHTML;
		expect(source).not.toMatch(/<script|<style|<foreignObject|\son\w+=|href=|url\(/i);
		const [x, y, w, h] = (svg.getAttribute('viewBox') ?? '').split(' ').map(Number);
		// The plate covers the whole picture, four modules beyond the code on every side.
		expect([x, y]).toEqual([-4, -4]);
		const plate = svg.querySelector('rect');
		expect(plate?.getAttribute('fill')).toBe('#fff');
		expect([plate?.getAttribute('width'), plate?.getAttribute('height')]).toEqual([String(w), String(h)]);
		expect(svg.querySelector('path')?.getAttribute('fill')).toBe('#000');
		expect(svg.getAttribute('shape-rendering')).toBe('crispedges');
	});

	test('no two pages share a code, and each language has its own', () => {
		const sources = guides.map((path) => svgOf(path).querySelector('path')?.getAttribute('d'));
		expect(new Set(sources).size).toBe(guides.length);
	});
});
