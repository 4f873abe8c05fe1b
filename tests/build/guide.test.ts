import { describe, expect, test } from 'vitest';
import { byCollection, loadContent } from '../helpers/content';
import { documentFor, fileFor } from '../helpers/dist';

const { entries } = loadContent();
const regions = byCollection(entries, 'regions').map((r) => ({ id: r.id, name: r.data['name'] as string }));
const platforms = byCollection(entries, 'platforms').map((p) => ({ id: p.id, name: p.data['name'] as string }));
const pairs = regions.flatMap((region) => platforms.map((platform) => ({ region, platform })));
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

// Written out by hand from the fact base (sections 3 and 11), not worked out with the site's own code.
const yes = (where: string, since: string) =>
	`Yes. LinkedIn has used the data of members in ${where} to train its content-generating AI models since ${since}, unless they opt out. You can switch it off.`;
const STATUS: Record<string, string> = {
	us: yes('the United States', '18 September 2024 at the latest'),
	canada:
		'Yes. After a pause, LinkedIn has again used the data of members in Canada to train its content-generating AI models since 3 November 2025, unless they opt out. You can switch it off.',
	'eu-eea': yes('the EU and EEA', '3 November 2025'),
	switzerland: yes('Switzerland', '3 November 2025'),
	uk: yes('the UK', '3 November 2025'),
	'hong-kong':
		'Yes. After a pause, LinkedIn has again used the data of members in Hong Kong to train its content-generating AI models since 3 November 2025, unless they opt out. You can switch it off.',
	other: yes('other countries', '18 September 2024 at the latest'),
};
const STEPS: Record<string, { count: number; first: string; last: string }> = {
	desktop: { count: 5, first: 'Open the Me menu', last: 'Switch the toggle to Off' },
	ios: { count: 5, first: 'Tap your profile picture', last: 'Switch the toggle to Off' },
	android: { count: 5, first: 'Tap your profile picture', last: 'Switch the toggle to Off' },
	'mobile-web': { count: 2, first: "Open the setting's link in your phone's browser", last: 'Switch the toggle to Off' },
};
/** Each region's "Was my data already used?" periods, as a reader sees them. */
const PERIODS: Record<string, string[]> = {
	us: ['Training on: since no later than 18 September 2024'],
	other: ['Training on: since no later than 18 September 2024'],
	canada: [
		'Training on: from no later than 18 September 2024 to no later than 10 December 2024',
		'Paused: from no later than 10 December 2024 to 3 November 2025',
		'Training on: since 3 November 2025',
	],
	'hong-kong': [
		'Training on: from no later than 18 September 2024 to 11 October 2024',
		'Paused: from 11 October 2024 to 3 November 2025',
		'Training on: since 3 November 2025',
	],
	uk: [
		'Unclear: from no later than 18 September 2024 to no later than 20 September 2024',
		'Not used: from no later than 20 September 2024 to 3 November 2025',
		'Training on: since 3 November 2025',
	],
	'eu-eea': ['Not used: from 18 September 2024 to 3 November 2025', 'Training on: since 3 November 2025'],
	switzerland: ['Not used: from 18 September 2024 to 3 November 2025', 'Training on: since 3 November 2025'],
};
const WHERE: Record<string, string> = {
	us: 'the United States',
	canada: 'Canada',
	'eu-eea': 'the EU and EEA',
	switzerland: 'Switzerland',
	uk: 'the UK',
	'hong-kong': 'Hong Kong',
	other: 'other countries',
};
const EARLY_OPT_OUT =
	'The setting was shown from about 18 September 2025, before training began on 3 November 2025, so switching it off before then kept all of your data out of that training.';

