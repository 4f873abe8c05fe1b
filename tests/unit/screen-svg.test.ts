import { DOMParser } from 'linkedom';
import sax from 'sax';
import { describe, expect, test } from 'vitest';
import { METRICS, metricsOf, renderScreenSvg, screenSize, wrap, xmlSafe, type Device, type ScreenDrawing, type ScreenRow } from '../../src/lib/screen-svg';
import { contrast } from '../helpers/contrast';
import { byCollection, loadContent } from '../helpers/content';

const base: ScreenDrawing = {
	frame: 'desktop',
	layout: 'page',
	title: 'Data privacy',
	address: 'linkedin.com/mypreferences/d/categories/privacy',
	rows: [
		{ kind: 'heading', label: 'How LinkedIn uses your data' },
		{ kind: 'bar', count: 2 },
		{ kind: 'item', label: 'Data for Generative AI Improvement', value: 'On', highlight: true },
		{ kind: 'item', label: 'Advertising data' },
	],
	alt: 'The Data privacy page, with Data for Generative AI Improvement highlighted.',
};
const iphone: ScreenDrawing = { ...base, frame: 'iphone', address: undefined };
const android: ScreenDrawing = { ...base, frame: 'android', address: undefined };
const DEVICES = [
	['desktop', base],
	['iphone', iphone],
	['android', android],
] as const;
const hostile = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', `it's <b>bold</b> & "quoted"`, 'a]]>b'];

const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml') as unknown as Document;
const texts = (doc: Document) => [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');
const num = (el: Element, name: string) => Number(el.getAttribute(name));
const textEl = (doc: Document, label: string) => [...doc.querySelectorAll('text')].find((t) => t.textContent === label);
const unhighlighted = (rows: ScreenRow[]): ScreenRow[] => rows.map((row) => ('highlight' in row ? { ...row, highlight: false } : row));

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

/** The ring's box, as drawn. */
function ring(doc: Document) {
	const rects = [...doc.querySelectorAll('[data-highlight]')];
	expect(rects).toHaveLength(1);
	const r = rects[0]!;
	return { x: num(r, 'x'), y: num(r, 'y'), w: num(r, 'width'), h: num(r, 'height') };
}
const inside = (p: { x: number; y: number }, b: { x: number; y: number; w: number; h: number }) => p.x > b.x && p.x < b.x + b.w && p.y > b.y && p.y < b.y + b.h;

/** The smallest text of a drawing in CSS pixels when the picture is shown `displayWidth` px wide. */
function smallestText(svg: string, displayWidth: number): { px: number; text: string } {
	const doc = parse(svg);
	const viewBoxWidth = Number(doc.documentElement.getAttribute('viewBox')?.split(' ')[2]);
	expect(viewBoxWidth).toBeGreaterThan(0);
	// Sizes are attributes on each <text>; the stylesheet sets none, so nothing overrides them.
	expect(doc.querySelector('style')?.textContent).not.toMatch(/font-size|font:/);
	let smallest = { px: Infinity, text: '' };
	for (const t of doc.querySelectorAll('text')) {
		const size = Number(t.getAttribute('font-size'));
		expect(size, `font-size of "${t.textContent}"`).toBeGreaterThan(0);
		const px = (size * displayWidth) / viewBoxWidth;
		if (px < smallest.px) smallest = { px, text: t.textContent ?? '' };
	}
	return smallest;
}

describe('screen drawings', () => {
	test('hostile text is escaped: nothing is injected and the words survive as text', () => {
		const svg = renderScreenSvg({
			...base,
			title: hostile[0]!,
			address: hostile[1]!,
			rows: hostile.map((label, i): ScreenRow => ({ kind: 'item', label, highlight: i === 0 })),
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
		const rows: ScreenRow[] = [
			{ kind: 'heading', label: hostile[0]! },
			{ kind: 'toggle', label: hostile[1]!, on: false, highlight: true },
			{ kind: 'button', label: hostile[2]! },
			{ kind: 'link', label: hostile[3]! },
			{ kind: 'item', label: hostile[0]!, current: true },
			{ kind: 'item', label: 'Value', value: hostile[1]! },
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
		const svg = renderScreenSvg({ ...base, rows: [{ kind: 'item', label: 'Bell\u0007 and NUL\u0000 and lone \uD800 surrogate', highlight: true }] });
		// eslint-disable-next-line no-control-regex -- the file must carry no control characters
		expect(svg).not.toMatch(/[\u0000-\u0008\uD800-\uDFFF]/);
		expect(() => strictRootAttributes(svg)).not.toThrow();
		expect(xmlSafe('a\u0007b\uD800c\uFFFEd\te\nf')).toBe('ab\uFFFDcd\te\nf');
		// Escaping is the renderer's job; doing it here too would escape twice.
		expect(xmlSafe(`<a href="x">'&'</a>`)).toBe(`<a href="x">'&'</a>`);
		expect(texts(parse(svg))).toContain('Bell and NUL and lone \uFFFD surrogate');
	});

	test.each(DEVICES)('%s: exactly one ring, around the highlighted row and no other, inside the picture', (_, drawing) => {
		const doc = parse(renderScreenSvg(drawing));
		const box = ring(doc);
		// Labels may wrap, so a row is found by the start of its first line.
		const label = (start: string) => [...doc.querySelectorAll('text')].find((t) => t.textContent?.startsWith(start))!;
		const at = (el: Element) => ({ x: num(el, 'x') + 1, y: num(el, 'y') - 4 });
		expect(inside(at(label('Data for')), box)).toBe(true);
		expect(inside(at(textEl(doc, 'On')!), box)).toBe(true);
		expect(inside(at(label('Advertising')), box)).toBe(false);
		expect(inside(at(label('How LinkedIn')), box)).toBe(false);
		const { width, height } = screenSize(drawing);
		expect(box.x).toBeGreaterThan(4);
		expect(box.x + box.w).toBeLessThan(width - 4);
		expect(box.y + box.h).toBeLessThan(height - 4);
		// No pointer or arrow beside it: the ring is the whole mark.
		expect(doc.querySelectorAll('.hf')).toHaveLength(0);
	});

	test.each(['desktop', 'iphone', 'android'] as const)('%s home screen: your photo is where LinkedIn puts it, and only it is ringed', (frame) => {
		const drawing: ScreenDrawing = { frame, layout: 'home', highlightAvatar: true, rows: [], alt: 'Home, with your photo ringed.' };
		const doc = parse(renderScreenSvg(drawing));
		const box = ring(doc);
		const { width } = screenSize(drawing);
		const photos = [...doc.querySelectorAll('circle.av')].filter((c) => inside({ x: num(c, 'cx'), y: num(c, 'cy') }, box));
		expect(photos).toHaveLength(1);
		const cx = num(photos[0]!, 'cx');
		if (frame === 'desktop') {
			// In the top bar's right part, with the word "Me" under the photo, inside the ring too.
			expect(cx).toBeGreaterThan(width * 0.6);
			const me = textEl(doc, 'Me')!;
			expect(num(me, 'y')).toBeGreaterThan(num(photos[0]!, 'cy'));
			expect(inside({ x: num(me, 'x'), y: num(me, 'y') - 4 }, box)).toBe(true);
		} else {
			// The app's photo sits at the top left.
			expect(cx).toBeLessThan(width * 0.25);
		}
		expect(box.x).toBeGreaterThan(4);
		expect(box.x + box.w).toBeLessThan(width - 4);
	});

	test('the Me icon is labelled "Me" on every desktop screen with the top bar', () => {
		for (const layout of ['home', 'menu'] as const) {
			const rows: ScreenRow[] = layout === 'menu' ? [{ kind: 'item', label: 'Settings & Privacy', highlight: true }] : [];
			expect(texts(parse(renderScreenSvg({ ...base, layout, rows, highlightAvatar: layout === 'home' })))).toContain('Me');
		}
	});

	test('no row and no photo highlighted draws no ring', () => {
		for (const [, drawing] of DEVICES) {
			expect(parse(renderScreenSvg({ ...drawing, rows: unhighlighted(drawing.rows) })).querySelectorAll('[data-highlight], .hl, .hh')).toHaveLength(0);
			expect(parse(renderScreenSvg({ ...drawing, layout: 'home', rows: [] })).querySelectorAll('[data-highlight], .hl, .hh')).toHaveLength(0);
		}
	});

	test('undocumented rows are text-shaped bars of varied length, with no words', () => {
		const drawing: ScreenDrawing = { ...base, rows: [{ kind: 'bar', count: 4 }, { kind: 'text', lines: 3 }, { kind: 'field', count: 2 }, { kind: 'profile' }] };
		const doc = parse(renderScreenSvg(drawing));
		// Only the browser's address and the page title are words.
		expect(texts(doc)).toEqual([drawing.title, expect.stringMatching(/^linkedin\.com/)]);
		const bars = [...doc.querySelectorAll('rect.n')];
		expect(bars.length).toBeGreaterThanOrEqual(4 + 3 + 2);
		expect(bars.every((b) => num(b, 'rx') * 2 === num(b, 'height'))).toBe(true);
		expect(new Set(bars.map((b) => b.getAttribute('width'))).size).toBeGreaterThanOrEqual(4);
	});

	test('a switch says Off or On in words, and its knob moves, not only its colour; the ring takes in both', () => {
		const draw = (on: boolean) => {
			const doc = parse(
				renderScreenSvg({ ...base, rows: [{ kind: 'toggle', label: 'Use my data for training content creation AI models', highlight: true, on }] }),
			);
			const track = doc.querySelector('rect.sw')!;
			const knob = doc.querySelector('circle.knob')!;
			const box = ring(doc);
			const word = textEl(doc, on ? 'On' : 'Off')!;
			expect(inside({ x: num(track, 'x') + 24, y: num(track, 'y') + 14 }, box)).toBe(true);
			expect(inside({ x: num(word, 'x') - 8, y: num(word, 'y') - 4 }, box)).toBe(true);
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

	test('the iPhone and the Android phone each get their own frame', () => {
		const home = (frame: Device): ScreenDrawing => ({ frame, layout: 'home', highlightAvatar: true, rows: [], alt: 'Home, with your photo ringed.' });
		const ios = parse(renderScreenSvg(home('iphone')));
		const droid = parse(renderScreenSvg(home('android')));
		// Status bars: iPhone's clock beside the island, Android's clock at the far left beside a camera hole.
		expect(texts(ios)).toContain('9:41');
		expect(texts(droid)).toContain('12:30');
		// Android's navigation bar: back, home (the only round icon) and recent apps, under the screen's content.
		const { height } = screenSize(home('android'));
		expect(num(droid.querySelector('circle.ic')!, 'cy')).toBeGreaterThan(height - 50);
		expect(ios.querySelector('circle.ic')).toBeNull();
		// iPhone's home indicator: a thin bar across the bottom.
		const indicator = [...ios.querySelectorAll('rect.i')].filter((r) => num(r, 'height') === 5);
		expect(indicator).toHaveLength(1);
		expect(num(indicator[0]!, 'y')).toBeGreaterThan(screenSize(home('iphone')).height - 30);
		expect(renderScreenSvg(home('iphone'))).not.toBe(renderScreenSvg(home('android')));
	});

	test('a drawing declares its real size, and it is only as tall as its rows need', () => {
		for (const [, drawing] of DEVICES) {
			const { width, height } = screenSize(drawing);
			expect(width).toBe(metricsOf(drawing.frame).width);
			const root = parse(renderScreenSvg(drawing)).documentElement;
			expect([root.getAttribute('width'), root.getAttribute('height'), root.getAttribute('viewBox')]).toEqual([
				`${width}`,
				`${height}`,
				`0 0 ${width} ${height}`,
			]);
			// With the ringed row last, the picture ends just under it: under it there is only the card's edge, or
			// the phone's home indicator or navigation buttons.
			const last = renderScreenSvg({ ...drawing, rows: [...drawing.rows.slice(0, 2), drawing.rows[2]!] });
			const box = ring(parse(last));
			expect(screenSize({ ...drawing, rows: [...drawing.rows.slice(0, 2), drawing.rows[2]!] }).height - (box.y + box.h)).toBeLessThan(
				drawing.frame === 'desktop' ? 40 : 72,
			);
		}
	});

	test('many rows make the picture taller, and the declared size follows', () => {
		const rows: ScreenRow[] = Array.from({ length: 14 }, (_, i) => ({ kind: 'item', label: `Setting number ${i + 1}`, highlight: i === 13 }));
		for (const [, drawing] of DEVICES) {
			const size = screenSize({ ...drawing, rows });
			expect(size.height).toBeGreaterThan(screenSize(drawing).height);
			const doc = parse(renderScreenSvg({ ...drawing, rows }));
			expect(doc.documentElement.getAttribute('viewBox')).toBe(`0 0 ${size.width} ${size.height}`);
			expect(ring(doc).y + ring(doc).h).toBeLessThan(size.height);
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
		for (const frame of ['desktop', 'iphone', 'android'] as const) {
			for (const layout of ['menu', 'sections', 'page'] as const) {
				const drawing: ScreenDrawing = {
					...base,
					frame,
					layout,
					title: long,
					address: `linkedin.com/${'x'.repeat(300)}`,
					rows: [
						{ kind: 'heading', label: long },
						{ kind: 'toggle', label: long, highlight: true, on: false },
						{ kind: 'item', label: 'W'.repeat(200), value: 'On' },
						{ kind: 'item', label: long, current: true },
						{ kind: 'button', label: long },
						{ kind: 'link', label: long },
					],
				};
				const doc = parse(renderScreenSvg(drawing));
				const { width } = screenSize(drawing);
				for (const t of doc.querySelectorAll('text')) {
					const estimate = [...(t.textContent ?? '')].length * num(t, 'font-size') * 0.55;
					const x = num(t, 'x');
					const anchor = t.getAttribute('text-anchor');
					const [left, right] = anchor === 'end' ? [x - estimate, x] : anchor === 'middle' ? [x - estimate / 2, x + estimate / 2] : [x, x + estimate];
					expect(left, `${frame} ${layout}: ${t.textContent}`).toBeGreaterThanOrEqual(4);
					expect(right, `${frame} ${layout}: ${t.textContent}`).toBeLessThanOrEqual(width - 4);
				}
				expect(texts(doc).filter((t) => t.endsWith('…')).length).toBeGreaterThanOrEqual(4);
				// The switch's label stops before the word Off.
				const off = textEl(doc, 'Off')!;
				const toggleLines = [...doc.querySelectorAll('text')].filter((t) => num(t, 'y') > num(off, 'y') - 60 && num(t, 'y') < num(off, 'y') + 60 && t !== off);
				for (const line of toggleLines.filter((t) => num(t, 'x') < num(off, 'x') - 60)) {
					expect(num(line, 'x') + [...(line.textContent ?? '')].length * num(line, 'font-size') * 0.55).toBeLessThan(num(off, 'x') - 24);
				}
			}
		}
	});

	test('wrap breaks at spaces, keeps lines short and ends a cut-off label with an ellipsis', () => {
		const lines = wrap('Use my data for training content creation AI models', 150, 14);
		expect(lines.length).toBeGreaterThan(1);
		expect(lines.join(' ')).toBe('Use my data for training content creation AI models');
		for (const line of lines) expect(line.length).toBeLessThanOrEqual(Math.floor(150 / (14 * 0.56)));
		const cut = wrap('word '.repeat(60), 150, 14, 2);
		expect(cut).toHaveLength(2);
		expect(cut[1]).toMatch(/…$/);
		expect(wrap('👩‍💻'.repeat(40), 60, 14).join('')).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
	});

	test('the drawing refers to nothing outside itself', () => {
		for (const [, drawing] of DEVICES) {
			const svg = renderScreenSvg({ ...drawing, layout: 'page', rows: [{ kind: 'item', label: 'See https://example.com', highlight: true }] });
			expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
			expect(svg.replace('https://example.com', '').match(/https?:\/\/[^"\s<]+/g)).toEqual(['http://www.w3.org/2000/svg']);
			expect(svg).not.toMatch(/href=|<image|<script|<foreignObject|url\(|@import|@font-face/i);
			expect(svg).toContain('font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif');
		}
	});

	test('light and dark colours both meet WCAG contrast, whether fixed or following the reader', () => {
		const vars = (css: string) => Object.fromEntries([...css.matchAll(/--([a-z]+):(#[0-9a-f]{3,6})/g)].map((m) => [m[1]!, m[2]!]));
		const style = (scheme: 'auto' | 'light' | 'dark') => parse(renderScreenSvg(base, scheme)).querySelector('style')!.textContent ?? '';
		const auto = style('auto');
		expect(auto).toContain('@media (prefers-color-scheme:dark)');
		const darkAt = auto.indexOf('@media');
		expect(vars(auto.slice(0, darkAt))).toEqual(vars(style('light')));
		expect(vars(auto.slice(darkAt))).toEqual(vars(style('dark')));
		expect(style('light')).not.toContain('@media');
		for (const c of [vars(style('light')), vars(style('dark'))]) {
			for (const fg of ['ink', 'muted', 'link'])
				for (const bg of ['bg', 'panel']) expect(contrast(c[fg]!, c[bg]!), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
			// Button text is drawn in the page colour on an ink button.
			expect(contrast(c['bg']!, c['ink']!)).toBeGreaterThanOrEqual(4.5);
			// The ring, switches and frame are graphics: 3:1 (WCAG 1.4.11), including the knob drawn in --bg.
			for (const fg of ['mark', 'on', 'off', 'frame']) expect(contrast(c[fg]!, c['bg']!), `${fg} on bg`).toBeGreaterThanOrEqual(3);
			expect(contrast(c['mark']!, c['panel']!)).toBeGreaterThanOrEqual(3);
		}
	});

	test('the same input gives the same file, and a typical screen stays small', () => {
		for (const [, drawing] of DEVICES) {
			const svg = renderScreenSvg(drawing);
			expect(renderScreenSvg(structuredClone(drawing))).toBe(svg);
			expect(svg.length).toBeLessThan(8192);
			expect(svg).not.toMatch(/>\s+</);
		}
	});
});

describe('the screens in content/screens.yaml', () => {
	const screens = byCollection(loadContent().entries, 'screens');
	/** Each screen on every device it can be drawn on, in both colour schemes. */
	const cases = screens.flatMap((screen) => {
		const devices: Device[] = screen.data['frame'] === 'desktop' ? ['desktop'] : ['iphone', 'android'];
		const drawing = screen.data as unknown as Omit<ScreenDrawing, 'frame'>;
		return devices.flatMap((frame) =>
			(['light', 'dark'] as const).map((scheme) => [`${screen.id} on ${frame}, ${scheme}`, { ...drawing, frame }, scheme] as const),
		);
	});

	test('there are screens to check', () => {
		expect(cases.length).toBeGreaterThanOrEqual(10);
	});

	// A picture may be shown as narrow as 320 px (a desktop drawing on a phone; phones show at most 288 px, narrower
	// still): every label must still be 12 px or more there.
	test.each(cases)('%s: every text is at least 12 px when the picture is 320 px wide', (_, drawing, scheme) => {
		const smallest = smallestText(renderScreenSvg(drawing, scheme), 320);
		expect(smallest.px, `"${smallest.text}"`).toBeGreaterThanOrEqual(12);
	});

	test.each(cases)('%s: one ring, and the alt text names what it rings', (_, drawing, scheme) => {
		const doc = parse(renderScreenSvg(drawing, scheme));
		const box = ring(doc);
		const words = [...doc.querySelectorAll('text')].filter((t) => inside({ x: num(t, 'x') + 2, y: num(t, 'y') - 4 }, box)).map((t) => t.textContent ?? '');
		// The ringed words (or "Me" for the desktop photo; the app's photo has none) appear in the alt text.
		for (const word of words) expect(drawing.alt.replace(/\s+/g, ' ')).toContain(word);
		if (words.length === 0) expect(drawing.alt).toMatch(/profile picture/);
		expect(drawing.alt).toMatch(/ringed/);
	});

	test('the smallest text, at 320 px wide, is as documented in src/lib/screen-svg.tsx', () => {
		// Desktop: 17 × 320 / 440 = 12.4 px; phone: 14 × 320 / 320 = 14 px (12.6 px at a phone's 288 px).
		expect((METRICS.desktop.small * 320) / METRICS.desktop.width).toBeCloseTo(12.36, 2);
		expect((METRICS.phone.small * 320) / METRICS.phone.width).toBe(14);
		expect((METRICS.phone.small * 288) / METRICS.phone.width).toBeGreaterThanOrEqual(12);
	});
});
