import { describe, expect, test } from 'vitest';
import { renderScreenSvg, screenSize, wrap, type Device, type ScreenDrawing } from '../../../src/lib/screens';
import { base, DEVICES, num, parse, ring, row, textEl, texts } from '../../helpers/screens';

describe('screen drawings: what is drawn where, and how big', () => {
	test('undocumented rows are text-shaped bars of varied length, with no words', () => {
		const drawing: ScreenDrawing = {
			...base,
			rows: [row({ kind: 'bar', count: 4 }), row({ kind: 'text', lines: 3 }), row({ kind: 'field', count: 2 }), row({ kind: 'profile' })],
		};
		const doc = parse(renderScreenSvg(drawing));
		// Only the browser's address and the page title are words.
		expect(texts(doc)).toEqual([drawing.title, expect.stringMatching(/^linkedin\.com/)]);
		const bars = [...doc.querySelectorAll('rect.n')];
		expect(bars.length).toBeGreaterThanOrEqual(4 + 3 + 2);
		expect(bars.every((b) => num(b, 'rx') * 2 === num(b, 'height'))).toBe(true);
		expect(new Set(bars.map((b) => b.getAttribute('width'))).size).toBeGreaterThanOrEqual(4);
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
			expect(width).toBe(drawing.frame === 'desktop' ? 440 : 320);
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
		const rows = Array.from({ length: 14 }, (_, i) => row({ kind: 'item', label: `Setting number ${i + 1}`, highlight: i === 13 }));
		for (const [, drawing] of DEVICES) {
			const size = screenSize({ ...drawing, rows });
			expect(size.height).toBeGreaterThan(screenSize(drawing).height);
			const doc = parse(renderScreenSvg({ ...drawing, rows }));
			expect(doc.documentElement.getAttribute('viewBox')).toBe(`0 0 ${size.width} ${size.height}`);
			expect(ring(doc).y + ring(doc).h).toBeLessThan(size.height);
		}
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
						row({ kind: 'heading', label: long }),
						row({ kind: 'toggle', label: long, highlight: true, on: false }),
						row({ kind: 'item', label: 'W'.repeat(200), value: 'On' }),
						row({ kind: 'item', label: long, current: true }),
						row({ kind: 'button', label: long }),
						row({ kind: 'link', label: long }),
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
		// At size 14 a character is about 0.56 × 14 = 7.84 wide, so 150 holds 19 of them.
		for (const line of lines) expect(line.length).toBeLessThanOrEqual(19);
		const cut = wrap('word '.repeat(60), 150, 14, 2);
		expect(cut).toHaveLength(2);
		expect(cut[1]).toMatch(/…$/);
		expect(wrap('👩‍💻'.repeat(40), 60, 14).join('')).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
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