describe('guide pages', () => {
	test('there is a page for every region and platform pair (7 × 4)', () => {
		expect(pairs).toHaveLength(28);
		for (const { region, platform } of pairs) expect(fileFor(`/guide/${region.id}/${platform.id}/`), `${region.id}/${platform.id}`).toBeDefined();
	});

	test.each(pairs.map((p) => [`${p.region.id}/${p.platform.id}`, p] as const))(
		'%s carries its region’s status and its platform’s steps',
		(_, { region, platform }) => {
			const doc = documentFor(`/guide/${region.id}/${platform.id}/`);
			expect(text(doc.querySelector('[data-status]'))).toContain(STATUS[region.id]);

			const shown = [...doc.querySelectorAll('#walkthrough ol[data-steps] > li label')].map((l) => text(l).replace(/^Step \d+\. /, ''));
			const steps = STEPS[platform.id]!;
			expect(shown).toHaveLength(steps.count);
			expect(shown[0]).toBe(steps.first);
			expect(shown.at(-1)).toBe(steps.last);
		},
	);

	test.each(pairs.map((p) => [`${p.region.id}/${p.platform.id}`, p] as const))(
		'%s answers "Was my data already used?" for its region',
		(_, { region, platform }) => {
			const doc = documentFor(`/guide/${region.id}/${platform.id}/`);
			const history = doc.querySelector('[aria-labelledby=history-title]');
			expect([...(history?.querySelectorAll('li[data-state]') ?? [])].map(text)).toEqual(PERIODS[region.id]);
			expect(text(history).includes(EARLY_OPT_OUT), region.id).toBe(region.id === 'eu-eea' || region.id === 'switzerland');
			expect(text(history)).toContain('Known up to 22 August 2026.');
		},
	);

	test.each(pairs.map((p) => [`${p.region.id}/${p.platform.id}`, p] as const))(
		'%s: every step has a picture with alt text that exists',
		(_, { region, platform }) => {
			const doc = documentFor(`/guide/${region.id}/${platform.id}/`);
			const steps = [...doc.querySelectorAll('#walkthrough ol[data-steps] > li')];
			expect(steps.length).toBeGreaterThanOrEqual(2);
			for (const step of steps) {
				const img = step.querySelector('img');
				expect(img?.getAttribute('alt')?.length, step.id).toBeGreaterThan(20);
				expect(fileFor(img?.getAttribute('src') ?? ''), img?.getAttribute('src') ?? '').toBeDefined();
				expect(Number(img?.getAttribute('width'))).toBeGreaterThan(0);
				expect(Number(img?.getAttribute('height'))).toBeGreaterThan(0);
			}
		},
	);

	test.each(pairs.map((p) => [`${p.region.id}/${p.platform.id}`, p] as const))(
		'%s: title, description, canonical and Open Graph name the pair',
		(_, { region, platform }) => {
			const doc = documentFor(`/guide/${region.id}/${platform.id}/`);
			for (const value of [text(doc.querySelector('title')), doc.querySelector('meta[property="og:title"]')?.getAttribute('content')]) {
				expect(value).toContain(region.name);
				expect(value).toContain(platform.name);
			}
			// Descriptions are sentences: the region as it reads inside one, the platform in its own casing.
			for (const value of [
				doc.querySelector('meta[name=description]')?.getAttribute('content'),
				doc.querySelector('meta[property="og:description"]')?.getAttribute('content'),
			]) {
				expect(value).toContain(`for members in ${WHERE[region.id]},`);
				expect(value).toContain(`(${platform.name})`);
			}
			expect(doc.querySelector('link[rel=canonical]')?.getAttribute('href')).toMatch(new RegExp(`/guide/${region.id}/${platform.id}/$`));
			expect(doc.querySelector('meta[property="og:type"]')?.getAttribute('content')).toBe('article');
		},
	);

	test('the direct link comes before the steps on every guide page', () => {
		for (const { region, platform } of pairs) {
			const html = documentFor(`/guide/${region.id}/${platform.id}/`).querySelector('#walkthrough')!.innerHTML;
			const link = html.indexOf('https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement');
			expect(link).toBeGreaterThan(-1);
			expect(link).toBeLessThan(html.indexOf('data-steps'));
		}
	});

	test('only regions with a right to object get the objection section, and only the UK the Microsoft-training note', () => {
		for (const { region } of pairs) {
			const doc = documentFor(`/guide/${region.id}/desktop/`);
			const rightToObject = byCollection(entries, 'regions').find((r) => r.id === region.id)?.data['rightToObject'];
			expect(Boolean(doc.getElementById('about-object')), region.id).toBe(Boolean(rightToObject));
			expect(text(doc.querySelector('#walkthrough')).includes('Microsoft can train its own AI'), region.id).toBe(region.id === 'uk');
		}
	});

	test('the walkthrough ships once, as HTML: the island’s props carry no step text', () => {
		const doc = documentFor('/guide/eu-eea/android/');
		const props = doc.querySelector('astro-island')?.getAttribute('props') ?? '';
		expect(props.length).toBeGreaterThan(0);
		expect(props.length).toBeLessThan(4000);
		for (const phrase of ['Tap your profile picture', 'Was my data already used', 'Data for Generative AI Improvement'])
			expect(props, phrase).not.toContain(phrase);
		expect(text(doc.querySelector('#walkthrough'))).toContain('Tap your profile picture');
	});
});

describe('region pages and freshness', () => {
	test.each(Object.entries(PERIODS))('/regions/%s/ carries the same periods as its guide pages', (region, periods) => {
		const doc = documentFor(`/regions/${region}/`);
		expect([...doc.querySelectorAll('[aria-labelledby=history-title] li[data-state]')].map(text)).toEqual(periods);
	});

	test('every page says up to when its facts are known, from the sources’ check dates', () => {
		for (const path of ['/', '/guide/uk/ios/', '/data/', '/timeline/', '/sources/l13/']) {
			expect(text(documentFor(path).querySelector('footer')), path).toContain('Facts known up to 22 August 2026; sources last checked on 25 November 2026.');
		}
	});
});
