import { describe, expect, test } from 'vitest';
import { formatPoint, historyAnswer, periodLines, periodSpan, regionHistory } from '../../src/lib/history';
import type { StatusEvent } from '../../src/lib/status';
import { i18n } from '../../src/i18n';

const en = i18n('en');
const de = i18n('de');
const fr = i18n('fr');

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
	test('a region trained on from the start: yes, since then, with the start said as "by … at the latest" inside its month', () => {
		const text = historyAnswer(regionHistory(events, 'a', AS_OF), 'the United States', en);
		expect(text.answer).toBe(
			'Yes, unless you had switched the setting off: LinkedIn has trained on the data of members in the United States since September 2024 (by 18 September at the latest).',
		);
		expect(text.window).toBeUndefined();
		expect(text.uncertain).toBe('Where a date says “at the latest”, “about” or “announced”, the sources do not give the exact day.');
	});

	test('trained, paused, trained again: both periods are named, and the pause by the day it was announced', () => {
		const history = regionHistory(events, 'b', AS_OF);
		expect(historyAnswer(history, 'Canada', en).answer).toBe(
			'Yes, unless you had switched the setting off: LinkedIn trained on the data of members in Canada from September 2024 (by 18 September at the latest) until a pause announced on 10 December 2024, and has done so again since 3 November 2025.',
		);
		expect(periodLines(history, en)).toEqual([
			{ state: 'on', label: 'Training on', span: 'from September 2024 (by 18 September at the latest) until a pause announced on 10 December 2024' },
			{ state: 'paused', label: 'Paused', span: 'from a pause announced on 10 December 2024 until 3 November 2025' },
			{ state: 'on', label: 'Training on', span: 'since 3 November 2025' },
		]);
	});

	test('left out, then shown, then trained: opting out before training kept everything out', () => {
		const history = regionHistory(events, 'c', AS_OF);
		const text = historyAnswer(history, 'the EU and EEA', en);
		expect(text.answer).toBe(
			'Since 3 November 2025, yes, unless you had switched the setting off. Before that, LinkedIn did not train on the data of members in the EU and EEA.',
		);
		expect(text.window).toBe(
			'The setting was shown from about 18 September 2025, before training began on 3 November 2025, so switching it off before then kept all of your data out of that training.',
		);
		// A first period without training is said by its end alone: nothing before it was used either.
		expect(periodLines(history, en).map((l) => l.span)).toEqual(['until 3 November 2025', 'since 3 November 2025']);
	});

	test('an unclear start is said, and the window no longer promises everything was kept out', () => {
		const text = historyAnswer(regionHistory(events, 'd', AS_OF), 'the UK', en);
		expect(text.answer).toBe(
			'Since 3 November 2025, yes, unless you had switched the setting off. Before that, one question is open: whether LinkedIn used any data of members in the UK from 18 September 2024 until LinkedIn stopped, by 20 September 2024 at the latest. LinkedIn has never said.',
		);
		expect(text.window).toBe(
			'The setting was shown from about 18 September 2025, before training began on 3 November 2025, so switching it off before then kept your data out of that training.',
		);
	});

	test('while paused: not now, but used before', () => {
		const text = historyAnswer(regionHistory(events, 'b', '2025-01-01'), 'Canada', en);
		expect(text.answer).toBe(
			'Not at the moment, but it was used before: LinkedIn trained on the data of members in Canada from September 2024 (by 18 September at the latest) until a pause announced on 10 December 2024.',
		);
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

	test('a month alone is said as a month', () => {
		const monthly: StatusEvent[] = [{ id: 'm', date: '2024-08-01', precision: 'month', regions: ['m'], training: 'on' }];
		expect(periodSpan(regionHistory(monthly, 'm', AS_OF).periods, 0, en)).toBe('since August 2024');
		expect(periodSpan(regionHistory(monthly, 'm', AS_OF).periods, 0, de)).toBe('seit August 2024');
		expect(periodSpan(regionHistory(monthly, 'm', AS_OF).periods, 0, fr)).toBe('depuis août 2024');
	});

	test('German: the article goes with the date, and a sentence may start with the span', () => {
		const history = regionHistory(events, 'c', AS_OF);
		expect(historyAnswer(history, 'in der EU und im EWR', de).answer).toBe(
			'Seit dem 3. November 2025 ja, sofern Sie die Einstellung nicht ausgeschaltet hatten. Davor hat LinkedIn nicht mit den Daten von Mitgliedern in der EU und im EWR trainiert.',
		);
		expect(historyAnswer(history, 'in der EU und im EWR', de).window).toBe(
			'Die Einstellung wurde etwa ab dem 18. September 2025 angezeigt, also vor Beginn des Trainings (3. November 2025). Wenn Sie sie bis dahin ausgeschaltet hatten, blieben alle Ihre Daten aus diesem Training heraus.',
		);
	});

	test('French: a space that does not break before the colon', () => {
		expect(historyAnswer(regionHistory(events, 'a', AS_OF), 'aux États-Unis', fr).answer).toBe(
			'Oui, sauf si vous aviez désactivé le paramètre\u00a0: LinkedIn entraîne ses modèles sur les données des membres aux États-Unis depuis septembre 2024 (au plus tard depuis le 18 septembre).',
		);
	});

	test('dates say how sure they are', () => {
		expect(formatPoint({ date: '2025-11-03', precision: 'exact' }, en)).toBe('3 November 2025');
		expect(formatPoint({ date: '2024-12-10', precision: 'by' }, en)).toBe('no later than 10 December 2024');
		expect(formatPoint({ date: '2025-09-18', precision: 'approximate' }, en)).toBe('about 18 September 2025');
		expect(formatPoint({ date: '2025-09-18', precision: 'inferred' }, en)).toBe('about 18 September 2025');
		expect(formatPoint({ date: '2024-08-01', precision: 'month' }, en)).toBe('August 2024');
	});
});
