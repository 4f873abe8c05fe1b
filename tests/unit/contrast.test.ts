import { describe, expect, test } from 'vitest';
import { PALETTE } from '../../src/styles/palette';

/** WCAG 2.x relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
	const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
	return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi! + 0.05) / (lo! + 0.05);
}

const light: Record<string, string> = PALETTE.light;
const dark: Record<string, string> = PALETTE.dark;

const TEXT_PAIRS: [string, string][] = [
	['ink', 'page'],
	['ink', 'surface'],
	['muted', 'page'],
	['muted', 'surface'],
	['accent', 'page'],
	['accent', 'surface'],
	['accent-ink', 'accent'],
	['good', 'page'],
	['warn', 'page'],
	['bad', 'page'],
	['good', 'surface'],
	['warn', 'surface'],
	['bad', 'surface'],
];
// Focus rings and control borders need 3:1 against what they sit on (WCAG 1.4.11).
const UI_PAIRS: [string, string][] = [
	['focus', 'page'],
	['focus', 'surface'],
	['accent', 'page'],
	['control', 'page'],
	['control', 'surface'],
	// The screen drawings: frame and switches on their page colour.
	['frame', 'page'],
	['off', 'page'],
	['off', 'surface'],
];

describe.each([
	['light', light],
	['dark', dark],
])('%s scheme', (_, colours) => {
	test('defines every colour', () => {
		expect(Object.keys(colours).sort()).toEqual([
			'accent',
			'accent-ink',
			'bad',
			'control',
			'focus',
			'frame',
			'good',
			'ink',
			'line',
			'muted',
			'off',
			'page',
			'surface',
			'warn',
		]);
	});
	test.each(TEXT_PAIRS)('%s text on %s meets 4.5:1', (fg, bg) => {
		expect(contrast(colours[fg]!, colours[bg]!)).toBeGreaterThanOrEqual(4.5);
	});
	test.each(UI_PAIRS)('%s on %s meets 3:1', (fg, bg) => {
		expect(contrast(colours[fg]!, colours[bg]!)).toBeGreaterThanOrEqual(3);
	});
});
