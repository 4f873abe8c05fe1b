import { regionForCountry, type CountryTable } from './countries';

/**
 * Guesses from what the browser says about itself. A guess is only ever shown as a suggestion the reader
 * confirms or changes: LinkedIn goes by profile location, which the browser cannot know.
 */

export type PlatformGuess = 'desktop' | 'ios' | 'android' | 'mobile-web';

/**
 * Guesses the platform from a user-agent string. A phone browser is reported as the app for its system,
 * because most phone readers use LinkedIn's app; the reader can switch to "mobile browser".
 */
export function guessPlatform(userAgent: string, maxTouchPoints = 0): PlatformGuess {
	const ua = userAgent.toLowerCase();
	if (/android/.test(ua)) return 'android';
	if (/iphone|ipad|ipod/.test(ua)) return 'ios';
	// iPadOS reports itself as a Mac; touch support gives it away.
	if (/macintosh/.test(ua) && maxTouchPoints > 1) return 'ios';
	if (/mobile/.test(ua)) return 'mobile-web';
	return 'desktop';
}

/**
 * Zones that name no place: UTC and its other names. Tor Browser, Mullvad Browser and Firefox with
 * resistFingerprinting report one of them together with "en-US", whatever the reader's own settings.
 */
const PLACELESS_ZONE = /^(?:Etc\/.+|UTC|UCT|GMT(?:[+-]?0)?|Greenwich|Universal|Zulu|Factory)$/;

/**
 * Guesses the reader's country (an ISO code) from the browser's time zone (a better hint of where someone
 * is than their language); for a zone that names no country (UTC, Etc/GMT+2), from the country in the
 * first language tag that has one (en-GB → GB). Under a placeless zone "en-US" says nothing: it is what
 * privacy-hardened browsers report, so it must not send their readers to the United States' rules.
 */
export function suggestCountry(hints: { timeZone?: string | undefined; languages?: readonly string[] }, table: CountryTable): string | undefined {
	const { timeZone, languages = [] } = hints;
	const zoneCountry = timeZone && Object.hasOwn(table.zones, timeZone) ? table.zones[timeZone] : undefined;
	if (zoneCountry && regionForCountry(zoneCountry, table)) return zoneCountry;
	const placeless = timeZone !== undefined && PLACELESS_ZONE.test(timeZone);
	for (const tag of languages) {
		if (placeless && /^en-US$/i.test(tag)) continue;
		const country = /^[a-z]{2,3}(?:-[A-Za-z]{4})?-([A-Za-z]{2})\b/.exec(tag)?.[1]?.toUpperCase();
		if (country && regionForCountry(country, table)) return country;
	}
	return undefined;
}

/** The region of the country `suggestCountry` guesses. */
export function suggestRegion(hints: { timeZone?: string | undefined; languages?: readonly string[] }, table: CountryTable): string | undefined {
	const country = suggestCountry(hints, table);
	return country ? regionForCountry(country, table) : undefined;
}
