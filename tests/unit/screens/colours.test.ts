import { describe, expect, test } from 'vitest';
import { renderScreenSvg } from '../../../src/lib/screens';
import { contrast } from '../../helpers/contrast';
import { base, parse } from '../../helpers/screens';

describe('screen drawings: colours', () => {
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
});
