/**
 * Country → region, and finding a country by what a reader types. Which region covers which country is
 * content (content/regions.yaml); the build turns it into a table (/countries.json) that the browser loads
 * only when it needs it, and every function here takes that table as an argument.
 */

import type { PlaceRow } from './places';

/** Where the build writes the table (src/pages/countries.json.ts). */
export const COUNTRY_TABLE_URL = '/countries.json';

/** What /countries.json holds. */
export interface CountryTable {
	/** Every ISO code → the id of the region whose rules apply there. */
	regions: Record<string, string>;
	/** IANA time zone → the ISO code of the country that mainly uses it. */
	zones: Record<string, string>;
	/** ISO code → the site languages many people there read, most read first (content/country-languages.yaml). */
	languages?: Record<string, readonly string[]>;
}

/** The part of a region entry the table is made from. */
export interface RegionCountries {
	id: string;
	countries: readonly string[];
	fallback: boolean;
}

/**
 * Builds the table from the regions, every ISO code (`ISO_3166_1_ALPHA2` in src/schemas/region.ts, passed
 * in so the browser never loads the list) and a time-zone list shaped like countries-and-timezones'
 * `getAllTimezones({ deprecated: true })` (deprecated names too: browsers still report Asia/Calcutta).
 * Throws on content mistakes, so the build fails rather than send a reader to the wrong rules.
 */
export function buildCountryTable(
	regions: readonly RegionCountries[],
	timezones: Readonly<Record<string, { countries: readonly string[] }>>,
	codes: readonly string[],
): CountryTable {
	const fallbacks = regions.filter((r) => r.fallback);
	if (fallbacks.length !== 1) throw new Error(`exactly one region must be the fallback; found ${fallbacks.length}`);
	const listed = new Map<string, string>();
	for (const region of regions) {
		for (const code of region.countries) {
			if (!codes.includes(code)) throw new Error(`region "${region.id}" lists "${code}", which is not an ISO 3166-1 alpha-2 code`);
			const other = listed.get(code);
			if (other) throw new Error(`"${code}" is listed by both "${other}" and "${region.id}"`);
			listed.set(code, region.id);
		}
	}
	const regionOf: Record<string, string> = {};
	for (const code of codes) regionOf[code] = listed.get(code) ?? fallbacks[0]!.id;
	const zones: Record<string, string> = {};
	for (const zone of Object.keys(timezones).sort()) {
		// The package lists the country that mainly uses a zone first: Europe/Zurich is CH before DE and LI.
		const country = timezones[zone]!.countries[0];
		if (country && Object.hasOwn(regionOf, country)) zones[zone] = country;
	}
	return { regions: regionOf, zones };
}

let loading: Promise<CountryTable> | undefined;

/** Fetches the table once per page; a failed fetch is forgotten, so the next call tries again. */
export function loadCountryTable(): Promise<CountryTable> {
	loading ??= fetch(COUNTRY_TABLE_URL).then(async (response) => {
		if (!response.ok) throw new Error(`${COUNTRY_TABLE_URL}: ${response.status}`);
		return (await response.json()) as CountryTable;
	});
	loading.catch(() => {
		loading = undefined;
	});
	return loading;
}

/** The region id for an ISO alpha-2 code (any case), or undefined for a code that is not a country. */
export function regionForCountry(code: string, table: CountryTable): string | undefined {
	const upper = code.trim().toUpperCase();
	return /^[A-Z]{2}$/.test(upper) && Object.hasOwn(table.regions, upper) ? table.regions[upper] : undefined;
}

/** The site languages read in a country (any case of code), most read first; none for a country not listed. */
export function languagesOf(code: string, table: CountryTable): readonly string[] {
	const upper = code.trim().toUpperCase();
	return table.languages && Object.hasOwn(table.languages, upper) ? table.languages[upper]! : [];
}

export interface Country {
	code: string;
	/** The name in the reader's first language; for a place within a country, the place's name in the page's language. */
	name: string;
	/** For a place within a country (Bavaria, Québec), the country's name; absent for a country. */
	within?: string;
	region: string;
	/** Every name it may be typed as (all the reader's languages, English, common short forms), normalised. */
	names: readonly string[];
	/** The site languages read there, most read first (only published ones). */
	languages: readonly string[];
}

/** Letters Unicode does not decompose into a base letter and an accent, written as readers type them without it. */
const PLAIN: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', æ: 'ae', œ: 'oe', ß: 'ss' };

/**
 * A name for comparing: no case, no accents, ß as ss, ł as l, no dots or apostrophes, any other punctuation
 * as a space ("Côte d’Ivoire" = "cote divoire", "U.S.A." = "usa", "Guinea-Bissau" = "guinea bissau",
 * "Małopolska" = "malopolska").
 */
