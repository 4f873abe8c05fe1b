/**
 * The "remind me to check again" calendar file of a guide page: one all-day event six months ahead, as
 * iCalendar text (RFC 5545). Built statically; opening it only adds the event to the reader's calendar.
 */
import { t as english, type Translate } from '../i18n';
import { guidePath } from './guide-link';

/** How far ahead the reminder falls. */
export const REMIND_AFTER_MONTHS = 6;

export function reminderPath(regionId: string, platformId: string): string {
	return `${guidePath(regionId, platformId)}remind.ics`;
}

const parseIso = (iso: string): [number, number, number] => {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!match) throw new Error(`expected a date written YYYY-MM-DD, not "${iso}"`);
	return [Number(match[1]), Number(match[2]), Number(match[3])];
};
const toIso = (date: Date): string => date.toISOString().slice(0, 10);

/**
 * A calendar date some months later. A day the target month lacks becomes its last day (31 August + 6 months
 * is 28 or 29 February), rather than spilling into the next month as Date arithmetic would.
 */
export function addMonths(iso: string, months: number): string {
	const [year, month, day] = parseIso(iso);
	const firstOfTarget = new Date(Date.UTC(year, month - 1 + months, 1));
	const daysInTarget = new Date(Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth() + 1, 0)).getUTCDate();
	firstOfTarget.setUTCDate(Math.min(day, daysInTarget));
	return toIso(firstOfTarget);
}

export function nextDay(iso: string): string {
	const [year, month, day] = parseIso(iso);
	return toIso(new Date(Date.UTC(year, month - 1, day + 1)));
}

/** 2027-05-25 → 20270525, the iCalendar DATE form. */
const icsDate = (iso: string): string => iso.replace(/-/g, '');

/** Escapes a TEXT value: backslash, semicolon, comma, and line breaks as \n. */
export function escapeText(text: string): string {
	return text
		.replace(/\\/g, '\\\\')
		.replace(/;/g, '\\;')
		.replace(/,/g, '\\,')
		.replace(/\r\n|\r|\n/g, '\\n');
}

const utf8Length = (text: string): number => new TextEncoder().encode(text).length;

/**
 * Folds one content line so no physical line exceeds 75 octets: the first holds up to 75, each continuation
 * a space and up to 74. Splits only between characters, never inside a UTF-8 sequence.
 */
export function foldLine(line: string): string {
	const lines: string[] = [];
	let current = '';
	let octets = 0;
	for (const char of line) {
		const size = utf8Length(char);
		const limit = lines.length === 0 ? 75 : 74;
		if (octets + size > limit) {
			lines.push(current);
			current = '';
			octets = 0;
		}
		current += char;
		octets += size;
	}
	lines.push(current);
	return lines.join('\r\n ');
}

export interface Reminder {
	/** The guide page's absolute address; also decides the UID's host. */
	guideUrl: string;
	/** The guide page's title. */
	title: string;
	regionName: string;
	platformName: string;
	/** The day the file is made, YYYY-MM-DD; the reminder falls six months later. */
	today: string;
}

/** The whole .ics file, CRLF line endings included. */
export function reminderIcs({ guideUrl, title, regionName, platformName, today }: Reminder, t: Translate = english): string {
	const siteName = t('site.name');
	const url = new URL(guideUrl);
	// One UID per guide page, so importing a newer file updates the reminder instead of adding a second one.
	const guideSlug = url.pathname
		.replace(/^\/guide\//, '')
		.split('/')
		.filter(Boolean)
		.join('-');
	const remindOn = addMonths(today, REMIND_AFTER_MONTHS);
	const changesUrl = new URL('/changes/', url).href;
	const description = [
		t('remind.check', { region: regionName, platform: platformName }),
		'',
		`${title}:`,
		url.href,
		'',
		t('remind.changes'),
		changesUrl,
		'',
		t('remind.madeBy', { site: siteName }),
	].join('\n');
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		`PRODID:-//${siteName}//Reminder//EN`,
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		'BEGIN:VEVENT',
		`UID:remind-${guideSlug}@${url.hostname}`,
		`DTSTAMP:${icsDate(today)}T000000Z`,
		`DTSTART;VALUE=DATE:${icsDate(remindOn)}`,
		// An all-day event ends (exclusively) on the next day.
		`DTEND;VALUE=DATE:${icsDate(nextDay(remindOn))}`,
		`SUMMARY:${escapeText(t('remind.summary'))}`,
		`DESCRIPTION:${escapeText(description)}`,
		`URL:${url.href}`,
		// A reminder, not an appointment: it should not mark the reader busy.
		'TRANSP:TRANSPARENT',
		'BEGIN:VALARM',
		'ACTION:DISPLAY',
		`DESCRIPTION:${escapeText(t('remind.summary'))}`,
		// An all-day event starts at midnight local time, so this alerts at 09:00 on the day.
		'TRIGGER:PT9H',
		'END:VALARM',
		'END:VEVENT',
		'END:VCALENDAR',
	];
	return lines.map(foldLine).join('\r\n') + '\r\n';
}
