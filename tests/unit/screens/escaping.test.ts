import { describe, expect, test } from 'vitest';
import { renderScreenSvg, xmlSafe } from '../../../src/lib/screens';
import { base, DEVICES, hostile, parse, row, strictRootAttributes, texts } from '../../helpers/screens';

describe('screen drawings: content is text, and the file is well-formed and self-contained', () => {
	test('hostile text is escaped: nothing is injected and the words survive as text', () => {
		const svg = renderScreenSvg({
			...base,
			title: hostile[0]!,
			address: hostile[1]!,
			rows: hostile.map((label, i) => row({ kind: 'item', label, highlight: i === 0 })),
			alt: `Alt with "quotes" & <tags> that's long enough`,
		});
		const doc = parse(svg);
		const tags = new Set([...doc.querySelectorAll('*')].map((el) => el.localName));
		expect([...tags].filter((t) => !['svg', 'title', 'style', 'rect', 'circle', 'path', 'text'].includes(t))).toEqual([]);
		expect([...doc.querySelectorAll('*')].flatMap((el) => el.getAttributeNames()).filter((a) => /^on/i.test(a))).toEqual([]);
		expect(svg).not.toMatch(/<(script|img)\b|<[^>]*\sonerror=/i);
		expect(texts(doc)).toEqual(expect.arrayContaining([hostile[0], hostile[2], hostile[3]]));
		// "]]>" is not allowed in XML text; a browser refuses the whole file if it appears there.
		expect(svg).not.toContain(']]>');
		expect(texts(doc).join(' ')).toContain('"><img src=x');
		expect(doc.querySelector('title')?.textContent).toBe(`Alt with "quotes" & <tags> that's long enough`);
		// linkedom leaves some entities in attributes undecoded, so a strict XML parser reads the attribute.
		expect(strictRootAttributes(svg)['aria-label']).toBe(`Alt with "quotes" & <tags> that's long enough`);
		expect(svg).toContain('aria-label="Alt with &quot;quotes&quot; &amp; &lt;tags> that\'s long enough"');
	});

	test('hostile text in every kind of row and layout stays text', () => {
		const rows = [
			row({ kind: 'heading', label: hostile[0]! }),
			row({ kind: 'toggle', label: hostile[1]!, on: false, highlight: true }),
			row({ kind: 'button', label: hostile[2]! }),
			row({ kind: 'link', label: hostile[3]! }),
			row({ kind: 'item', label: hostile[0]!, current: true }),
			row({ kind: 'item', label: 'Value', value: hostile[1]! }),
		];
		for (const [, drawing] of DEVICES) {
			for (const layout of ['menu', 'sections', 'page'] as const) {
				const svg = renderScreenSvg({ ...drawing, layout, title: hostile[1]!, rows });
				expect(() => strictRootAttributes(svg)).not.toThrow();
				expect(svg).not.toMatch(/<(script|img|b)\b|]]>/i);
			}
		}
	});

	test('characters XML cannot hold are dropped instead of breaking the file', () => {
		const svg = renderScreenSvg({ ...base, rows: [row({ kind: 'item', label: 'Bell\u0007 and NUL\u0000 and lone \uD800 surrogate', highlight: true })] });
		// eslint-disable-next-line no-control-regex -- the file must carry no control characters
		expect(svg).not.toMatch(/[\u0000-\u0008\uD800-\uDFFF]/);
		expect(() => strictRootAttributes(svg)).not.toThrow();
		expect(xmlSafe('a\u0007b\uD800c\uFFFEd\te\nf')).toBe('ab\uFFFDcd\te\nf');
		// Escaping is the renderer's job; doing it here too would escape twice.
		expect(xmlSafe(`<a href="x">'&'</a>`)).toBe(`<a href="x">'&'</a>`);
		expect(texts(parse(svg))).toContain('Bell and NUL and lone \uFFFD surrogate');
	});

	test('the title element and the aria-label carry the alt text', () => {
		const root = parse(renderScreenSvg(base)).documentElement;
		expect(root.getAttribute('role')).toBe('img');
		expect(root.firstElementChild?.localName).toBe('title');
		expect(root.firstElementChild?.textContent).toBe(base.alt);
		expect(root.getAttribute('aria-label')).toBe(base.alt);
	});

	test('the drawing refers to nothing outside itself', () => {
		for (const [, drawing] of DEVICES) {
			const svg = renderScreenSvg({ ...drawing, layout: 'page', rows: [row({ kind: 'item', label: 'See https://example.com', highlight: true })] });
			expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
			expect(svg.replace('https://example.com', '').match(/https?:\/\/[^"\s<]+/g)).toEqual(['http://www.w3.org/2000/svg']);
			expect(svg).not.toMatch(/href=|<image|<script|<foreignObject|url\(|@import|@font-face/i);
			expect(svg).toContain('font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif');
		}
	});
});
