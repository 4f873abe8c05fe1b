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
	other: yes('most other countries', '18 September 2024 at the latest'),
};
const STEPS: Record<string, { count: number; first: string; last: string }> = {
	desktop: { count: 5, first: 'Open the Me menu', last: 'Switch the toggle to Off' },
	ios: { count: 5, first: 'Tap your profile picture', last: 'Switch the toggle to Off' },
	android: { count: 5, first: 'Tap your profile picture', last: 'Switch the toggle to Off' },
	'mobile-web': { count: 2, first: "Open the setting's link in your phone's browser", last: 'Switch the toggle to Off' },
};
/** Each region's "Was my data already used?" periods, as a reader sees them. */
const PERIODS: Record<string, string[]> = {
	us: ['Training on: since September 2024 (by 18 September at the latest)'],
	other: ['Training on: since September 2024 (by 18 September at the latest)'],
	canada: [
		'Training on: from September 2024 (by 18 September at the latest) until a pause announced on 10 December 2024',
		'Paused: from a pause announced on 10 December 2024 until 3 November 2025',
		'Training on: since 3 November 2025',
	],
	'hong-kong': [
		'Training on: from September 2024 (by 18 September at the latest) until 11 October 2024',
		'Paused: from 11 October 2024 until 3 November 2025',
		'Training on: since 3 November 2025',
	],
	uk: [
		'Unclear: from September 2024 (by 18 September at the latest) until LinkedIn stopped, by 20 September 2024 at the latest',
		'Not used: from September 2024 (by 20 September at the latest) until 3 November 2025',
		'Training on: since 3 November 2025',
	],
	// Left out from the start: nothing before was used either, so the period is said by its end alone.
	'eu-eea': ['Not used: until 3 November 2025', 'Training on: since 3 November 2025'],
	switzerland: ['Not used: until 3 November 2025', 'Training on: since 3 November 2025'],
};
const WHERE: Record<string, string> = {
	us: 'the United States',
	canada: 'Canada',
	'eu-eea': 'the EU and EEA',
	switzerland: 'Switzerland',
	uk: 'the UK',
	'hong-kong': 'Hong Kong',
	other: 'most other countries',
};
/** Each region's answer to "Was my data already used?", written out from the fact base (sections 3 and 11). */
const ANSWER: Record<string, string> = {
	us: 'Yes, unless you had switched the setting off: LinkedIn has trained on the data of members in the United States since September 2024 (by 18 September at the latest).',
	other:
		'Yes, unless you had switched the setting off: LinkedIn has trained on the data of members in most other countries since September 2024 (by 18 September at the latest).',
	canada:
		'Yes, unless you had switched the setting off: LinkedIn trained on the data of members in Canada from September 2024 (by 18 September at the latest) until a pause announced on 10 December 2024, and has done so again since 3 November 2025.',
	'hong-kong':
		'Yes, unless you had switched the setting off: LinkedIn trained on the data of members in Hong Kong from September 2024 (by 18 September at the latest) until 11 October 2024, and has done so again since 3 November 2025.',
	uk: 'Since 3 November 2025, yes, unless you had switched the setting off. Before that, one question is open: whether LinkedIn used any data of members in the UK from September 2024 (by 18 September at the latest) until LinkedIn stopped, by 20 September 2024 at the latest. LinkedIn has never said.',
	'eu-eea':
		'Since 3 November 2025, yes, unless you had switched the setting off. Before that, LinkedIn did not train on the data of members in the EU and EEA.',
	switzerland:
		'Since 3 November 2025, yes, unless you had switched the setting off. Before that, LinkedIn did not train on the data of members in Switzerland.',
};
/** Up to when each region's LinkedIn documents are known (fact base §12): Canada's copies end earlier, Hong Kong has none. */
const COVERAGE: Record<string, string> = {
	us: 'Open Terms Archive’s newest copies of LinkedIn’s documents as members in the United States see them date from 22 August 2026.',
	canada:
		'Open Terms Archive’s newest copies of LinkedIn’s documents as members in Canada see them date from 9 July 2026; those of its global documents from 22 August 2026. Nothing later is known here.',
	'eu-eea': 'Open Terms Archive’s newest copies of LinkedIn’s documents as members in the EU and EEA see them date from 22 August 2026.',
	switzerland: 'Open Terms Archive’s newest copies of LinkedIn’s documents as members in Switzerland see them date from 22 August 2026.',
	uk: 'Open Terms Archive’s newest copies of LinkedIn’s documents as members in the UK see them date from 22 August 2026.',
	'hong-kong':
		'Open Terms Archive holds no copy of LinkedIn’s documents as members in Hong Kong see them, so this page rests on LinkedIn’s global documents, whose newest copies date from 22 August 2026.',
	other: 'Open Terms Archive’s newest copies of LinkedIn’s documents as members in most other countries see them date from 22 August 2026.',
};
/** The answer paragraph as a reader sees it, without its sources note. */
function answerIn(doc: Document): string {
	const paragraph = doc.querySelector('[aria-labelledby=history-title] p')?.cloneNode(true) as Element | undefined;
	for (const note of paragraph?.querySelectorAll('.cites') ?? []) note.remove();
	return text(paragraph);
}
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
		'%s answers "Was my data already used?" in short, and links to the full history',
		(_, { region, platform }) => {
			const doc = documentFor(`/guide/${region.id}/${platform.id}/`);
			const history = doc.querySelector('[aria-labelledby=history-title]');
			expect(answerIn(doc)).toBe(ANSWER[region.id]);
			expect(history?.querySelector(`a[href="/regions/${region.id}/"]`)).not.toBeNull();
			// The periods themselves are one click away, on the region's page.
			expect(history?.querySelectorAll('li[data-state]')).toHaveLength(0);
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

	test('below the steps, a guide page has one "Setting not showing?" and leaves the long tail to the region page', () => {
		for (const { region, platform } of pairs) {
			const doc = documentFor(`/guide/${region.id}/${platform.id}/`);
			const headings = [...doc.querySelectorAll('#walkthrough h2')].map(text);
			expect(headings, `${region.id}/${platform.id}`).toEqual([
				'Fastest way: open the setting directly',
				'Step by step',
				'Done? Two more things',
				'Setting not showing?',
				'Was my data already used?',
				'Share this guide',
			]);
			expect(doc.querySelector('#walkthrough [aria-labelledby=not-showing-title] details summary')?.textContent).toBe('What to try');
		}
	});

	test('only regions with a right to object get the objection section, and only the UK the Microsoft-training note, on the region page', () => {
		const RIGHT_TO_OBJECT = ['eu-eea', 'switzerland', 'uk'];
		for (const { id } of regions) {
			const doc = documentFor(`/regions/${id}/`);
			expect(Boolean(doc.getElementById('about-object')), id).toBe(RIGHT_TO_OBJECT.includes(id));
			expect(text(doc.querySelector('main')).includes('Microsoft can train its own AI'), id).toBe(id === 'uk');
		}
	});

	test('LinkedIn’s own labels stand out in the step text, quoted', () => {
		const doc = documentFor('/guide/eu-eea/desktop/');
		const quoted = [...doc.querySelectorAll('#walkthrough ol[data-steps] q')].map(text);
		expect(quoted).toEqual([
			'Me',
			'Settings & Privacy',
			'Data privacy',
			'How LinkedIn uses your data',
			'Data for Generative AI Improvement',
			'Use my data for training content creation AI models',
			'Off',
			'Off',
		]);
	});

	test('every step names its sources plainly in a note that links to the claims', () => {
		for (const { region, platform } of pairs) {
			const doc = documentFor(`/guide/${region.id}/${platform.id}/`);
			for (const step of doc.querySelectorAll('#walkthrough ol[data-steps] > li')) {
				const button = step.querySelector('button[popovertarget]');
				const note = doc.getElementById(button?.getAttribute('popovertarget') ?? '');
				expect(note?.hasAttribute('popover'), step.id).toBe(true);
				const links = [...(note?.querySelectorAll('a') ?? [])];
				expect(links.length, step.id).toBeGreaterThan(0);
				for (const a of links) expect(a.getAttribute('href')).toMatch(/^\/sources\/[a-z]\d+\/#claim-/);
			}
		}
		const firstStep = documentFor('/guide/uk/ios/').querySelector('#walkthrough ol[data-steps] > li');
		expect([...(firstStep?.querySelectorAll('[popover] a') ?? [])].map(text)).toEqual(['All Things How']);
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
	test.each(Object.entries(PERIODS))('/regions/%s/ lists its periods, and says when switching off early helped', (region, periods) => {
		const doc = documentFor(`/regions/${region}/`);
		const history = doc.querySelector('[aria-labelledby=history-title]');
		expect([...(history?.querySelectorAll('li[data-state]') ?? [])].map(text)).toEqual(periods);
		expect(text(history).includes(EARLY_OPT_OUT), region).toBe(region === 'eu-eea' || region === 'switzerland');
		expect(answerIn(doc)).toBe(ANSWER[region]);
	});

	test.each(Object.entries(COVERAGE))('/regions/%s/ says up to when its own LinkedIn documents are known, and cites what they showed', (region, coverage) => {
		const line = documentFor(`/regions/${region}/`).querySelector('[data-coverage]')?.cloneNode(true) as Element | undefined;
		const sources = [...(line?.querySelectorAll('.cites a') ?? [])].map((a) => a.getAttribute('href'));
		for (const note of line?.querySelectorAll('.cites') ?? []) note.remove();
		expect(text(line)).toBe(coverage);
		expect(sources.length, region).toBeGreaterThan(0);
	});

	test('every page says up to when its facts are known, from the sources’ check dates', () => {
		for (const path of ['/', '/guide/uk/ios/', '/data/', '/timeline/', '/sources/l13/']) {
			expect(text(documentFor(path).querySelector('footer')), path).toContain('Facts known up to 22 August 2026; sources last checked on 3 December 2026.');
		}
	});
});

describe('choosing without JavaScript', () => {
	const chipLinks = (path: string, group: 'region' | 'platform') =>
		[...documentFor(path).querySelectorAll(`[aria-labelledby=${group}-label] a.chip`)].map((a) => a.getAttribute('href'));

	test('on a page with nothing chosen, a region leads to the page that asks for the device, and a device to the one that asks for the region', () => {
		for (const path of ['/', '/guide/']) {
			expect(chipLinks(path, 'region'), path).toEqual([
				'/guide/us/',
				'/guide/canada/',
				'/guide/eu-eea/',
				'/guide/switzerland/',
				'/guide/uk/',
				'/guide/hong-kong/',
				'/guide/other/',
			]);
			expect(chipLinks(path, 'platform'), path).toEqual(['/guide/desktop/', '/guide/ios/', '/guide/android/', '/guide/mobile-web/']);
		}
	});

	test('a page for one answer asks the other question, and each answer leads to its pair', () => {
		expect(text(documentFor('/guide/uk/').querySelector('h1'))).toBe('Switch off LinkedIn AI training: United Kingdom');
		expect(chipLinks('/guide/uk/', 'platform')).toEqual(['/guide/uk/desktop/', '/guide/uk/ios/', '/guide/uk/android/', '/guide/uk/mobile-web/']);
		expect(text(documentFor('/guide/android/').querySelector('h1'))).toBe('Switch off LinkedIn AI training: Android app');
		expect(chipLinks('/guide/android/', 'region')).toEqual([
			'/guide/us/android/',
			'/guide/canada/android/',
			'/guide/eu-eea/android/',
			'/guide/switzerland/android/',
			'/guide/uk/android/',
			'/guide/hong-kong/android/',
			'/guide/other/android/',
		]);
	});

	test('on a guide page, changing one answer keeps the other', () => {
		expect(chipLinks('/guide/canada/ios/', 'region')).toContain('/guide/hong-kong/ios/');
		expect(chipLinks('/guide/canada/ios/', 'platform')).toContain('/guide/canada/mobile-web/');
	});
});

describe('citations step aside', () => {
	test('no page shows a bracketed source code such as [L6] in its text', () => {
		for (const path of [
			'/',
			'/guide/eu-eea/ios/',
			'/regions/uk/',
			'/data/',
			'/data/private-messages/',
			'/timeline/',
			'/sources/',
			'/sources/l1/',
			'/changes/',
		]) {
			expect(text(documentFor(path).querySelector('main')), path).not.toMatch(/\[[SLRPB]\d{1,2}[a-z]?\]/);
		}
	});
});

describe('a region’s pages cite only sources that speak for it', () => {
	const claimRegions = new Map(byCollection(entries, 'claims').map((c) => [c.id, (c.data['regions'] as { id: string }[]).map((r) => r.id)]));
	// "/sources/l6/#claim-l6--training-starts-2025-11-03" → "l6/training-starts-2025-11-03"
	const claimOf = (href: string) => /#claim-(.+)$/.exec(href)?.[1]?.replace('--', '/');
	const pages = regions.flatMap(({ id }) =>
		[`/regions/${id}/`, `/rights/${id}/`, ...(id === 'eu-eea' ? ['/rights/eu-eea/authorities/'] : []), ...platforms.map((p) => `/guide/${id}/${p.id}/`)].map(
			(path) => [path, id] as const,
		),
	);

	test.each(pages)('%s', (path, region) => {
		const foreign = [...documentFor(path).querySelectorAll('main a[href*="#claim-"]')]
			.map((a) => claimOf(a.getAttribute('href') ?? ''))
			.filter((id): id is string => id !== undefined)
			.filter((id) => {
				const about = claimRegions.get(id);
				return about !== undefined && about.length > 0 && !about.includes(region);
			});
		expect([...new Set(foreign)]).toEqual([]);
	});
});
