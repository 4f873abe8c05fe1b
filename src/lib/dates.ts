/**
 * Calendar days, the site's one idea of a date: written YYYY-MM-DD, free of time zones, read and written in
 * UTC so a day never shifts with the machine's zone. Content, statuses, calendar files and the build date
 * all go through here.
 */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written YYYY-MM-DD (2025-02-30 is not one). */
export function isIsoDate(value: string): boolean {
	const match = ISO_DAY.exec(value);
	if (!match) return false;
	const [, year, month, day] = match.map(Number) as [number, number, number, number];
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function parts(iso: string): [number, number, number] {
	if (!isIsoDate(iso)) throw new RangeError(`Not a YYYY-MM-DD date: "${iso}"`);
	const [, year, month, day] = ISO_DAY.exec(iso)!.map(Number) as [number, number, number, number];
	return [year, month, day];
}

/** The UTC calendar day of a moment, YYYY-MM-DD. */
export function toIsoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/** Whole days later (or earlier, for a negative number). */
export function addDays(iso: string, days: number): string {
	const [year, month, day] = parts(iso);
	return toIsoDate(new Date(Date.UTC(year, month - 1, day + days)));
}

/**
 * Whole months later. A day the target month lacks becomes its last day (31 August + 6 months is 28 or
 * 29 February), rather than spilling into the next month as Date arithmetic would.
 */
export function addMonths(iso: string, months: number): string {
	const [year, month, day] = parts(iso);
	const lastOfTarget = new Date(Date.UTC(year, month - 1 + months + 1, 0));
	return toIsoDate(new Date(Date.UTC(lastOfTarget.getUTCFullYear(), lastOfTarget.getUTCMonth(), Math.min(day, lastOfTarget.getUTCDate()))));
}

/** One formatter per locale and form: building one is far slower than using it, and a build formats thousands of dates. */
const formats = new Map<string, Intl.DateTimeFormat>();

const FORMS = {
	date: { day: 'numeric', month: 'long', year: 'numeric' },
	month: { month: 'long', year: 'numeric' },
	dayMonth: { day: 'numeric', month: 'long' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

function format(iso: string, locale: string, form: keyof typeof FORMS): string {
	const [year, month, day] = parts(iso);
	const key = `${locale} ${form}`;
	let formatter = formats.get(key);
	if (!formatter) {
		formatter = new Intl.DateTimeFormat(locale, { ...FORMS[form], timeZone: 'UTC' });
		formats.set(key, formatter);
	}
	return formatter.format(new Date(Date.UTC(year, month - 1, day)));
}

/** 2025-11-03 → "3 November 2025", "3. November 2025", "3 novembre 2025", in the locale given. */
export const formatDate = (iso: string, locale: string) => format(iso, locale, 'date');
/** 2024-09-18 → "September 2024": for a date whose day is not known, or not the point. */
export const formatMonth = (iso: string, locale: string) => format(iso, locale, 'month');
/** 2024-09-18 → "18 September", beside the month it belongs to. */
export const formatDayMonth = (iso: string, locale: string) => format(iso, locale, 'dayMonth');

/**
 * The day the site is built. SITE_BUILD_DATE=YYYY-MM-DD overrides it, so two builds of the same content give
 * the same bytes (reminder files, freshness notes); a mistyped override fails rather than quietly dating
 * everything today.
 */
export function buildDate(env: Record<string, string | undefined> = process.env, now: Date = new Date()): string {
	const fixed = env['SITE_BUILD_DATE'];
	if (fixed === undefined || fixed === '') return toIsoDate(now);
	if (!isIsoDate(fixed)) throw new Error(`SITE_BUILD_DATE must be a real date written YYYY-MM-DD, not "${fixed}"`);
	return fixed;
}
