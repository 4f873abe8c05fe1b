/**
 * Each region's history as the real events in content/events.yaml give it, against periods written out
 * by hand from the fact base (section 3, corrected by section 11). A wrong date, a region dropped from an
 * event or a missing pause shows up here.
 */
import { describe, expect, test } from 'vitest';
import { regionCoverage } from '../../src/lib/coverage';
import { periodLines, regionHistory, type RegionHistory } from '../../src/lib/history';
import { i18n } from '../../src/i18n';
import type { StatusEvent } from '../../src/lib/status';
import { byCollection, loadContent, type Reference } from '../helpers/content';

const { entries } = loadContent();
const events: StatusEvent[] = byCollection(entries, 'events').map((e) => ({
	...(e.data as unknown as StatusEvent),
	regions: (e.data['regions'] as Reference[]).map((r) => r.id),
}));
const AS_OF = '2026-08-22';

const expected: Record<string, RegionHistory> = {
	us: { periods: [{ state: 'on', from: { date: '2024-09-18', precision: 'by' } }], window: undefined },
	other: { periods: [{ state: 'on', from: { date: '2024-09-18', precision: 'by' } }], window: undefined },
	canada: {
		periods: [
			{ state: 'on', from: { date: '2024-09-18', precision: 'by' }, until: { date: '2024-12-10', precision: 'by' } },
			{ state: 'paused', from: { date: '2024-12-10', precision: 'by' }, until: { date: '2025-11-03', precision: 'exact' } },
			{ state: 'on', from: { date: '2025-11-03', precision: 'exact' } },
		],
		window: undefined,
	},
	'hong-kong': {
		periods: [
			{ state: 'on', from: { date: '2024-09-18', precision: 'by' }, until: { date: '2024-10-11', precision: 'exact' } },
			{ state: 'paused', from: { date: '2024-10-11', precision: 'exact' }, until: { date: '2025-11-03', precision: 'exact' } },
			{ state: 'on', from: { date: '2025-11-03', precision: 'exact' } },
		],
		window: undefined,
	},
	uk: {
		periods: [
			{ state: 'unclear', from: { date: '2024-09-18', precision: 'by' }, until: { date: '2024-09-20', precision: 'by' } },
			{ state: 'excluded', from: { date: '2024-09-20', precision: 'by' }, until: { date: '2025-11-03', precision: 'exact' } },
			{ state: 'on', from: { date: '2025-11-03', precision: 'exact' } },
		],
		window: { shownFrom: { date: '2025-09-18', precision: 'approximate' }, trainingFrom: { date: '2025-11-03', precision: 'exact' }, keptEverythingOut: false },
	},
	'eu-eea': {
		periods: [
			{ state: 'excluded', from: { date: '2024-09-18', precision: 'exact' }, until: { date: '2025-11-03', precision: 'exact' } },
			{ state: 'on', from: { date: '2025-11-03', precision: 'exact' } },
		],
		window: { shownFrom: { date: '2025-09-18', precision: 'approximate' }, trainingFrom: { date: '2025-11-03', precision: 'exact' }, keptEverythingOut: true },
	},
	switzerland: {
		periods: [
			{ state: 'excluded', from: { date: '2024-09-18', precision: 'exact' }, until: { date: '2025-11-03', precision: 'exact' } },
			{ state: 'on', from: { date: '2025-11-03', precision: 'exact' } },
		],
		window: { shownFrom: { date: '2025-09-18', precision: 'approximate' }, trainingFrom: { date: '2025-11-03', precision: 'exact' }, keptEverythingOut: true },
	},
};

