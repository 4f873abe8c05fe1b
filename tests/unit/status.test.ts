import { describe, expect, test } from 'vitest';
import { i18n } from '../../src/i18n';
import { eventsFor, regionStatus, statusSentence, type StatusEvent } from '../../src/lib/status';

const en = i18n('en');

const events: StatusEvent[] = [
	{ id: 'launch', date: '2024-09-18', precision: 'by', regions: ['us', 'canada', 'hong-kong'], training: 'on', settingOffered: true },
	{ id: 'europe-out', date: '2024-09-18', precision: 'exact', regions: ['eu-eea'], training: 'excluded', settingOffered: false },
	{ id: 'hk-pause', date: '2024-10-11', precision: 'exact', regions: ['hong-kong'], training: 'paused', settingOffered: false },
	{ id: 'terms', date: '2024-11-20', precision: 'exact', regions: ['us', 'canada', 'eu-eea'] },
	{ id: 'canada-pause', date: '2024-12-10', precision: 'by', regions: ['canada'], training: 'paused' },
	{ id: 'expansion', date: '2025-11-03', precision: 'exact', regions: ['eu-eea', 'canada', 'hong-kong'], training: 'on', settingOffered: true },
];

describe('region status from events', () => {
	test('Canada: in from September 2024, paused by December 2024, in again from 3 November 2025', () => {
		expect(regionStatus(events, 'canada', '2024-10-01').training).toBe('on');
		expect(regionStatus(events, 'canada', '2025-03-12').training).toBe('paused');
		const now = regionStatus(events, 'canada', '2026-11-23');
		expect(now.training).toBe('on');
		expect(now.since?.id).toBe('expansion');
		expect(now.firstOn?.id).toBe('launch');
		expect(now.changes.map((e) => e.id)).toEqual(['launch', 'canada-pause', 'expansion']);
	});

	test('events that change nothing about training are not counted as changes', () => {
		expect(regionStatus(events, 'us', '2026-11-23').changes.map((e) => e.id)).toEqual(['launch']);
	});

	test('events after the review date are ignored', () => {
		expect(regionStatus(events, 'eu-eea', '2025-11-02').training).toBe('excluded');
		expect(regionStatus(events, 'eu-eea', '2025-11-03').training).toBe('on');
	});

	test('a region with no events has no status', () => {
		expect(regionStatus(events, 'uk', '2026-11-23').training).toBeUndefined();
	});

	test('events come out oldest first, same-day ones in the order written', () => {
		const shuffled = [events[5]!, events[1]!, events[0]!];
		expect(eventsFor(shuffled, 'eu-eea', '2030-01-01').map((e) => e.id)).toEqual(['europe-out', 'expansion']);
	});

	test('the sentence says yes, when and how sure we are of the date', () => {
		const canada = statusSentence(regionStatus(events, 'canada', '2026-11-23'), 'Canada', en);
		expect(canada).toMatch(/^Yes\. After a pause, LinkedIn has again used the data of members in Canada/);
		expect(canada).toContain('since 3 November 2025');
		const us = statusSentence(regionStatus(events, 'us', '2026-11-23'), 'the United States', en);
		expect(us).toContain('since 18 September 2024 at the latest');
		expect(statusSentence(regionStatus(events, 'hong-kong', '2025-01-01'), 'Hong Kong', en)).toMatch(/^Not at the moment\. .*paused.*11 October 2024/);
		expect(statusSentence(regionStatus(events, 'eu-eea', '2025-01-01'), 'the EU/EEA', en)).toMatch(/^No\./);
		expect(statusSentence(regionStatus(events, 'uk', '2025-01-01'), 'the UK', en)).toMatch(/^Unknown\./);
	});

	test('an unclear record says so, and a region where the setting is missing is told it is not offered', () => {
		const unclear: StatusEvent = { id: 'vague', date: '2025-01-01', precision: 'approximate', regions: ['india'], training: 'unclear' };
		expect(statusSentence(regionStatus([unclear], 'india', '2026-01-01'), 'India', en)).toBe(
			'Unclear. The sources do not say whether LinkedIn has used the data of members in India for this training.',
		);
		const noSetting: StatusEvent = {
			id: 'no-setting',
			date: '2025-02-01',
			precision: 'approximate',
			regions: ['india'],
			training: 'on',
			settingOffered: false,
		};
		expect(statusSentence(regionStatus([noSetting], 'india', '2026-01-01'), 'India', en)).toBe(
			'Yes. LinkedIn has used the data of members in India to train its content-generating AI models since about 1 February 2025, unless they opt out. The setting to switch it off is not offered there.',
		);
	});
});
