/**
 * Each region's history as the real events in content/events.yaml give it, against periods written out
 * by hand from the fact base (section 3, corrected by section 11). A wrong date, a region dropped from an
 * event or a missing pause shows up here.
 */
import { describe, expect, test } from 'vitest';
import { regionHistory, type RegionHistory } from '../../src/lib/history';
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
});
