/**
 * The failures the README promises, each by the message a content editor sees, on small fixtures and
 * without a site build: a missing translation, a dangling reference, a label absent from its step, a pair
 * without a walkthrough, and a retired address shown without explanation.
 */
import { describe, expect, test } from 'vitest';
import { assertComplete, translateEntries } from '../../src/lib/content-words';
import { resolveRef } from '../../src/lib/refs';
import { retiredLinkProblems } from '../../src/lib/retired-links';
import { assertCoverage, labelledText } from '../../src/lib/walkthrough';

const platform = (id: string, name: string) => ({ id, data: { id, name, shortName: name, order: 1, frame: 'desktop' as const } });

describe('a missing translation fails, naming the file, the entry and the field', () => {
	const english = [platform('desktop', 'Desktop browser'), platform('ios', 'iPhone or iPad app')];
	const file = 'content/i18n/it/platforms.yaml';

	test('an entry with no words', () => {
		const problems: string[] = [];
		translateEntries('platforms', english, { file, entries: { desktop: { name: 'Browser desktop', shortName: 'Desktop' } } }, problems);
		expect(() => assertComplete('it', problems)).toThrow(
			'The it wording of the content is incomplete:\n- content/i18n/it/platforms.yaml: "ios" has no translation',
		);
	});

	test('words for an entry that does not exist', () => {
		const problems: string[] = [];
		const entries = { desktop: { name: 'a', shortName: 'a' }, ios: { name: 'b', shortName: 'b' }, tv: { name: 'c', shortName: 'c' } };
		translateEntries('platforms', english, { file, entries }, problems);
		expect(problems).toEqual(['content/i18n/it/platforms.yaml: "tv" is not an entry of platforms']);
	});

	test('a field of an entry', () => {
		const problems: string[] = [];
		const statement = {
			id: 'direct-link',
			data: {
				id: 'direct-link',
				group: 'lead' as const,
				text: 'LinkedIn links to the setting.',
				link: { href: 'https://www.linkedin.com/', label: 'Open' },
				regions: [],
				claims: [],
				position: 0,
			},
		};
		translateEntries(
			'statements',
			[statement],
			{ file: 'content/i18n/it/statements.yaml', entries: { 'direct-link': { text: 'LinkedIn rimanda alla impostazione.' } } },
			problems,
		);
		expect(problems).toEqual(['content/i18n/it/statements.yaml: "direct-link" lacks linkLabel']);
	});

	test('a complete wording passes, with the words in place and the facts kept', () => {
		const problems: string[] = [];
		const [desktop] = translateEntries(
			'platforms',
			english.slice(0, 1),
			{ file, entries: { desktop: { name: 'Browser desktop', shortName: 'Desktop' } } },
			problems,
		);
		expect(problems).toEqual([]);
		expect(desktop?.data).toEqual({ id: 'desktop', name: 'Browser desktop', shortName: 'Desktop', order: 1, frame: 'desktop' });
	});
});

describe('a dangling reference fails, naming where it is', () => {
	test('the file and field that hold it', () => {
		const claims = new Map([['l1/default-on', { id: 'l1/default-on' }]]);
		expect(() => resolveRef(claims, { id: 'l1/typo' }, 'content/statements.yaml: lead-used.claims')).toThrow(
			'content/statements.yaml: lead-used.claims references "l1/typo", which does not exist',
		);
		expect(resolveRef(claims, 'l1/default-on', 'x')).toEqual({ id: 'l1/default-on' });
	});
});

describe('a label absent from its step fails', () => {
	test('naming the step and the label', () => {
		expect(() => labelledText('Choose Data privacy on the left.', ['Data Privacy'], 'content/walkthroughs/desktop.yaml: steps[2].labels')).toThrow(
			`content/walkthroughs/desktop.yaml: steps[2].labels: "Data Privacy" must appear word for word in the step's text`,
		);
	});
});

describe('a region and platform without a walkthrough fails', () => {
	test('naming the pair and where to add it', () => {
		const coverage = [{ file: 'content/walkthroughs/desktop.yaml', platforms: ['desktop'], regions: ['us'] }];
		expect(() => assertCoverage(coverage, ['us', 'uk'], ['desktop'])).toThrow(
			'Walkthrough coverage is broken:\n- no walkthrough in content/walkthroughs/ covers region "uk" on platform "desktop" (add the pair to a file\'s "regions" and "platforms")',
		);
	});
});

describe('a retired address shown without explanation fails', () => {
	const OLD = 'https://www.linkedin.com/mypreferences/d/settings/share-data-with-select-partners';
	test('naming the page and the marker that would explain it', () => {
		expect(retiredLinkProblems([{ path: '/de/guide/us/desktop/', text: `<p><a href="${OLD}">Opt out</a></p>` }], [OLD])).toEqual([
			`/de/guide/us/desktop/ shows the retired address ${OLD} outside an element marked data-retired-link="${OLD}" that explains the change`,
		]);
	});
});
