/**
 * "Was my data already used?" for one region, worked out from dated events: the periods in which
 * training was on, paused, excluded or unclear, when the setting was shown, and what switching it off
 * now changes. Plain data first, then sentences, so the periods can be tested apart from the wording.
 */
import type { TrainingState } from '../schemas/event';
import { eventsFor, formatDate, type StatusEvent } from './status';

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
export function formatPoint(p: DatePoint): string {
	const date = formatDate(p.date);
	switch (p.precision) {
		case 'exact':
			return date;
		case 'by':
			return `no later than ${date}`;
		default:
			return `about ${date}`;
	}
}

function span(p: Period): string {
	return p.until ? `from ${formatPoint(p.from)} to ${formatPoint(p.until)}` : `since ${formatPoint(p.from)}`;
}

const STATE_TEXT: Record<TrainingState, string> = {
	on: 'Training on',
	paused: 'Paused',
	excluded: 'Not used',
	unclear: 'Unclear',
};

/** One line per period, for a compact list: "Training on" and "from … to …". */
export function periodLines(history: RegionHistory): { state: TrainingState; label: string; span: string }[] {
	return history.periods.map((p) => ({ state: p.state, label: STATE_TEXT[p.state], span: span(p) }));
}

function joinAnd(items: readonly string[]): string {
	return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * The answer in plain sentences. `where` is the region as it reads inside a sentence ("the UK").
 * Each string is one sentence or two; the page shows them in order.
 */
export function historyAnswer(history: RegionHistory, where: string): { answer: string; window?: string | undefined; switchingOff?: string | undefined; uncertain?: string | undefined } {
	const { periods, window } = history;
	const on = periods.filter((p) => p.state === 'on');
	const unclear = periods.filter((p) => p.state === 'unclear');
	const current = periods.at(-1);
	const unclearNote = unclear.length > 0 ? ` Whether any data was used ${joinAnd(unclear.map(span))} is not clear.` : '';

	let answer: string;
	if (on.length === 0) {
		answer = unclear.length > 0 ? `Not as far as the sources show.${unclearNote}` : `No. LinkedIn has not trained on the data of members in ${where}.`;
	} else if (current?.state === 'on' && on.length === 1 && periods.length > 1) {
		const before =
			unclear.length > 0
				? `Before that, the sources show no training on the data of members in ${where}, but whether any data was used ${joinAnd(unclear.map(span))} is not clear.`
				: `Before that, LinkedIn did not train on the data of members in ${where}.`;
		answer = `Since ${formatPoint(current.from)}, yes, unless you had switched the setting off. ${before}`;
	} else {
		const closed = on.filter((p) => p.until).map(span);
		const running = current?.state === 'on' ? current : undefined;
		const lead = running ? 'Yes, unless you had switched the setting off' : 'Not at the moment, but it was used before';
		const body =
			closed.length === 0 && running
				? `LinkedIn has trained on the data of members in ${where} ${span(running)}`
				: `LinkedIn trained on the data of members in ${where} ${joinAnd(closed)}${running ? `, and has done so again ${span(running)}` : ''}`;
		answer = `${lead}: ${body}.${unclearNote}`;
	}

	const windowText = window
		? `The setting was shown from ${formatPoint(window.shownFrom)}, before training began on ${formatPoint(window.trainingFrom)}, so switching it off before then kept ${window.keptEverythingOut ? 'all of your data' : 'your data'} out of that training.`
		: undefined;

	const switchingOff =
		current?.state === 'on'
			? `Switching off now keeps what you add from then on out of this training. It cannot take back what models have already learned from data used ${on.length > 1 ? 'in the periods above' : span(current)}.`
			: undefined;

	const points = [...periods.flatMap((p) => (p.until ? [p.from, p.until] : [p.from])), ...(window ? [window.shownFrom, window.trainingFrom] : [])];
	const inexact = points.some((p) => p.precision !== 'exact');
	const uncertain = inexact ? 'Dates marked “about” or “no later than” are not exact: the sources do not give the day.' : undefined;

	return { answer, window: windowText, switchingOff, uncertain };
}
