import { describe, expect, test } from 'vitest';
import { pathOfFile, searchLabels, withSearchLabels } from '../../src/lib/search-labels';

describe('what search knows about a page', () => {
	test.each([
		['/data/groups-data/', { kind: 'category', tier: 'answer' }],
		['/de/data/private-messages/', { kind: 'category', tier: 'answer' }],
		['/guide/uk/ios/', { kind: 'guide', tier: 'answer' }],
		['/fr/regions/canada/', { kind: 'region', tier: 'answer' }],
		['/timeline/uk/', { kind: 'regionTimeline', tier: 'answer' }],
		['/', { kind: 'home', tier: 'answer' }],
		['/sources/p15/', { kind: 'source', tier: 'reference' }],
		['/sources/', { kind: 'sources', tier: 'reference' }],
		['/disagreements/', { kind: 'disagreements', tier: 'reference' }],
		['/changes/', { kind: 'changes', tier: 'reference' }],
		['/about/', { kind: 'about', tier: 'reference' }],
	])('%s', (path, labels) => {
		expect(searchLabels(path)).toEqual(labels);
	});

	test('a file that is not a page of the site has none', () => {
		expect(searchLabels('/404.html')).toBeUndefined();
		expect(searchLabels('/data/a/b/c/')).toBeUndefined();
	});

	test('a built file’s address', () => {
		expect(pathOfFile('index.html')).toBe('/');
		expect(pathOfFile('de/data/groups-data/index.html')).toBe('/de/data/groups-data/');
		expect(pathOfFile('404.html')).toBe('/404.html');
	});
});

describe('the copy of a page Pagefind reads', () => {
	const page = (main: string) => `<!doctype html><html lang="en"><body><header>x</header>${main}<footer>y</footer></body></html>`;

	test('gets its labels first thing in its searchable main, and nothing else changes', () => {
		const html = page('<main id="main" data-pagefind-body data-pagefind-meta="keywords:a > b"><h1>Groups data</h1></main>');
		expect(withSearchLabels(html, '/data/groups-data/')).toBe(
			page(
				'<main id="main" data-pagefind-body data-pagefind-meta="keywords:a > b"><span data-pagefind-meta="kind:category" data-pagefind-filter="tier:answer"></span><h1>Groups data</h1></main>',
			),
		);
	});

	test('an empty main gets them too', () => {
		expect(withSearchLabels(page('<main data-pagefind-body></main>'), '/sources/p1/')).toBe(
			page('<main data-pagefind-body><span data-pagefind-meta="kind:source" data-pagefind-filter="tier:reference"></span></main>'),
		);
	});

	test('a page search leaves out, or a file that is not a page, is unchanged', () => {
		const unsearched = page('<main id="main"><h1>Choose</h1></main>');
		expect(withSearchLabels(unsearched, '/guide/uk/')).toBe(unsearched);
		const notFound = page('<main data-pagefind-body><h1>Not found</h1></main>');
		expect(withSearchLabels(notFound, '/404.html')).toBe(notFound);
	});
});
