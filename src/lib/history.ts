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

/** "3 November 2025", "about 18 September 2025", "no later than 10 December 2024", "August 2024". */
export function formatPoint(p: DatePoint, words: Words): string {
	return words.t(DATE_IN_SENTENCE[p.precision], { date: words.date(p.date), month: words.month(p.date) });
}

/** The values a period's wording may use for one of its dates: the whole date, its month, its day in the month. */
const dateParts = (p: DatePoint, words: Words) => ({ date: words.date(p.date), month: words.month(p.date), day: words.dayMonth(p.date) });

/**
 * How a period starts, in words that say how sure its date is: an exact day, an "at the latest" day within
 * its month, a pause known only by the day it was announced, a month alone.
 */
function periodFrom(p: Period, words: Words): string {
	if (p.state === 'paused' && p.from.precision === 'by') return words.t('period.from.pauseAnnounced', dateParts(p.from, words));
	return words.t(`period.from.${p.from.precision}`, dateParts(p.from, words));
}

/** How a period ends: the next period's start, said from this side ("until a pause announced on…"). */
function periodUntil(until: DatePoint, next: Period | undefined, words: Words): string {
	if (until.precision === 'by' && next?.state === 'paused') return words.t('period.until.pauseAnnounced', dateParts(until, words));
	if (until.precision === 'by' && next?.state === 'excluded') return words.t('period.until.stopped', dateParts(until, words));
	return words.t(`period.until.${until.precision}`, dateParts(until, words));
}

/**
 * One period in words, where its start and end may have different certainty: "from September 2024 (by 18
 * September at the latest) until a pause announced on 10 December 2024", "since 3 November 2025". A first
 * period in which the data was not used is said by its end alone ("until 3 November 2025"): nothing before it
 * was used either.
 */
export function periodSpan(periods: readonly Period[], index: number, words: Words): string {
	const p = periods[index];
	if (!p) throw new RangeError(`no period ${index}`);
	if (!p.until) return words.t(`period.since.${p.from.precision}`, dateParts(p.from, words));
	const until = periodUntil(p.until, periods[index + 1], words);
	if (index === 0 && p.state === 'excluded') return until;
	return words.t('period.span', { from: periodFrom(p, words), until });
}

/** One line per period, for a compact list: "Training on" and "from … until …". */
export function periodLines(history: RegionHistory, words: Words): { state: TrainingState; label: string; span: string }[] {
	return history.periods.map((p, i) => ({ state: p.state, label: words.t(TRAINING_STATE_LABEL[p.state]), span: periodSpan(history.periods, i, words) }));
}

export interface HistoryAnswer {
	answer: string;
	window?: string | undefined;
	uncertain?: string | undefined;
}

/**
 * The answer in plain sentences. `where` is the region as it reads inside a sentence ("the UK").
 * Each string is one sentence or two; the page shows them in order. What switching off changes now is a
 * statement of its own (content/statements.yaml), since what it covers differs by region and has sources.
 */
export function historyAnswer(history: RegionHistory, where: string, words: Words): HistoryAnswer {
	const { t } = words;
	const { periods, window } = history;
	const spanOf = (p: Period) => periodSpan(periods, periods.indexOf(p), words);
	const on = periods.filter((p) => p.state === 'on');
	const unclear = periods.filter((p) => p.state === 'unclear');
	const current = periods.at(-1);
	const unclearSpans = words.list(unclear.map(spanOf));

	let answer: string;
	if (on.length === 0) {
		answer = unclear.length > 0 ? t('history.neverButUnclear', { unclear: t('history.unclearNote', { spans: unclearSpans }) }) : t('history.never', { where });
	} else if (current?.state === 'on' && on.length === 1 && periods.length > 1) {
		const before = unclear.length > 0 ? t('history.beforeUnclear', { where, spans: unclearSpans }) : t('history.beforeNot', { where });
		const since = periodSpan(periods, periods.length - 1, words);
		answer = `${t('history.sinceYes', { since: since.charAt(0).toLocaleUpperCase(words.locale) + since.slice(1) })} ${before}`;
	} else {
		const closed = on.filter((p) => p.until).map(spanOf);
		const running = current?.state === 'on' ? current : undefined;
		const body =
			closed.length === 0 && running
				? t('history.bodyRunning', { where, span: spanOf(running) })
				: t('history.bodyClosed', { where, spans: words.list(closed) }) + (running ? t('history.bodyAgain', { span: spanOf(running) }) : '');
		const unclearNote = unclear.length > 0 ? ` ${t('history.unclearNote', { spans: unclearSpans })}` : '';
		answer = `${t('site.labelled', { label: t(running ? 'history.leadOn' : 'history.leadPaused'), text: body })}.${unclearNote}`;
	}

	const windowText = window
		? t(window.keptEverythingOut ? 'history.window.all' : 'history.window.some', {
				shown: t(`period.from.${window.shownFrom.precision}`, dateParts(window.shownFrom, words)),
				start: formatPoint(window.trainingFrom, words),
			})
		: undefined;

	const points = [...periods.flatMap((p) => (p.until ? [p.from, p.until] : [p.from])), ...(window ? [window.shownFrom, window.trainingFrom] : [])];
	const uncertain = points.some((p) => p.precision !== 'exact') ? t('history.uncertain') : undefined;

	return { answer, window: windowText, uncertain };
}
