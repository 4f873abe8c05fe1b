import { describe, expect, test } from 'vitest';
import type { TranslationKey, Vars } from '../../src/i18n';
import { guideDescription, guideTitle } from '../../src/lib/guide-view';

const ios = { id: 'ios', name: 'iPhone and iPad', shortName: 'iOS' };
const uk = { id: 'uk', name: 'United Kingdom', shortName: 'UK' };

describe('guide page title and description', () => {
	test('the title names the device, then the region', () => {
		expect(guideTitle(ios, uk)).toBe('Turn off LinkedIn AI training: iPhone and iPad, United Kingdom');
	});

	test('the description counts the steps and names the device and the region as it reads in a sentence', () => {
		expect(guideDescription(ios, 'the UK', 6)).toBe(
			'6 steps to switch off “Data for Generative AI Improvement” on LinkedIn (iPhone and iPad) for members in the UK, with a picture of each screen and the sources behind every step.',
		);
	});

	test("both take the page's own translation, with the same values", () => {
		const calls: [TranslationKey, Vars | undefined][] = [];
		const t = (key: TranslationKey, vars?: Vars) => {
			calls.push([key, vars]);
			return `«${key}»`;
		};
		expect(guideTitle(ios, uk, t)).toBe('«guide.title»');
		expect(guideDescription(ios, 'the UK', 6, t)).toBe('«guide.description»');
		expect(calls).toEqual([
			['guide.title', { platform: 'iPhone and iPad', region: 'United Kingdom' }],
			['guide.description', { steps: 6, platform: 'iPhone and iPad', where: 'the UK' }],
		]);
	});
});
