import { describe, expect, test } from 'vitest';
import { renderScreenSvg, screenSize, textWidth, wrap, type Device, type ScreenDrawing } from '../../../src/lib/screens';
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

	test('long labels wrap onto as many lines as they need, rows grow, and no text runs past the frame', () => {
		const long = 'Use my data for training content creation AI models '.repeat(6).trim();
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
				// The address alone is clipped to its bar, by an inner <svg>; every other text is whole.
				for (const t of [...doc.querySelectorAll('text')].filter((t) => t.parentElement === doc.documentElement)) {
					const estimate = [...(t.textContent ?? '')].length * num(t, 'font-size') * 0.55;
					const x = num(t, 'x');
					const anchor = t.getAttribute('text-anchor');
					const [left, right] = anchor === 'end' ? [x - estimate, x] : anchor === 'middle' ? [x - estimate / 2, x + estimate / 2] : [x, x + estimate];
					expect(left, `${frame} ${layout}: ${t.textContent}`).toBeGreaterThanOrEqual(4);
					expect(right, `${frame} ${layout}: ${t.textContent}`).toBeLessThanOrEqual(width - 4);
				}
				expect(texts(doc).filter((t) => t.includes('…'))).toEqual([]);
				const all = texts(doc).join('').replace(/\s+/g, '');
				expect(all.split(long.replace(/\s+/g, '')).length - 1, `${frame} ${layout}`).toBe(layout === 'menu' ? 5 : 6);
				expect(all).toContain('W'.repeat(200));
				// The switch's label stops before the word Off.
				const off = textEl(doc, 'Off')!;
				const toggleLines = [...doc.querySelectorAll('text')].filter((t) => num(t, 'y') > num(off, 'y') - 60 && num(t, 'y') < num(off, 'y') + 60 && t !== off);
				for (const line of toggleLines.filter((t) => num(t, 'x') < num(off, 'x') - 60)) {
					expect(num(line, 'x') + [...(line.textContent ?? '')].length * num(line, 'font-size') * 0.55).toBeLessThan(num(off, 'x') - 24);
				}
			}
		}
	});

	test('a longer label makes its row and the picture taller', () => {
		for (const [, drawing] of DEVICES) {
			const short = screenSize({ ...drawing, rows: [row({ kind: 'toggle', label: 'Short', on: false, highlight: true })] }).height;
			const long = screenSize({ ...drawing, rows: [row({ kind: 'toggle', label: 'A much longer label '.repeat(8), on: false, highlight: true })] }).height;
			expect(long).toBeGreaterThan(short + 60);
		}
	});

	test('wrap breaks at spaces, keeps every character, and breaks a word only when it is wider than a line', () => {
		const lines = wrap('Use my data for training content creation AI models', 150, 14);
		expect(lines.length).toBeGreaterThan(1);
		expect(lines.join(' ')).toBe('Use my data for training content creation AI models');
		// At size 14 a character is about 0.56 × 14 = 7.84 wide, so 150 holds 19 of them.
		for (const line of lines) expect(line.length).toBeLessThanOrEqual(19);
		const many = wrap('word '.repeat(60), 150, 14);
		expect(many.length).toBeGreaterThan(10);
		expect(many.join(' ')).toBe('word '.repeat(60).trim());
		const compound = wrap('Sozial-, Wirtschafts- und Arbeitsplatzforschungsdatenverwendungseinstellung', 120, 14);
		expect(compound.join('').replace(/ /g, '')).toBe('Sozial-,Wirtschafts-undArbeitsplatzforschungsdatenverwendungseinstellung');
		for (const line of compound) expect(textWidth(line, 14)).toBeLessThanOrEqual(120);
		// Emoji and letters with combining accents stay whole; wide characters count a whole em.
		const emoji = wrap('👩‍💻'.repeat(40), 60, 14);
		expect(emoji.join('')).toBe('👩‍💻'.repeat(40));
		expect(emoji.every((line) => /^(👩‍💻)+$/u.test(line))).toBe(true);
		expect(wrap('e\u0301'.repeat(30), 40, 14).every((line) => !line.startsWith('\u0301'))).toBe(true);
		expect(textWidth('設定', 14)).toBe(28);
		expect(wrap('資料私隱設定資料私隱設定', 60, 14).every((line) => textWidth(line, 14) <= 60)).toBe(true);
	});

	test('a word no source gives in the drawing’s language (null) is drawn as a bar, never as text', () => {
		const drawing: ScreenDrawing = {
			...base,
			title: null,
			rows: [
				row({ kind: 'heading', label: 'x' }),
				row({ kind: 'item', label: 'x', value: 'x', current: true }),
				row({ kind: 'toggle', label: 'x', on: false, highlight: true }),
				row({ kind: 'button', label: 'x' }),
				row({ kind: 'link', label: 'x' }),
			].map((r) => ({ ...r, label: null, ...('value' in r && { value: null }), ...(r.kind === 'toggle' && { state: null }) })),
		};
		for (const frame of ['desktop', 'iphone', 'android'] as const) {
			const doc = parse(renderScreenSvg({ ...drawing, frame, address: frame === 'desktop' ? drawing.address : undefined }));
			expect(texts(doc).filter((t) => !/^(9:41|12:30|linkedin\.com)/.test(t))).toEqual([]);
			expect(doc.querySelectorAll('rect.n, rect.f').length).toBeGreaterThanOrEqual(6);
			// The ring still marks the control, the switch still shows its state by its knob.
			expect(ring(doc).w).toBeGreaterThan(0);
			expect(doc.querySelector('rect.sw')?.getAttribute('fill')).toBe('var(--off)');
		}
		const me = (word: string | null) =>
			texts(parse(renderScreenSvg({ frame: 'desktop', layout: 'home', highlightAvatar: true, me: word, rows: [], alt: 'Home, with your photo ringed.' })));
		expect(me('Sie')).toContain('Sie');
		expect(me(null).filter((t) => !t.startsWith('linkedin'))).toEqual([]);
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
