import { describe, expect, test } from 'vitest';
import { citedSources, opening } from '../../src/lib/cite';

describe('citations', () => {
	test('a source cited for two claims is named once, with a link to each claim; repeats of one claim collapse', () => {
		const help = 'LinkedIn Help: Data for Generative AI Improvement';
		const sources = citedSources([
			{ source: 'l1', name: help, href: '/sources/l1/#claim-l1--default-on' },
			{ source: 's3', name: 'PCMag', href: '/sources/s3/#claim-s3--regions' },
			{ source: 'l1', name: help, href: '/sources/l1/#claim-l1--future-only' },
			{ source: 'l1', name: help, href: '/sources/l1/#claim-l1--default-on' },
		]);
		expect(sources).toEqual([
			{ name: help, hrefs: ['/sources/l1/#claim-l1--default-on', '/sources/l1/#claim-l1--future-only'] },
			{ name: 'PCMag', hrefs: ['/sources/s3/#claim-s3--regions'] },
		]);
	});

	test('a statement is named by its first seven words or its first sentence, cut with an ellipsis after any punctuation', () => {
		expect(opening('Since 3 November 2025, yes, unless you had switched the setting off.')).toBe('Since 3 November 2025, yes, unless you…');
		expect(opening('Switch it off.')).toBe('Switch it off.');
		expect(opening('Check the location on your profile. LinkedIn uses it.')).toBe('Check the location on your profile…');
		expect(opening('Yes. It is on by default in your region.')).toBe('Yes. It is on by default in…');
		expect(opening('  One   two\nthree four five six ')).toBe('One two three four five six');
		expect(opening('Les membres au Canada : LinkedIn a repris l’entraînement.')).toBe('Les membres au Canada : LinkedIn a…');
		expect(opening('Eins zwei drei vier fünf — sechs sieben', 6)).toBe('Eins zwei drei vier fünf…');
	});
});
