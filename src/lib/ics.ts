/**
 * The "remind me to check again" calendar file of a guide page: one all-day event six months ahead, as
 * iCalendar text (RFC 5545). Built statically; opening it only adds the event to the reader's calendar.
 */
import type { Translate } from '../i18n';
import { addDays, addMonths } from './dates';

/** How far ahead the reminder falls. */
export const REMIND_AFTER_MONTHS = 6;

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
	/** The change log's absolute address, in the reminder's language. */
	changesUrl: string;
	/** The same for one guide in every language, so importing a newer file updates the reminder instead of adding a second one. */
	uid: string;
	/** The guide page's title. */
	title: string;
	regionName: string;
	platformName: string;
	/** The day the file is made, YYYY-MM-DD; the reminder falls six months later. */
	today: string;
}

/** The whole .ics file, CRLF line endings included. */
export function reminderIcs({ guideUrl, changesUrl, uid, title, regionName, platformName, today }: Reminder, t: Translate): string {
	const siteName = t('site.name');
	const url = new URL(guideUrl);
	const remindOn = addMonths(today, REMIND_AFTER_MONTHS);
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
		`UID:${uid}@${url.hostname}`,
		`DTSTAMP:${icsDate(today)}T000000Z`,
		`DTSTART;VALUE=DATE:${icsDate(remindOn)}`,
		// An all-day event ends (exclusively) on the next day.
		`DTEND;VALUE=DATE:${icsDate(addDays(remindOn, 1))}`,
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

export interface FollowUp {
	/** The rights page's absolute address; also decides the UID's host. */
	pageUrl: string;
	/** Names the file's maker, as the reminder does. */
	siteName: string;
	summary: string;
	description: string;
	/** The day the reader asks for it, YYYY-MM-DD (their own clock: the file is made in their browser). */
	today: string;
	/** How many months ahead it falls: a month is what the law gives LinkedIn to answer, in most regions. */
	months: number;
}

/** A one-event calendar file to follow up on a letter, made in the reader's browser; nothing is sent anywhere. */
export function followUpIcs({ pageUrl, siteName, summary, description, today, months }: FollowUp): string {
	const url = new URL(pageUrl);
	const on = addMonths(today, months);
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		`PRODID:-//${siteName}//Follow-up//EN`,
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		'BEGIN:VEVENT',
		// One per page and day: asking twice on the same day replaces rather than duplicates the event.
		`UID:follow-up-${url.pathname.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '')}-${icsDate(today)}@${url.hostname}`,
		`DTSTAMP:${icsDate(today)}T000000Z`,
		`DTSTART;VALUE=DATE:${icsDate(on)}`,
		`DTEND;VALUE=DATE:${icsDate(addDays(on, 1))}`,
		`SUMMARY:${escapeText(summary)}`,
		`DESCRIPTION:${escapeText(`${description}\n\n${url.href}`)}`,
		`URL:${url.href}`,
		'TRANSP:TRANSPARENT',
		'BEGIN:VALARM',
		'ACTION:DISPLAY',
		`DESCRIPTION:${escapeText(summary)}`,
		'TRIGGER:PT9H',
		'END:VALARM',
		'END:VEVENT',
		'END:VCALENDAR',
	];
	return lines.map(foldLine).join('\r\n') + '\r\n';
}
