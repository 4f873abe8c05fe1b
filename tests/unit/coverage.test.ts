import { describe, expect, test } from 'vitest';
import { coverageSentence, regionCoverage, type Capture } from '../../src/lib/coverage';
import { i18n } from '../../src/i18n';

// Shaped like the archive's copies (fact base §12): Europe and the US to one day, Canada earlier, Hong Kong none.
const captures: Capture[] = [
	{ regions: ['eu-eea', 'uk'], upTo: '2026-08-22' },
	{ regions: ['us'], upTo: '2026-08-22' },
	{ regions: ['canada'], upTo: '2026-07-09' },
	{ regions: ['canada'], upTo: '2026-05-01' },
];

describe('up to when a region’s LinkedIn documents are known', () => {
	test('a region with the newest copies: one date', () => {
		expect(regionCoverage(captures, 'uk')).toEqual({ local: '2026-08-22', global: '2026-08-22' });
		expect(coverageSentence(regionCoverage(captures, 'uk'), 'the UK', i18n('en'))).toBe(
			'Open Terms Archive’s newest copies of LinkedIn’s documents as members in the UK see them date from 22 August 2026.',
		);
	});

	test('a region whose copies end earlier: its own date, not the newest of another region', () => {
		expect(regionCoverage(captures, 'canada')).toEqual({ local: '2026-07-09', global: '2026-08-22' });
		expect(coverageSentence(regionCoverage(captures, 'canada'), 'Canada', i18n('en'))).toBe(
			'Open Terms Archive’s newest copies of LinkedIn’s documents as members in Canada see them date from 9 July 2026; those of its global documents from 22 August 2026. Nothing later is known here.',
		);
		expect(coverageSentence(regionCoverage(captures, 'canada'), 'in Kanada', i18n('de'))).toBe(
			'Die jüngsten Kopien von LinkedIns Dokumenten, wie Mitglieder in Kanada sie sehen, hat Open Terms Archive am 9. Juli 2026 erstellt, die der weltweit geltenden Dokumente am 22. August 2026. Was danach kam, ist hier nicht bekannt.',
		);
	});

	test('a region with no copies of its own says so, and rests on the global documents', () => {
		expect(regionCoverage(captures, 'hong-kong')).toEqual({ local: undefined, global: '2026-08-22' });
		expect(coverageSentence(regionCoverage(captures, 'hong-kong'), 'à Hong Kong', i18n('fr'))).toBe(
			'Open Terms Archive ne détient aucune copie des documents de LinkedIn tels que les voient les membres à Hong Kong\u00a0: cette page s’appuie donc sur les documents mondiaux de LinkedIn, dont les copies les plus récentes datent du 22 août 2026.',
		);
	});

	test('no copies at all is a mistake in the content, not an empty answer', () => {
		expect(() => regionCoverage([], 'uk')).toThrow('regionCoverage needs at least one capture');
	});
});
