import { describe, expect, test } from 'vitest';
import { METRICS, renderScreenSvg, type Device, type ScreenDrawing } from '../../../src/lib/screens';
import { byCollection, loadContent } from '../../helpers/content';
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

	test('the smallest text, at 320 px wide, is as documented in src/lib/screens/metrics.ts', () => {
		// Desktop: 17 × 320 / 440 = 12.4 px; phone: 14 × 320 / 320 = 14 px (12.6 px at a phone's 288 px).
		expect((METRICS.desktop.small * 320) / METRICS.desktop.width).toBeCloseTo(12.36, 2);
		expect((METRICS.phone.small * 320) / METRICS.phone.width).toBe(14);
		expect((METRICS.phone.small * 288) / METRICS.phone.width).toBeGreaterThanOrEqual(12);
	});
});
