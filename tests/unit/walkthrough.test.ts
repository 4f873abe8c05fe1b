import { describe, expect, test } from 'vitest';
import { findCoverageProblems, markLabels, selectWalkthrough } from '../../src/lib/walkthrough';

const regions = ['us', 'eu-eea', 'uk'];
const platforms = ['desktop', 'ios', 'android'];
const complete = [
	{ file: 'content/walkthroughs/desktop.yaml', platforms: ['desktop'], regions },
	{ file: 'content/walkthroughs/apps.yaml', platforms: ['ios', 'android'], regions },
];

describe('choosing a walkthrough', () => {
	test.each(regions.flatMap((r) => platforms.map((p) => [r, p])))('%s on %s gets the walkthrough for its platform', (region, platform) => {
		expect(selectWalkthrough(complete, region, platform)?.platforms).toContain(platform);
	});

	test('a region-specific walkthrough wins only for its region', () => {
		const withUk = [
			{ file: 'desktop.yaml', platforms: ['desktop'], regions: ['us', 'eu-eea'] },
			{ file: 'desktop-uk.yaml', platforms: ['desktop'], regions: ['uk'] },
		];
		expect(selectWalkthrough(withUk, 'uk', 'desktop')?.file).toBe('desktop-uk.yaml');
		expect(selectWalkthrough(withUk, 'us', 'desktop')?.file).toBe('desktop.yaml');
	});

	test('an unknown pair gets nothing', () => {
		expect(selectWalkthrough(complete, 'mars', 'desktop')).toBeUndefined();
	});
});

describe('coverage check', () => {
	test('complete coverage has no problems', () => {
		expect(findCoverageProblems(complete, regions, platforms)).toEqual([]);
	});

	test('a missing pair is named', () => {
		const missing = [complete[0]!, { ...complete[1]!, regions: ['us', 'eu-eea'] }];
		const problems = findCoverageProblems(missing, regions, platforms);
		expect(problems).toHaveLength(2);
		expect(problems[0]).toContain('region "uk" on platform "ios"');
	});

	test('a pair covered twice names both files', () => {
		const twice = [...complete, { file: 'content/walkthroughs/extra.yaml', platforms: ['ios'], regions: ['uk'] }];
		expect(findCoverageProblems(twice, regions, platforms)).toEqual([
			'region "uk" on platform "ios" is covered twice: content/walkthroughs/apps.yaml, content/walkthroughs/extra.yaml',
		]);
	});

	test('an unknown region or platform is named with its file and field', () => {
		const bad = [...complete, { file: 'content/walkthroughs/x.yaml', platforms: ['tv'], regions: ['mars'] }];
		const problems = findCoverageProblems(bad, regions, platforms);
		expect(problems).toContain('content/walkthroughs/x.yaml: field "platforms" names unknown platform "tv"');
		expect(problems).toContain('content/walkthroughs/x.yaml: field "regions" names unknown region "mars"');
	});
});

describe('labels marked in a step’s text', () => {
	test('each label is marked where it stands, longest first, as whole words only', () => {
		const { parts, missing } = markLabels('Open Settings & Privacy, then Settings. Office hours are Off.', ['Settings', 'Settings & Privacy', 'Off']);
		expect(parts).toEqual([
			{ text: 'Open ', label: false },
			{ text: 'Settings & Privacy', label: true },
			{ text: ', then ', label: false },
			{ text: 'Settings', label: true },
			{ text: '. Office hours are ', label: false },
			{ text: 'Off', label: true },
			{ text: '.', label: false },
		]);
		expect(missing).toEqual([]);
	});

	test('a label the text does not contain word for word is reported', () => {
		expect(markLabels('If LinkedIn asks you to sign in, do so.', ['Sign in']).missing).toEqual(['Sign in']);
	});
});

describe('labels a translated text already quotes', () => {
	test('only the quoted mention is the label, and its quotation marks give way to the marking', () => {
		const { parts, missing } = markLabels('Klicken Sie dann oben auf das Symbol „Sie“, das Ihr Profilfoto zeigt.', ['Sie']);
		expect(parts).toEqual([
			{ text: 'Klicken Sie dann oben auf das Symbol ', label: false },
			{ text: 'Sie', label: true },
			{ text: ', das Ihr Profilfoto zeigt.', label: false },
		]);
		expect(missing).toEqual([]);
	});

	test('French guillemets with their inner spaces work the same way', () => {
		expect(markLabels('Cliquez sur «\u00a0Vous\u00a0».', ['Vous']).parts).toEqual([
			{ text: 'Cliquez sur ', label: false },
			{ text: 'Vous', label: true },
			{ text: '.', label: false },
		]);
	});
});
