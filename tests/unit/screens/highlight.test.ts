import { describe, expect, test } from 'vitest';
import { renderScreenSvg, screenSize, type ScreenDrawing } from '../../../src/lib/screens';
import { base, DEVICES, inside, num, parse, ring, row, textEl, texts, unhighlighted } from '../../helpers/screens';

describe('screen drawings: the one ring around the control to press', () => {
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
			const rows = layout === 'menu' ? [row({ kind: 'item', label: 'Settings & Privacy', highlight: true })] : [];
			expect(texts(parse(renderScreenSvg({ ...base, layout, rows, highlightAvatar: layout === 'home' })))).toContain('Me');
		}
	});

	test('no row and no photo highlighted draws no ring', () => {
		for (const [, drawing] of DEVICES) {
			expect(parse(renderScreenSvg({ ...drawing, rows: unhighlighted(drawing.rows) })).querySelectorAll('[data-highlight], .hl, .hh')).toHaveLength(0);
			expect(parse(renderScreenSvg({ ...drawing, layout: 'home', rows: [] })).querySelectorAll('[data-highlight], .hl, .hh')).toHaveLength(0);
		}
	});

	test('a switch says Off or On in words, and its knob moves, not only its colour; the ring takes in both', () => {
		const draw = (on: boolean) => {
			const doc = parse(
				renderScreenSvg({ ...base, rows: [row({ kind: 'toggle', label: 'Use my data for training content creation AI models', highlight: true, on })] }),
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
});
