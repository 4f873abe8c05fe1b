/**
 * A region's training status, computed from dated events, so one new event updates every page that
 * depends on it.
 */

import type { Words } from '../i18n';
import { SINCE_DATE } from '../i18n/labels';
import type { DatePrecision, TrainingState } from '../schemas/event';

export type { TrainingState };

export interface StatusEvent {
	id: string;
	date: string;
	precision: DatePrecision;
	regions: readonly string[];
	training?: TrainingState | undefined;
	settingOffered?: boolean | undefined;
}

export interface RegionStatus<T extends StatusEvent = StatusEvent> {
	/** undefined when no event has said anything about the region yet. */
	training: TrainingState | undefined;
	/** The event that put the region in its current state. */
	since: T | undefined;
	/** When the region first had training switched on, if ever. */
	firstOn: T | undefined;
	settingOffered: boolean | undefined;
	/** The events that changed this region's state, oldest first. */
	changes: T[];
}

/** Oldest first; events on the same day keep the order they are written in. */
export function byDate<T extends { date: string }>(events: readonly T[]): T[] {
	return events
		.map((event, index) => ({ event, index }))
		.sort((a, b) => a.event.date.localeCompare(b.event.date) || a.index - b.index)
		.map(({ event }) => event);
}

/** Events for a region up to and including `asOf` (YYYY-MM-DD), oldest first. */
export function eventsFor<T extends StatusEvent>(events: readonly T[], region: string, asOf: string): T[] {
	return byDate(events.filter((event) => event.regions.includes(region) && event.date <= asOf));
}

export function regionStatus<T extends StatusEvent>(events: readonly T[], region: string, asOf: string): RegionStatus<T> {
	const status: RegionStatus<T> = { training: undefined, since: undefined, firstOn: undefined, settingOffered: undefined, changes: [] };
	for (const event of eventsFor(events, region, asOf)) {
		if (event.settingOffered !== undefined) status.settingOffered = event.settingOffered;
		if (event.training === undefined || event.training === status.training) continue;
		status.training = event.training;
		status.since = event;
		status.changes.push(event);
		if (event.training === 'on' && !status.firstOn) status.firstOn = event;
	}
	return status;
}

/** The one-sentence answer for a region, computed from its status. `where` is the region as it reads in a sentence. */
export function statusSentence(status: RegionStatus<StatusEvent>, where: string, { t, date, month }: Words): string {
	const since = status.since ? ` ${t(SINCE_DATE[status.since.precision], { date: date(status.since.date), month: month(status.since.date) })}` : '';
	switch (status.training) {
		case 'on': {
			// Back on after a pause: "since 3 November 2025" alone would hide the earlier training.
			const again = status.firstOn !== undefined && status.firstOn !== status.since;
			return `${t(again ? 'status.onAgain' : 'status.on', { where, since })} ${t(status.settingOffered === false ? 'status.on.notOffered' : 'status.on.offered')}`;
		}
		case 'paused':
			return t('status.paused', { where, since });
		case 'excluded':
			return t('status.excluded', { where, since });
		case 'unclear':
			return t('status.unclear', { where });
		default:
			return t('status.unknown', { where });
	}
}
