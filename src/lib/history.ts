/**
 * "Was my data already used?" for one region, worked out from dated events: the periods in which
 * training was on, paused, excluded or unclear, when the setting was shown, and what switching it off
 * now changes. Plain data first, then sentences, so the periods can be tested apart from the wording.
 */
import type { Words } from '../i18n';
import { DATE_IN_SENTENCE, TRAINING_STATE_LABEL } from '../i18n/labels';
import type { TrainingState } from '../schemas/event';
import { eventsFor, type StatusEvent } from './status';

export interface DatePoint {
	date: string;
	precision: StatusEvent['precision'];
}

export interface Period {
	state: TrainingState;
	from: DatePoint;
	/** Absent while the period is still running (as of the day the history was worked out). */
	until?: DatePoint | undefined;
}

/** The setting was shown before training began, so a reader could opt out in time. */
export interface OptOutWindow {
	shownFrom: DatePoint;
	trainingFrom: DatePoint;
	/** True when no earlier period trained (or may have trained) on the region's data. */
	keptEverythingOut: boolean;
}

export interface RegionHistory {
	/** Oldest first; each period ends where the next begins. */
	periods: Period[];
	window?: OptOutWindow | undefined;
}

const point = (event: StatusEvent): DatePoint => ({ date: event.date, precision: event.precision });

export function regionHistory(events: readonly StatusEvent[], region: string, asOf: string): RegionHistory {
	const periods: Period[] = [];
	let window: OptOutWindow | undefined;
	let offered: boolean | undefined;
	/** When the setting last became visible, if that happened during the current period. */
	let shownDuringPeriod: DatePoint | undefined;

	for (const event of eventsFor(events, region, asOf)) {
		const current = periods.at(-1);
		const changesState = event.training !== undefined && event.training !== current?.state;
		if (changesState && event.training) {
			if (event.training === 'on' && current && current.state !== 'on' && shownDuringPeriod) {
				const trainedBefore = periods.some((p) => p.state === 'on' || p.state === 'unclear');
				window = { shownFrom: shownDuringPeriod, trainingFrom: point(event), keptEverythingOut: !trainedBefore };
			}
			if (current) current.until = point(event);
			periods.push({ state: event.training, from: point(event) });
			shownDuringPeriod = undefined;
		}
		if (event.settingOffered !== undefined) {
			if (event.settingOffered && offered === false && !changesState) shownDuringPeriod = point(event);
			offered = event.settingOffered;
		}
	}
	return { periods, window };
}

/** "3 November 2025", "about 18 September 2025", "no later than 10 December 2024". */
export function formatPoint(p: DatePoint, words: Words): string {
	return words.t(DATE_IN_SENTENCE[p.precision], { date: words.date(p.date) });
}

function span(p: Period, words: Words): string {
	return p.until
		? words.t('history.span.fromTo', { from: formatPoint(p.from, words), until: formatPoint(p.until, words) })
		: words.t('history.span.since', { from: formatPoint(p.from, words) });
}

/** One line per period, for a compact list: "Training on" and "from … to …". */
export function periodLines(history: RegionHistory, words: Words): { state: TrainingState; label: string; span: string }[] {
	return history.periods.map((p) => ({ state: p.state, label: words.t(TRAINING_STATE_LABEL[p.state]), span: span(p, words) }));
}

export interface HistoryAnswer {
	answer: string;
	window?: string | undefined;
	switchingOff?: string | undefined;
	uncertain?: string | undefined;
}

/**
 * The answer in plain sentences. `where` is the region as it reads inside a sentence ("the UK").
 * Each string is one sentence or two; the page shows them in order.
 */
export function historyAnswer(history: RegionHistory, where: string, words: Words): HistoryAnswer {
	const { t } = words;
	const { periods, window } = history;
	const on = periods.filter((p) => p.state === 'on');
	const unclear = periods.filter((p) => p.state === 'unclear');
	const current = periods.at(-1);
	const unclearSpans = words.list(unclear.map((p) => span(p, words)));

	let answer: string;
	if (on.length === 0) {
		answer = unclear.length > 0 ? t('history.neverButUnclear', { unclear: t('history.unclearNote', { spans: unclearSpans }) }) : t('history.never', { where });
	} else if (current?.state === 'on' && on.length === 1 && periods.length > 1) {
		const before = unclear.length > 0 ? t('history.beforeUnclear', { where, spans: unclearSpans }) : t('history.beforeNot', { where });
		answer = `${t('history.sinceYes', { from: formatPoint(current.from, words) })} ${before}`;
	} else {
		const closed = on.filter((p) => p.until).map((p) => span(p, words));
		const running = current?.state === 'on' ? current : undefined;
		const body =
			closed.length === 0 && running
				? t('history.bodyRunning', { where, span: span(running, words) })
				: t('history.bodyClosed', { where, spans: words.list(closed) }) + (running ? t('history.bodyAgain', { span: span(running, words) }) : '');
		const unclearNote = unclear.length > 0 ? ` ${t('history.unclearNote', { spans: unclearSpans })}` : '';
		answer = `${t(running ? 'history.leadOn' : 'history.leadPaused')}: ${body}.${unclearNote}`;
	}

	const windowText = window
		? t(window.keptEverythingOut ? 'history.window.all' : 'history.window.some', {
				shown: formatPoint(window.shownFrom, words),
				start: formatPoint(window.trainingFrom, words),
			})
		: undefined;

	const switchingOff =
		current?.state === 'on'
			? t('history.switchingOff', { span: on.length > 1 || unclear.length > 0 ? t('history.beforeSwitchingOff') : span(current, words) })
			: undefined;

	const points = [...periods.flatMap((p) => (p.until ? [p.from, p.until] : [p.from])), ...(window ? [window.shownFrom, window.trainingFrom] : [])];
	const uncertain = points.some((p) => p.precision !== 'exact') ? t('history.uncertain') : undefined;

	return { answer, window: windowText, switchingOff, uncertain };
}