export function normalizeName(name: string): string {
	return name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[łøđæœß]/g, (letter) => PLAIN[letter]!)
		.replace(/[.'’]/g, '')
		.replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
		.trim();
}

/** Names readers type that the runtime's own names may not include, whatever the browser's languages. */
const ALIASES: Record<string, readonly string[]> = {
	// England, Scotland, Wales, Northern Ireland and other places within a country are content (content/places.yaml).
	GB: ['UK', 'Britain', 'Great Britain', 'Großbritannien', 'Vereinigtes Königreich', 'Royaume-Uni', 'Reino Unido', 'Regno Unito'],
	US: ['USA', 'America', 'United States of America', 'Vereinigte Staaten', 'États-Unis', 'Estados Unidos', 'Stati Uniti'],
	HK: ['Hongkong'],
	CH: ['Schweiz', 'Suisse', 'Svizzera', 'Svizra', 'Suiza'],
	CA: ['Kanada'],
	DE: ['Deutschland', 'Allemagne', 'Alemania', 'Germania'],
	AT: ['Österreich', 'Autriche'],
	BE: ['Belgique', 'België', 'Belgien'],
	NL: ['Holland', 'Nederland', 'Niederlande', 'Pays-Bas'],
	FR: ['Frankreich'],
	ES: ['España', 'Spanien', 'Espagne'],
	IT: ['Italia', 'Italien', 'Italie'],
	CZ: ['Czech Republic'],
	TR: ['Turkey', 'Türkei', 'Turquie'],
};

/** The runtime's names of two letters or fewer look like codes ("RU" is Spanish for the UK, and Russia's code): left out. */
const isCodeLike = (name: string) => name.replace(/ /g, '').length <= 2;

/**
 * Every country with its region, named in the reader's first language that the runtime knows (English
 * otherwise) and sorted by that name, findable by its name in any of `languages` or in English; then the
 * places within countries (/<lang>/places.json), sorted by name, findable by their names in every
 * language the site is published in. A country comes before a place of the same name.
 */
export function listCountries(table: CountryTable, languages: readonly string[] = [], places: readonly PlaceRow[] = []): Country[] {
	const locales = [...new Set([...languages, 'en'])].filter((tag) => {
		try {
			return Intl.DisplayNames.supportedLocalesOf(tag).length > 0;
		} catch {
			return false; // not a well-formed language tag
		}
	});
	const first = locales[0] ?? 'en';
	const namer = (locale: string, style: 'long' | 'short') => new Intl.DisplayNames([locale], { type: 'region', style, fallback: 'none' });
	const shown = [namer(first, 'long'), namer('en', 'long')];
	// Long names ("Hong Kong SAR China") and short ones ("Hong Kong") in every language.
	const namers = locales.flatMap((locale) => [namer(locale, 'long'), namer(locale, 'short')]);
	const countries = Object.entries(table.regions)
		.map(([code, region]): Country => {
			const runtimeNames = namers
				.map((n) => n.of(code))
				.filter((name): name is string => Boolean(name))
				.map(normalizeName)
				.filter((name) => !isCodeLike(name));
			// Another name of the country itself (Hong Kong SAR) finds the country.
			const aliasNames = places.filter((p) => p.alias && p.country === code).flatMap((p) => p.names);
			const names = [...runtimeNames, ...[...(ALIASES[code] ?? []), ...aliasNames].map(normalizeName)];
			return { code, region, name: shown[0]!.of(code) ?? shown[1]!.of(code) ?? code, names: [...new Set(names)], languages: languagesOf(code, table) };
		})
		.sort((a, b) => a.name.localeCompare(b.name, first));
	const byCode = new Map(countries.map((c) => [c.code, c]));
	const within = places
		.filter((p) => !p.alias && byCode.has(p.country))
		.map((p): Country => {
			const country = byCode.get(p.country)!;
			return {
				code: p.country,
				name: p.name,
				within: country.name,
				region: country.region,
				names: [...new Set(p.names.map(normalizeName))],
				languages: p.languages ?? country.languages,
			};
		})
		.sort((a, b) => a.name.localeCompare(b.name, first));
	return [...countries, ...within];
}

/**
 * Finds a country by name (any of its names, ignoring case and accents) or, with `codes`, by its
 * two-letter code. While a reader is still typing (`codes: false`), a code is not yet a country ("is" on
 * the way to "Israel" must not pick Iceland), nor is a name that begins a longer name in another region
 * ("UK" on the way to "Ukraine", "America" on the way to "American Samoa").
 */
export function findCountry(input: string, countries: readonly Country[], { codes = true } = {}): Country | undefined {
	const wanted = normalizeName(input);
	if (!wanted) return undefined;
	const named = countries.find((c) => c.names.includes(wanted));
	if (named) {
		if (codes) return named;
		const longer = countries.some((c) => c.region !== named.region && c.names.some((n) => n.length > wanted.length && n.startsWith(wanted)));
		return longer ? undefined : named;
	}
	return codes && /^[a-z]{2}$/.test(wanted) ? countries.find((c) => c.code === wanted.toUpperCase()) : undefined;
}
