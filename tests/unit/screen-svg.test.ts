import { DOMParser } from 'linkedom';
import sax from 'sax';
import { describe, expect, test } from 'vitest';
import { xmlSafe, renderScreenSvg, SCREEN_SIZE, screenSize, wrap, type ScreenDrawing } from '../../src/lib/screen-svg';

const base: ScreenDrawing = {
	frame: 'desktop',
	title: 'Data privacy',
	address: 'linkedin.com/mypreferences/d/categories/privacy',
	avatar: 'none',
	highlightAvatar: false,
	rows: [
		{ label: 'How LinkedIn uses your data', kind: 'heading', highlight: false },
		{ label: 'Data for Generative AI Improvement', kind: 'item', highlight: true },
		{ label: 'Advertising data', kind: 'item', highlight: false },
	],
	alt: 'The Data privacy page, with Data for Generative AI Improvement highlighted.',
};
const phone: ScreenDrawing = { ...base, frame: 'phone', address: undefined };
const hostile = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', `it's <b>bold</b> & "quoted"`, 'a]]>b'];

const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml') as unknown as Document;
const texts = (doc: Document) => [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');
const num = (el: Element, name: string) => Number(el.getAttribute(name));
const textEl = (doc: Document, label: string) => [...doc.querySelectorAll('text')].find((t) => t.textContent === label);

/** Reads the file with a strict XML parser, which throws on anything malformed; returns the root's attributes, decoded. */
function strictRootAttributes(svg: string): Record<string, string> {
	const parser = sax.parser(true);
	let root: Record<string, string> | undefined;
	parser.onopentag = (tag) => {
		root ??= tag.attributes as Record<string, string>;
	};
	parser.write(svg).close();
	return root ?? {};
}

/** The outline's box, as drawn. */
function outline(doc: Document) {
	const rects = [...doc.querySelectorAll('[data-highlight]')];
	expect(rects).toHaveLength(1);
	const r = rects[0]!;
	return { x: num(r, 'x'), y: num(r, 'y'), w: num(r, 'width'), h: num(r, 'height') };
}
const inside = (p: { x: number; y: number }, b: { x: number; y: number; w: number; h: number }) => p.x > b.x && p.x < b.x + b.w && p.y > b.y && p.y < b.y + b.h;

/** WCAG 2.x contrast of two #rrggbb or #rgb colours. */
function contrast(a: string, b: string): number {
	const lum = (hex: string) => {
		const full = hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex;
		const [r, g, bl] = [1, 3, 5].map((i) => parseInt(full.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
		return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
	};
	const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
	return (hi! + 0.05) / (lo! + 0.05);
}

describe('screen drawings', () => {
	test('hostile text is escaped: nothing is injected and the words survive as text', () => {
		const svg = renderScreenSvg({
			...base,
			title: hostile[0]!,
			address: hostile[1]!,
			rows: hostile.map((label, i) => ({ label, kind: 'item', highlight: i === 0 })),
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

	test('characters XML cannot hold are dropped instead of breaking the file', () => {
		const svg = renderScreenSvg({ ...base, rows: [{ label: 'Bell\u0007 and NUL\u0000 and lone \uD800 surrogate', kind: 'item', highlight: true }] });
		// eslint-disable-next-line no-control-regex -- the file must carry no control characters
		expect(svg).not.toMatch(/[\u0000-\u0008\uD800-\uDFFF]/);
		expect(() => strictRootAttributes(svg)).not.toThrow();
		expect(xmlSafe('a\u0007b\uD800c\uFFFEd\te\nf')).toBe('ab\uFFFDcd\te\nf');
		// Escaping is the renderer's job; doing it here too would escape twice.
		expect(xmlSafe(`<a href="x">'&'</a>`)).toBe(`<a href="x">'&'</a>`);
		expect(texts(parse(svg))).toContain('Bell and NUL and lone \uFFFD surrogate');
	});

	test.each([
		['desktop', base],
		['phone', phone],
	])('%s: exactly one outline, around the highlighted row and no other', (_, drawing) => {
		const doc = parse(renderScreenSvg(drawing));
		const box = outline(doc);
		// Labels may wrap, so a row is found by the start of its first line.
		const label = (start: string) => [...doc.querySelectorAll('text')].find((t) => t.textContent?.startsWith(start))!;
		const at = (el: Element) => ({ x: num(el, 'x') + 1, y: num(el, 'y') - 4 });
		expect(inside(at(label('Data for')), box)).toBe(true);
		expect(inside(at(label('Advertising')), box)).toBe(false);
		expect(inside(at(label('HOW LINKEDIN')), box)).toBe(false);
		// The pointer sits beside the outline, inside the frame.
		const pointer = doc.querySelectorAll('circle.hf');
		expect(pointer).toHaveLength(1);
		expect(num(pointer[0]!, 'cx')).toBeLessThan(box.x);
		expect(num(pointer[0]!, 'cx') - 11).toBeGreaterThan(4);
	});

	test.each([
		['desktop', 'top-right'],
		['desktop', 'top-left'],
		['phone', 'top-right'],
		['phone', 'top-left'],
	] as const)('%s, %s: when the profile picture is the target, only it is outlined', (frame, avatar) => {
		const rows = base.rows.map((row) => ({ ...row, highlight: false }));
		const doc = parse(renderScreenSvg({ ...base, frame, avatar, highlightAvatar: true, rows }));
		const box = outline(doc);
		const pic = doc.querySelector('circle.av')!;
		expect(inside({ x: num(pic, 'cx'), y: num(pic, 'cy') }, box)).toBe(true);
		expect(box.x).toBeGreaterThan(4);
		expect(box.x + box.w).toBeLessThan(SCREEN_SIZE[frame].width - 4);
	});

	test('no row and no picture highlighted draws no outline', () => {
		const rows = base.rows.map((row) => ({ ...row, highlight: false }));
		expect(parse(renderScreenSvg({ ...base, avatar: 'top-right', rows })).querySelectorAll('[data-highlight], circle.hf')).toHaveLength(0);
	});

	test('a switch says Off or On in words, and its knob moves, not only its colour', () => {
		const draw = (on: boolean) => {
			const doc = parse(
				renderScreenSvg({ ...base, rows: [{ label: 'Use my data for training content creation AI models', kind: 'toggle', highlight: true, on }] }),
			);
			const track = [...doc.querySelectorAll('rect')].find((r) => r.getAttribute('width') === '48')!;
			const knob = [...doc.querySelectorAll('circle.bg')].at(-1)!;
			return { words: texts(doc), knob: num(knob, 'cx') - num(track, 'x'), fill: track.getAttribute('fill') };
		};
		const off = draw(false);
		const on = draw(true);
		expect(off.words).toContain('Off');
		expect(off.words).not.toContain('On');
		expect(on.words).toContain('On');
		expect(on.words).not.toContain('Off');
		expect(off.knob).toBeLessThan(24);
		expect(on.knob).toBeGreaterThan(24);
		expect(off.fill).not.toBe(on.fill);
	});

	test('a drawing declares its real size, and desktop text stays legible on a phone', () => {
		// Shrunk to a common 360 px phone (minus page and step padding), desktop text stays readable: 8 px or more.
		expect((14 * (360 - 48)) / SCREEN_SIZE.desktop.width).toBeGreaterThanOrEqual(8);
		for (const drawing of [base, phone]) {
			expect(screenSize(drawing)).toEqual(SCREEN_SIZE[drawing.frame]);
			const root = parse(renderScreenSvg(drawing)).documentElement;
			const { width, height } = SCREEN_SIZE[drawing.frame];
			expect([root.getAttribute('width'), root.getAttribute('height'), root.getAttribute('viewBox')]).toEqual([
				`${width}`,
				`${height}`,
				`0 0 ${width} ${height}`,
			]);
		}
	});

	test('many rows make the picture taller, and the declared size follows', () => {
		const rows = Array.from({ length: 14 }, (_, i) => ({ label: `Setting number ${i + 1}`, kind: 'item' as const, highlight: i === 13 }));
		for (const drawing of [
			{ ...base, rows },
			{ ...phone, rows },
		]) {
			const size = screenSize(drawing);
			expect(size.width).toBe(SCREEN_SIZE[drawing.frame].width);
			expect(size.height).toBeGreaterThan(SCREEN_SIZE[drawing.frame].height);
			const doc = parse(renderScreenSvg(drawing));
			expect(doc.documentElement.getAttribute('viewBox')).toBe(`0 0 ${size.width} ${size.height}`);
			expect(outline(doc).y + outline(doc).h).toBeLessThan(size.height);
		}
	});

	test('the title element and the aria-label carry the alt text', () => {
		const root = parse(renderScreenSvg(base)).documentElement;
		expect(root.getAttribute('role')).toBe('img');
		expect(root.firstElementChild?.localName).toBe('title');
		expect(root.firstElementChild?.textContent).toBe(base.alt);
		expect(root.getAttribute('aria-label')).toBe(base.alt);
	});

	test('long labels are cut with an ellipsis and no text runs past the frame', () => {
		const long = 'Use my data for training content creation AI models '.repeat(6);
		for (const frame of ['desktop', 'phone'] as const) {
			const drawing: ScreenDrawing = {
				...base,
				frame,
				title: long,
				address: `linkedin.com/${'x'.repeat(300)}`,
				avatar: 'top-right',
				rows: [
					{ label: long, kind: 'heading', highlight: false },
					{ label: long, kind: 'toggle', highlight: true, on: false },
					{ label: 'W'.repeat(200), kind: 'item', highlight: false },
					{ label: long, kind: 'text', highlight: false },
				],
			};
			const doc = parse(renderScreenSvg(drawing));
			const { width } = screenSize(drawing);
			for (const t of doc.querySelectorAll('text')) {
				const cls = t.getAttribute('class') ?? '';
				const size = /\bs\b/.test(cls) ? 12 : /\bt\b/.test(cls) ? 16 : 14;
				const estimate = [...(t.textContent ?? '')].length * size * 0.55;
				const x = num(t, 'x');
				const [left, right] =
					t.getAttribute('text-anchor') === 'end'
						? [x - estimate, x]
						: t.getAttribute('text-anchor') === 'middle'
							? [x - estimate / 2, x + estimate / 2]
							: [x, x + estimate];
				expect(left, t.textContent ?? '').toBeGreaterThanOrEqual(4);
				expect(right, t.textContent ?? '').toBeLessThanOrEqual(width - 4);
			}
			expect(texts(doc).filter((t) => t.endsWith('…')).length).toBeGreaterThanOrEqual(4);
			// The switch's label stops before the word Off.
			const offText = textEl(doc, 'Off')!;
			const toggleLines = texts(doc).filter((t) => long.includes(t.replace('…', '')) && !t.includes('CONTENT'));
			expect(toggleLines.length).toBeGreaterThan(1);
			for (const line of toggleLines.slice(0, 4)) expect(num(textEl(doc, line)!, 'x') + [...line].length * 14 * 0.55).toBeLessThan(num(offText, 'x') - 24);
		}
	});

	test('wrap breaks at spaces, keeps lines short and ends a cut-off label with an ellipsis', () => {
		const lines = wrap('Use my data for training content creation AI models', 150);
		expect(lines.length).toBeGreaterThan(1);
		expect(lines.join(' ')).toBe('Use my data for training content creation AI models');
		for (const line of lines) expect(line.length).toBeLessThanOrEqual(Math.floor(150 / (14 * 0.56)));
		const cut = wrap('word '.repeat(60), 150, 14, 2);
		expect(cut).toHaveLength(2);
		expect(cut[1]).toMatch(/…$/);
		expect(wrap('👩‍💻'.repeat(40), 60).join('')).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
	});

	test('the drawing refers to nothing outside itself', () => {
		const svg = renderScreenSvg({
			...base,
			avatar: 'top-left',
			highlightAvatar: true,
			rows: [{ label: 'See https://example.com', kind: 'text', highlight: false }],
		});
		expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
		expect(svg.replace('https://example.com', '').match(/https?:\/\/[^"\s<]+/g)).toEqual(['http://www.w3.org/2000/svg']);
		expect(svg).not.toMatch(/href=|<image|<script|<foreignObject|url\(|@import|@font-face/i);
		expect(svg).toContain('font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif');
	});

	test('light and dark colours both meet WCAG contrast', () => {
		const style = parse(renderScreenSvg(base)).querySelector('style')!.textContent ?? '';
		expect(style).toContain('@media (prefers-color-scheme:dark)');
		const darkAt = style.indexOf('@media');
		const vars = (css: string) => Object.fromEntries([...css.matchAll(/--([a-z]+):(#[0-9a-f]{3,6})/g)].map((m) => [m[1]!, m[2]!]));
		for (const c of [vars(style.slice(0, darkAt)), vars(style.slice(darkAt))]) {
			for (const fg of ['ink', 'muted']) for (const bg of ['bg', 'panel']) expect(contrast(c[fg]!, c[bg]!), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
			// Outline, pointer, switches and frame are graphics: 3:1 (WCAG 1.4.11), including the knob and arrow drawn in --bg.
			for (const fg of ['mark', 'on', 'off', 'frame']) expect(contrast(c[fg]!, c['bg']!), `${fg} on bg`).toBeGreaterThanOrEqual(3);
			expect(contrast(c['mark']!, c['panel']!)).toBeGreaterThanOrEqual(3);
		}
	});

	test('the same input gives the same file, and a typical screen stays small', () => {
		const svg = renderScreenSvg(base);
		expect(renderScreenSvg(structuredClone(base))).toBe(svg);
		expect(svg.length).toBeLessThan(4096);
		expect(svg).not.toMatch(/>\s+</);
	});
});
