import { describe, expect, test } from 'vitest';
import { meaningfulWords } from '../../src/scripts/search.js';
import en from '../../src/i18n/translations/en.json';

const skip = new Set(en['search.skipWords'].split(/[\s,]+/));

describe('the words search looks for', () => {
	test('small words readers add are dropped, since Pagefind wants every word on the page', () => {
		expect(meaningfulWords('my DMs', skip)).toBe('DMs');
		expect(meaningfulWords('How do I opt out?', skip)).toBe('opt out?');
		expect(meaningfulWords('is my CV used', skip)).toBe('CV used');
	});

	test('a query of small words only, or a quoted one, is searched as typed', () => {
		expect(meaningfulWords('how to', skip)).toBe('how to');
		expect(meaningfulWords('"use my data"', skip)).toBe('"use my data"');
	});
});
