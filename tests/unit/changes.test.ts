import { describe, expect, test } from 'vitest';
import { i18n } from '../../src/i18n';
import { affectsLinks, feedItems, newestFirst, pageLink, type FeedEntry, type PageNames } from '../../src/lib/changes';
import { changeAnchor } from '../../src/lib/paths';

const en = i18n('en');
const de = i18n('de');

const names: PageNames = {
	regions: new Map([
		['us', 'United States'],
		['uk', 'United Kingdom'],
		['eu-eea', 'EU / EEA'],
	]),
	platforms: new Map([
		['ios', 'iPhone or iPad app'],
		['desktop', 'Desktop browser'],
	]),
	categories: new Map([['profile-data', 'Profile data']]),
	sources: new Map([['l14', 'L14']]),
};

describe('entries', () => {
	test('an entry is anchored under a prefix of its own', () => {
		expect(changeAnchor('dpc-statement-2025-11-07')).toBe('change-dpc-statement-2025-11-07');
	});

	test('newest first, and entries of one day by id', () => {
		const entries = [
			{ id: 'notice', date: '2026-08-21' },
			{ id: 'b-correction', date: '2026-11-25' },
			{ id: 'expansion', date: '2025-11-03' },
			{ id: 'a-correction', date: '2026-11-25' },
			{ id: 'link', date: '2026-02-23' },
		];
		expect(newestFirst(entries).map((e) => e.id)).toEqual(['a-correction', 'b-correction', 'notice', 'link', 'expansion']);
		expect(entries[0]?.id).toBe('notice'); // the input is left as it was
	});
});

describe('what an entry affects', () => {
	test.each([
		['/timeline/', 'Timeline'],
		['/data/', 'Data used'],
		['/guide/uk/ios/', 'Guide: United Kingdom, iPhone or iPad app'],
		['/regions/eu-eea/', 'EU / EEA: status'],
		['/timeline/us/', 'Timeline: United States'],
		['/data/profile-data/', 'Data used: Profile data'],
		['/sources/l14/', 'Source L14'],
	])('%s reads "%s"', (path, label) => {
		expect(pageLink(path, names, en.t, 'en')).toEqual({ href: path, label });
	});

	test('on a German page, the link leads to the German page and reads in German', () => {
		expect(pageLink('/guide/uk/ios/', names, de.t, 'de')).toEqual({ href: '/de/guide/uk/ios/', label: 'Anleitung: United Kingdom, iPhone or iPad app' });
		expect(pageLink('/timeline/', names, de.t, 'de')).toEqual({ href: '/de/timeline/', label: 'Zeitleiste' });
	});

	test.each(['/guide/mars/ios/', '/guide/uk/', '/regions/', '/blog/', '/data/profile-data/extra/', '/de/guide/uk/ios/'])(
		'%s is not a page, so it is refused',
		(path) => {
			expect(() => pageLink(path, names, en.t, 'en')).toThrow(`"${path}" is not a page of this site`);
		},
	);

	test('regions, pages, categories, then events; each address once', () => {
		const links = affectsLinks(
			{
				regions: [{ id: 'us', name: 'United States' }],
				pages: ['/guide/us/desktop/', '/regions/us/'],
				categories: [{ id: 'profile-data', name: 'Profile data' }],
				events: [{ id: 'microsoft-ads-link-2026-02-23', title: 'New opt-out address' }],
			},
			names,
			en,
			'en',
		);
		expect(links).toEqual([
			{ href: '/regions/us/', label: 'United States: status' },
			{ href: '/guide/us/desktop/', label: 'Guide: United States, Desktop browser' },
			{ href: '/data/profile-data/', label: 'Data used: Profile data' },
			{ href: '/timeline/#event-microsoft-ads-link-2026-02-23', label: 'Timeline: New opt-out address' },
		]);
	});
});

describe('feed items', () => {
	const entries: FeedEntry[] = [
		{ id: 'expansion-2025-11-03', date: '2025-11-03', kind: 'linkedin', title: 'Training expands', summary: 'Five regions join.' },
		{ id: 'us-link', date: '2026-11-25', kind: 'site', title: 'New US address', summary: 'The guide links to the new page.' },
	];

	test('newest first, each with an absolute link to its anchor, the day at midnight UTC, and its kind', () => {
		expect(feedItems(entries, 'https://example.org', en.t)).toEqual([
			{
				title: 'We corrected: New US address',
				link: 'https://example.org/changes/#change-us-link',
				pubDate: new Date(Date.UTC(2026, 10, 25)),
				description: 'The guide links to the new page.',
				categories: ['We corrected'],
			},
			{
				title: 'LinkedIn changed: Training expands',
				link: 'https://example.org/changes/#change-expansion-2025-11-03',
				pubDate: new Date(Date.UTC(2025, 10, 3)),
				description: 'Five regions join.',
				categories: ['LinkedIn changed'],
			},
		]);
	});

	test('the site may be given as a URL, with or without a trailing slash or a port', () => {
		expect(feedItems(entries, new URL('http://localhost:4321/'), en.t)[0]?.link).toBe('http://localhost:4321/changes/#change-us-link');
	});

	test('the link (which @astrojs/rss also writes as the guid) depends on the id alone', () => {
		const edited = feedItems([{ ...entries[1]!, title: 'Reworded', summary: 'Reworded too.' }], 'https://example.org', en.t);
		expect(edited[0]?.link).toBe('https://example.org/changes/#change-us-link');
	});
});
