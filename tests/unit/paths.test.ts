import { describe, expect, test } from 'vitest';
import { localize, parseSitePath, paths } from '../../src/lib/paths';

describe('every address of the site', () => {
	test('English pages live at the root, other languages under their code', () => {
		expect(paths.home('en')).toBe('/');
		expect(paths.home('de')).toBe('/de/');
		expect(paths.guide('en', 'eu-eea', 'android')).toBe('/guide/eu-eea/android/');
		expect(paths.guide('fr', 'uk', 'ios')).toBe('/fr/guide/uk/ios/');
		expect(paths.region('de', 'switzerland')).toBe('/de/regions/switzerland/');
		expect(paths.timeline('fr')).toBe('/fr/timeline/');
		expect(paths.timeline('fr', 'canada')).toBe('/fr/timeline/canada/');
		expect(paths.category('de', 'profile-data')).toBe('/de/data/profile-data/');
		expect(paths.reminder('de', 'uk', 'ios')).toBe('/de/guide/uk/ios/remind.ics');
		expect(paths.qr('en', 'eu-eea', 'android')).toBe('/guide/eu-eea/android/qr.svg');
		expect(paths.qr('fr', 'uk', 'ios')).toBe('/fr/guide/uk/ios/qr.svg');
		expect(paths.screen('fr', 'iphone', 'app-feed')).toBe('/fr/screens/iphone/app-feed.svg');
	});

	test('anchors: a claim on its source page, an event on the timeline, a disagreement on the sources page', () => {
		expect(paths.claim('en', 's0/default-on')).toBe('/sources/s0/#claim-s0--default-on');
		expect(paths.claim('de', 'l14/share-data-link-2026')).toBe('/de/sources/l14/#claim-l14--share-data-link-2026');
		expect(paths.event('fr', 'expansion-2025-11-03')).toBe('/fr/timeline/#event-expansion-2025-11-03');
		expect(paths.conflict('de', 'uk-september-2024')).toBe('/de/disagreements/#conflict-uk-september-2024');
		expect(paths.change('en', 'us-link')).toBe('/changes/#change-us-link');
		expect(paths.disagreements('fr')).toBe('/fr/disagreements/');
	});

	test('files that are the same in every language have one address', () => {
		expect(paths.feed()).toBe('/changes.xml');
		expect(paths.countryTable()).toBe('/countries.json');
		expect(paths.countryWords('de')).toBe('/de/country-words.json');
	});

	test('a choice link leads to the pair, or to the page that asks the missing question', () => {
		expect(paths.choice('en', { region: 'uk', platform: 'android' })).toBe('/guide/uk/android/');
		expect(paths.choice('de', { region: 'uk' })).toBe('/de/guide/uk/');
		expect(paths.choice('en', { platform: 'ios' })).toBe('/guide/ios/');
		expect(paths.choice('fr', {})).toBe('/fr/guide/');
	});
});

describe('reading a path back', () => {
	test.each([
		['/', { lang: 'en', page: { route: 'home' } }],
		['/de/', { lang: 'de', page: { route: 'home' } }],
		['/guide/', { lang: 'en', page: { route: 'guideIndex' } }],
		['/fr/guide/uk/ios/', { lang: 'fr', page: { route: 'guide', region: 'uk', platform: 'ios' } }],
		['/guide/uk/', { lang: 'en', page: { route: 'choice', id: 'uk' } }],
		['/de/regions/eu-eea/', { lang: 'de', page: { route: 'region', id: 'eu-eea' } }],
		['/timeline/us/', { lang: 'en', page: { route: 'regionTimeline', id: 'us' } }],
		['/data/profile-data/', { lang: 'en', page: { route: 'category', id: 'profile-data' } }],
		['/sources/l14/', { lang: 'en', page: { route: 'source', id: 'l14' } }],
		['/de/disagreements/', { lang: 'de', page: { route: 'disagreements' } }],
	])('%s', (path, expected) => {
		expect(parseSitePath(path)).toEqual(expected);
	});

	test.each(['/regions/', '/blog/', '/data/profile-data/extra/', '/changes.xml', '/guide/uk/ios', 'guide/'])('%s is not a page', (path) => {
		expect(parseSitePath(path)).toBeUndefined();
	});
});

describe('links written in content', () => {
	test('an English site path becomes the same page in the reader’s language, anchor and query kept', () => {
		expect(localize('de', '/data/')).toBe('/de/data/');
		expect(localize('fr', '/sources/p8/#claim-p8--lawsuit')).toBe('/fr/sources/p8/#claim-p8--lawsuit');
		expect(localize('de', '/data/?q=Lebenslauf')).toBe('/de/data/?q=Lebenslauf');
		expect(localize('en', '/data/')).toBe('/data/');
	});

	test('files, other sites and paths already in a language are left as written', () => {
		expect(localize('de', '/changes.xml')).toBe('/changes.xml');
		expect(localize('de', 'https://www.linkedin.com/help/linkedin/ask/TS-DPRO')).toBe('https://www.linkedin.com/help/linkedin/ask/TS-DPRO');
		expect(localize('de', '//example.org/data/')).toBe('//example.org/data/');
		expect(localize('fr', '/de/data/')).toBe('/de/data/');
	});
});
