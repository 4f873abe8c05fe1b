import { describe, expect, test } from 'vitest';
import { PALETTE } from '../../src/styles/palette';
import { contrast, hue } from '../helpers/contrast';

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
	// The screen drawings: the "tap here" ring, frame and switches on their page colour.
	['mark', 'page'],
	['mark', 'surface'],
	['frame', 'page'],
	['off', 'page'],
	['off', 'surface'],
];

// Both this test and the drawings' (tests/unit/screens/colours.test.ts) rely on the helper, so it is checked against known ratios.
test('the contrast helper gives the known ratios', () => {
	expect(contrast('#000000', '#ffffff')).toBe(21);
	expect(contrast('#fff', '#000')).toBe(21);
	expect(contrast('#4a5563', '#4a5563')).toBe(1);
	// #767676 is the lightest grey that passes 4.5:1 on white.
	expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
	expect(contrast('#777777', '#ffffff')).toBeLessThan(4.5);
	expect(hue('#ff0000')).toBe(0);
	expect(hue('#00ff00')).toBe(120);
	expect(hue('#0000ff')).toBe(240);
	expect(hue('#ff8000')).toBeCloseTo(30, 0);
});

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
			'mark',
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
	// Both rings are drawn round a control; a reader must never take the keyboard's for a "tap here" in a drawing.
	test("the focus ring and the drawings' ring are far apart in hue", () => {
		const apart = Math.abs(hue(colours['focus']!) - hue(colours['mark']!));
		expect(Math.min(apart, 360 - apart)).toBeGreaterThanOrEqual(90);
	});
});