describe('each region’s history, from content/events.yaml', () => {
	test('every region has an expected history written out here', () => {
		expect(byCollection(entries, 'regions').map((r) => r.id).sort()).toEqual(Object.keys(expected).sort());
	});

	test.each(Object.entries(expected))('%s', (region, history) => {
		expect(regionHistory(events, region, AS_OF)).toEqual(history);
	});

	test('before 3 November 2025 the EU/EEA was still out, with the setting already shown', () => {
		expect(regionHistory(events, 'eu-eea', '2025-10-01')).toEqual({
			periods: [{ state: 'excluded', from: { date: '2024-09-18', precision: 'exact' } }],
			window: undefined,
		});
	});

	// The periods as a reader of the region page sees them, in each language, written out from the fact base.
	const spans = {
		canada: {
			en: ['from September 2024 (by 18 September at the latest) until a pause announced on 10 December 2024', 'from a pause announced on 10 December 2024 until 3 November 2025', 'since 3 November 2025'],
			de: ['ab September 2024 (spätestens ab dem 18. September) bis zu einer am 10. Dezember 2024 bekannt gegebenen Pause', 'ab einer am 10. Dezember 2024 bekannt gegebenen Pause bis zum 3. November 2025', 'seit dem 3. November 2025'],
			fr: ['à partir de septembre 2024 (au plus tard le 18 septembre), jusqu’à une pause annoncée le 10 décembre 2024', 'à partir d’une pause annoncée le 10 décembre 2024, jusqu’au 3 novembre 2025', 'depuis le 3 novembre 2025'],
		},
		uk: {
			en: ['from September 2024 (by 18 September at the latest) until LinkedIn stopped, by 20 September 2024 at the latest', 'from September 2024 (by 20 September at the latest) until 3 November 2025', 'since 3 November 2025'],
			de: ['ab September 2024 (spätestens ab dem 18. September) bis LinkedIn spätestens am 20. September 2024 damit aufhörte', 'ab September 2024 (spätestens ab dem 20. September) bis zum 3. November 2025', 'seit dem 3. November 2025'],
			fr: ['à partir de septembre 2024 (au plus tard le 18 septembre), jusqu’à ce que LinkedIn arrête, au plus tard le 20 septembre 2024', 'à partir de septembre 2024 (au plus tard le 20 septembre), jusqu’au 3 novembre 2025', 'depuis le 3 novembre 2025'],
		},
		'hong-kong': {
			en: ['from September 2024 (by 18 September at the latest) until 11 October 2024', 'from 11 October 2024 until 3 November 2025', 'since 3 November 2025'],
			de: ['ab September 2024 (spätestens ab dem 18. September) bis zum 11. Oktober 2024', 'ab dem 11. Oktober 2024 bis zum 3. November 2025', 'seit dem 3. November 2025'],
			fr: ['à partir de septembre 2024 (au plus tard le 18 septembre), jusqu’au 11 octobre 2024', 'à partir du 11 octobre 2024, jusqu’au 3 novembre 2025', 'depuis le 3 novembre 2025'],
		},
	} as const;
	for (const [region, byLang] of Object.entries(spans)) {
		for (const [lang, expectedSpans] of Object.entries(byLang)) {
			test(`${region}, in ${lang}: each period says how sure its dates are`, () => {
				const lines = periodLines(regionHistory(events, region, AS_OF), i18n(lang as 'en' | 'de' | 'fr'));
				expect(lines.map((l) => l.span)).toEqual(expectedSpans);
			});
		}
	}
});

describe('each region’s coverage, from the sources’ check records (fact base §12)', () => {
	const captures = byCollection(entries, 'sources').flatMap((s) => {
		const checked = s.data['checked'] as { upTo?: string; captures?: { regions: Reference[]; upTo: string }[] };
		return (checked.captures ?? []).map((c) => ({ regions: c.regions.map((r) => r.id), upTo: c.upTo }));
	});
	test.each([
		['us', '2026-08-22'],
		['canada', '2026-07-09'],
		['eu-eea', '2026-08-22'],
		['switzerland', '2026-08-22'],
		['uk', '2026-08-22'],
		['hong-kong', undefined],
		['other', '2026-08-22'],
	])('%s: the newest copy made for it dates from %s', (region, local) => {
		expect(regionCoverage(captures, region)).toEqual({ local, global: '2026-08-22' });
	});

	test('a check record’s "covers up to" is its newest capture, so the footer and the region pages agree', () => {
		const mismatched = byCollection(entries, 'sources').flatMap((s) => {
			const checked = s.data['checked'] as { upTo?: string; captures?: { upTo: string }[] };
			if (!checked.captures) return [];
			const newest = checked.captures.map((c) => c.upTo).sort().at(-1);
			return newest === checked.upTo ? [] : [`${s.file}: checked.upTo is ${checked.upTo}, its newest capture ${newest}`];
		});
		expect(mismatched).toEqual([]);
	});
});
