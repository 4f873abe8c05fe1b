/**
 * How current the site's facts are, derived from each source's `checked` record rather than typed by
 * hand: the newest check is "last reviewed", the newest day a checked copy covers is "known up to".
 */
import { addDays } from './dates';

/** Days after the last review when pages start warning that facts may be out of date. The one place this is set. */
export const REVIEW_BY_DAYS = 90;

export interface CheckRecord {
	on: string;
	upTo?: string | undefined;
}

export interface Freshness {
	/** The newest day any source was checked. */
	lastReviewed: string;
	/** The newest day a checked copy covers; nothing after it could be checked. */
	knownUpTo: string;
	/** The day after which pages say the facts may be out of date. */
	reviewBy: string;
	/** True when `today` is past `reviewBy`. */
	stale: boolean;
}

const max = (dates: readonly string[]) => dates.reduce((a, b) => (b > a ? b : a));

export function freshness(checks: readonly CheckRecord[], today: string, reviewByDays = REVIEW_BY_DAYS): Freshness {
	if (checks.length === 0) throw new Error('freshness needs at least one checked source');
	const lastReviewed = max(checks.map((c) => c.on));
	const covered = checks.map((c) => c.upTo).filter((d): d is string => d !== undefined);
	// Only a check that records how far its copy reaches says how recent the facts are; the day a check was
	// made is no such date (an archive read today may end months ago). With none recorded, the check day is all we have.
	const knownUpTo = covered.length > 0 ? max(covered) : lastReviewed;
	const reviewBy = addDays(lastReviewed, reviewByDays);
	return { lastReviewed, knownUpTo, reviewBy, stale: today > reviewBy };
}
