import { describe, expect, test } from 'vitest';
import { citedSources } from '../../src/lib/cite';

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
});
