import { FALLBACK_REGION, regionForCountry } from './countries';

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

/** Time zones that place a reader in a region other than "everywhere else", by IANA prefix or exact name. */
const ZONE_REGIONS: [RegExp, string][] = [
	[/^Europe\/(London|Belfast)$/, 'uk'],
	[/^Europe\/(Zurich)$/, 'switzerland'],
	[/^Asia\/Hong_Kong$/, 'hong-kong'],
	[/^America\/(Toronto|Vancouver|Montreal|Edmonton|Winnipeg|Halifax|St_Johns|Regina|Moncton|Whitehorse|Yellowknife|Iqaluit|Dawson|Glace_Bay|Goose_Bay|Cambridge_Bay|Rankin_Inlet|Resolute|Swift_Current)$/, 'canada'],
	[/^(America\/(New_York|Chicago|Denver|Los_Angeles|Phoenix|Anchorage|Detroit|Boise|Indiana\/.+|Kentucky\/.+|North_Dakota\/.+|Juneau|Sitka|Nome|Adak|Menominee|Metlakatla|Yakutat)|Pacific\/Honolulu)$/, 'us'],
	[
		/^(Europe\/(Amsterdam|Athens|Berlin|Bratislava|Brussels|Bucharest|Budapest|Copenhagen|Dublin|Helsinki|Lisbon|Ljubljana|Luxembourg|Madrid|Malta|Oslo|Paris|Prague|Riga|Rome|Sofia|Stockholm|Tallinn|Vaduz|Vienna|Vilnius|Warsaw|Zagreb|Nicosia|Mariehamn|Busingen)|Atlantic\/(Reykjavik|Canary|Madeira|Azores)|Asia\/Nicosia|Asia\/Famagusta)$/,
		'eu-eea',
	],
];

/**
 * Suggests a region from the browser's time zone (a better hint of where someone is than their language),
 * falling back to the country in the first language tag that has one (en-GB → United Kingdom).
 */
export function suggestRegion(hints: { timeZone?: string | undefined; languages?: readonly string[] }): string | undefined {
	const { timeZone, languages = [] } = hints;
	if (timeZone && /^[A-Za-z]+\/[A-Za-z_\/+-]+$/.test(timeZone)) {
		for (const [pattern, region] of ZONE_REGIONS) if (pattern.test(timeZone)) return region;
		return FALLBACK_REGION;
	}
	for (const tag of languages) {
		const country = /^[a-z]{2,3}(?:-[A-Za-z]{4})?-([A-Za-z]{2})\b/.exec(tag)?.[1];
		const region = country ? regionForCountry(country) : undefined;
		if (region) return region;
	}
	return undefined;
}
