import { describe, expect, test } from 'vitest';
import { localizeLinks } from '../../src/lib/localize-links';

const german = new Set(['/de/', '/de/guide/uk/ios/', '/de/data/']);
const exists = (path: string) => german.has(path);

describe('links on a German page', () => {
	test('point at the German page where one exists, keeping fragments and queries', () => {
		const html = '<a href="/guide/uk/ios/#step-2">x</a><a class="c" href="/">home</a><form action="/data/" method="get"></form>';
		expect(localizeLinks(html, 'de', exists)).toBe(
			'<a href="/de/guide/uk/ios/#step-2">x</a><a class="c" href="/de/">home</a><form action="/de/data/" method="get"></form>',
		);
	});

	test('stay English where the page is English only, and never touch the language switcher or other sites', () => {
		const html =
			'<a href="/sources/l1/#claim-l1--x">L</a><a href="/guide/uk/ios/" hreflang="en" data-keep-path>English</a><a href="https://www.linkedin.com/x">LI</a><a href="//evil.example/">e</a>';
		expect(localizeLinks(html, 'de', exists)).toBe(html);
	});

	test('English pages are left as they are', () => {
		expect(localizeLinks('<a href="/data/">d</a>', 'en', () => true)).toBe('<a href="/data/">d</a>');
	});
});
