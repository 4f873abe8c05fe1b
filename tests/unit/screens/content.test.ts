import { describe, expect, test } from 'vitest';
import { METRICS, renderScreenSvg, type Device, type ScreenDrawing } from '../../../src/lib/screens';
import { entriesIn, wordsIn } from '../../helpers/content';
import { OTHER_LANGS } from '../../helpers/langs';
import { inside, num, parse, ring } from '../../helpers/screens';

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

/** Every word LinkedIn shows that the drawing writes out, in the drawing's language; null ones are drawn as bars. */
function wordsOf(d: ScreenDrawing): string[] {
	const meShown = d.frame === 'desktop' && (d.layout === 'home' || d.layout === 'menu');
	const words: (string | null | undefined)[] = [d.title, meShown ? (d.me ?? 'Me') : undefined];
	for (const row of d.rows) {
		if ('label' in row) words.push(row.label);
		if (row.kind === 'item') words.push(row.value);
		if (row.kind === 'toggle') words.push(row.state === undefined ? (row.on ? 'On' : 'Off') : row.state);
	}
	return words.filter((w): w is string => typeof w === 'string');
}

/** Where a text is drawn, by a deliberately generous estimate of its width (wider than the drawing code's own). */
function box(t: Element) {
	const size = num(t, 'font-size');
	const bold = /\b[baw]\b/.test(t.getAttribute('class') ?? '');
	const width =
		[...(t.textContent ?? '')].reduce(
			(sum, c) => sum + (/[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFF00-\uFF60]/u.test(c) ? 1 : bold ? 0.6 : 0.55),
			0,
		) * size;
	const x = num(t, 'x');
	const anchor = t.getAttribute('text-anchor');
	const left = anchor === 'end' ? x - width : anchor === 'middle' ? x - width / 2 : x;
	return { x: left, y: num(t, 'y') - size * 0.8, w: width, h: size };
}
const overlap = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
/** A word as a whole word, so "On" is not found in "Online". */
const wholeWord = (word: string) => new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');

const LANGS = ['en', ...OTHER_LANGS];
const english = new Map(entriesIn('screens', 'en').map((s) => [s.id, s.data]));

describe.each(LANGS)('the screens of content/screens.yaml, in %s', (lang) => {
	const screens = entriesIn('screens', lang);
	/** Each screen on every device it can be drawn on, in both colour schemes. */
	const cases = screens.flatMap((screen) => {
		const devices: Device[] = screen.data.frame === 'desktop' ? ['desktop'] : ['iphone', 'android'];
		const { layout, title, address, highlightAvatar, me, rows, alt } = screen.data;
		return devices.flatMap((frame) =>
			(['light', 'dark'] as const).map(
				(scheme) =>
					[
						`${screen.id} on ${frame}, ${scheme}`,
						{ frame, layout, title, address, highlightAvatar, me, rows, alt } as ScreenDrawing,
						scheme,
						screen.id,
					] as const,
			),
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
		if (lang === 'en') {
			if (words.length === 0) expect(drawing.alt).toMatch(/profile picture/);
			expect(drawing.alt).toMatch(/ringed/);
		}
	});

	test.each(cases)('%s: every label is written out whole, on as many lines as it needs, with no ellipsis', (_, drawing, scheme) => {
		const doc = parse(renderScreenSvg(drawing, scheme));
		const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');
		expect(texts.filter((t) => t.includes('…'))).toEqual([]);
		const drawn = texts.join('').replace(/\s+/g, '');
		for (const word of wordsOf(drawing)) expect(drawn, word).toContain(word.replace(/\s+/g, ''));
	});

	test.each(cases)('%s: no text runs past the screen or into another text or a switch', (_, drawing, scheme) => {
		const doc = parse(renderScreenSvg(drawing, scheme));
		const width = Number(doc.documentElement.getAttribute('width'));
		// The address is clipped to its bar by an inner <svg>, as a browser cuts it; that stays inside the picture.
		const clipped = (t: Element) => t.parentElement !== doc.documentElement;
		for (const inner of doc.querySelectorAll('svg svg')) expect(num(inner, 'x') + num(inner, 'width')).toBeLessThanOrEqual(width - 4);
		const boxes = [...doc.querySelectorAll('text')].filter((t) => !clipped(t)).map((t) => ({ text: t.textContent ?? '', at: box(t) }));
		const switches = [...doc.querySelectorAll('rect.sw')].map((r) => ({ x: num(r, 'x'), y: num(r, 'y'), w: num(r, 'width'), h: num(r, 'height') }));
		for (const [i, a] of boxes.entries()) {
			expect(a.at.x, a.text).toBeGreaterThanOrEqual(4);
			expect(a.at.x + a.at.w, a.text).toBeLessThanOrEqual(width - 4);
			for (const b of boxes.slice(i + 1)) expect(overlap(a.at, b.at), `"${a.text}" and "${b.text}"`).toBe(false);
			for (const s of switches) expect(overlap(a.at, s), `"${a.text}" and a switch`).toBe(false);
		}
	});

	if (lang !== 'en') {
		const { entries: words } = wordsIn('screens', lang);
		/** The English words of a screen, but for those this language's `labels` show in English on purpose. */
		const untranslated = (id: string, drawing: ScreenDrawing) =>
			wordsOf({ ...english.get(id)!, frame: drawing.frame } as ScreenDrawing).filter((w) => words[id]?.labels[w] !== w);

		test.each(cases)('%s: no English word is drawn where no source gives this language’s', (_, drawing, scheme, id) => {
			const texts = [...parse(renderScreenSvg(drawing, scheme)).querySelectorAll('text')].map((t) => t.textContent ?? '').join('\n');
			for (const word of untranslated(id, drawing)) expect(texts, word).not.toMatch(wholeWord(word));
		});

		test.each(cases)('%s: the alt text names no English label the drawing does not show', (_, drawing, _scheme, id) => {
			for (const word of untranslated(id, drawing)) expect(drawing.alt, word).not.toMatch(wholeWord(word));
		});
	}
});

describe('the drawings’ smallest text', () => {
	test('at 320 px wide, it is as documented in src/lib/screens/metrics.ts', () => {
		// Desktop: 17 × 320 / 440 = 12.4 px; phone: 14 × 320 / 320 = 14 px (12.6 px at a phone's 288 px).
		expect((METRICS.desktop.small * 320) / METRICS.desktop.width).toBeCloseTo(12.36, 2);
		expect((METRICS.phone.small * 320) / METRICS.phone.width).toBe(14);
		expect((METRICS.phone.small * 288) / METRICS.phone.width).toBeGreaterThanOrEqual(12);
	});
});
