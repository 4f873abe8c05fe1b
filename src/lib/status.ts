/**
 * A region's training status, computed from dated events, so one new event updates every page that
 * depends on it.
 */

import type { TrainingState } from '../schemas/event';

export type { TrainingState };

export interface StatusEvent {
	id: string;
	date: string;
	precision: 'exact' | 'approximate' | 'inferred' | 'by';
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

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** 2025-11-03 → "3 November 2025". Plain string work, so it never shifts with the time zone. */
export function formatDate(iso: string): string {
	const [year, month, day] = iso.split('-').map(Number);
	return `${day} ${MONTHS[(month ?? 1) - 1]} ${year}`;
}

function since(event: StatusEvent): string {
	const date = formatDate(event.date);
	switch (event.precision) {
		case 'exact':
			return `since ${date}`;
		case 'by':
			return `since ${date} at the latest`;
		default:
			return `since about ${date}`;
	}
}

/** The one-sentence answer for a region, computed from its status. */
export function statusSentence(status: RegionStatus<StatusEvent>, regionName: string): string {
	const from = status.since ? ` ${since(status.since)}` : '';
	switch (status.training) {
		case 'on': {
			const offered = status.settingOffered === false ? ' The setting to switch it off is not offered there.' : ' You can switch it off.';
			return `Yes. LinkedIn has used the data of members in ${regionName} to train its content-generating AI models${from}, unless they opt out.${offered}`;
		}
		case 'paused':
			return `Not at the moment. LinkedIn has paused training on the data of members in ${regionName}${from}.`;
		case 'excluded':
			return `No. LinkedIn has not used the data of members in ${regionName} for this training${from}.`;
		case 'unclear':
			return `Unclear. The sources do not say whether LinkedIn has used the data of members in ${regionName} for this training.`;
		default:
			return `Unknown. We have no dated record of LinkedIn's practice in ${regionName}.`;
	}
}
