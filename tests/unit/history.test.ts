import { describe, expect, test } from 'vitest';
import { formatPoint, historyAnswer, periodLines, regionHistory } from '../../src/lib/history';
import type { StatusEvent } from '../../src/lib/status';
import { i18n } from '../../src/i18n';

const en = i18n('en');

// Invented events, shaped like the real ones, so the wording can be checked case by case.
const events: StatusEvent[] = [
	{ id: 'launch', date: '2024-09-18', precision: 'by', regions: ['a', 'b'], training: 'on', settingOffered: true },
	{ id: 'out', date: '2024-09-18', precision: 'exact', regions: ['c'], training: 'excluded', settingOffered: false },
	{ id: 'unclear', date: '2024-09-18', precision: 'exact', regions: ['d'], training: 'unclear' },
	{ id: 'd-out', date: '2024-09-20', precision: 'by', regions: ['d'], training: 'excluded', settingOffered: false },
	{ id: 'terms', date: '2024-11-20', precision: 'exact', regions: ['a', 'b', 'c', 'd'] },
	{ id: 'pause', date: '2024-12-10', precision: 'by', regions: ['b'], training: 'paused' },
	{ id: 'shown', date: '2025-09-18', precision: 'approximate', regions: ['c', 'd'], settingOffered: true },
	{ id: 'expansion', date: '2025-11-03', precision: 'exact', regions: ['b', 'c', 'd'], training: 'on', settingOffered: true },
];
const AS_OF = '2026-08-22';

describe('the history behind "Was my data already used?"', () => {
	test('a region trained on from the start: yes, since then', () => {
		const text = historyAnswer(regionHistory(events, 'a', AS_OF), 'the United States', en);
		expect(text.answer).toBe(
			'Yes, unless you had switched the setting off: LinkedIn has trained on the data of members in the United States since no later than 18 September 2024.',
		);
		expect(text.window).toBeUndefined();
		expect(text.switchingOff).toBe(
			'Switching off now keeps what you add from then on out of this training. It cannot take back what models have already learned from data used since no later than 18 September 2024.',
		);
		expect(text.uncertain).toBe('Dates marked “about” or “no later than” are not exact: the sources do not give the day.');
	});

	test('trained, paused, trained again: both periods are named', () => {
		const history = regionHistory(events, 'b', AS_OF);
		expect(historyAnswer(history, 'Canada', en).answer).toBe(
			'Yes, unless you had switched the setting off: LinkedIn trained on the data of members in Canada from no later than 18 September 2024 to no later than 10 December 2024, and has done so again since 3 November 2025.',
		);
		expect(periodLines(history, en)).toEqual([
			{ state: 'on', label: 'Training on', span: 'from no later than 18 September 2024 to no later than 10 December 2024' },
			{ state: 'paused', label: 'Paused', span: 'from no later than 10 December 2024 to 3 November 2025' },
			{ state: 'on', label: 'Training on', span: 'since 3 November 2025' },
		]);
	});

	test('left out, then shown, then trained: opting out before training kept everything out', () => {
		const text = historyAnswer(regionHistory(events, 'c', AS_OF), 'the EU and EEA', en);
		expect(text.answer).toBe(
			'Since 3 November 2025, yes, unless you had switched the setting off. Before that, LinkedIn did not train on the data of members in the EU and EEA.',
		);
		expect(text.window).toBe(
			'The setting was shown from about 18 September 2025, before training began on 3 November 2025, so switching it off before then kept all of your data out of that training.',
		);
	});

	test('an unclear start is said, and the window no longer promises everything was kept out', () => {
		const text = historyAnswer(regionHistory(events, 'd', AS_OF), 'the UK', en);
		expect(text.answer).toBe(
			'Since 3 November 2025, yes, unless you had switched the setting off. Before that, the sources show no training on the data of members in the UK, but whether any data was used from 18 September 2024 to no later than 20 September 2024 is not clear.',
		);
		expect(text.window).toContain('kept your data out of that training');
	});

	test('while paused: not now, but used before, and nothing to switch off yet', () => {
		const text = historyAnswer(regionHistory(events, 'b', '2025-01-01'), 'Canada', en);
		expect(text.answer).toBe(
			'Not at the moment, but it was used before: LinkedIn trained on the data of members in Canada from no later than 18 September 2024 to no later than 10 December 2024.',
		);
		expect(text.switchingOff).toBeUndefined();
	});

	test('never trained: a plain no', () => {
		expect(historyAnswer(regionHistory(events, 'c', '2025-01-01'), 'Switzerland', en).answer).toBe(
			'No. LinkedIn has not trained on the data of members in Switzerland.',
		);
	});

	test('no exact-date caveat when every date is exact', () => {
		const exact: StatusEvent[] = [{ id: 'x', date: '2025-11-03', precision: 'exact', regions: ['x'], training: 'on' }];
		expect(historyAnswer(regionHistory(exact, 'x', AS_OF), 'X', en).uncertain).toBeUndefined();
	});

	test('dates say how sure they are', () => {
		expect(formatPoint({ date: '2025-11-03', precision: 'exact' }, en)).toBe('3 November 2025');
		expect(formatPoint({ date: '2024-12-10', precision: 'by' }, en)).toBe('no later than 10 December 2024');
		expect(formatPoint({ date: '2025-09-18', precision: 'approximate' }, en)).toBe('about 18 September 2025');
		expect(formatPoint({ date: '2025-09-18', precision: 'inferred' }, en)).toBe('about 18 September 2025');
	});
});
