/**
 * Country → region, and finding a country by what a reader types. Which region covers which country is
 * content (content/regions.yaml); the build turns it into a table (/countries.json) that the browser loads
 * only when it needs it, and every function here takes that table as an argument.
 */

/** Where the build writes the table (src/pages/countries.json.ts). */
export const COUNTRY_TABLE_URL = '/countries.json';

/** What /countries.json holds. */
export interface CountryTable {
	/** Every ISO code → the id of the region whose rules apply there. */
	regions: Record<string, string>;
	/** IANA time zone → the ISO code of the country that mainly uses it. */
	zones: Record<string, string>;
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

export interface Country {
	code: string;
	/** The name in the reader's first language. */
	name: string;
	region: string;
	/** Every name it may be typed as (all the reader's languages, English, common short forms), normalised. */
	names: readonly string[];
}

/**
 * A name for comparing: no case, no accents, ß as ss, no dots or apostrophes, any other punctuation as a
 * space ("Côte d’Ivoire" = "cote divoire", "U.S.A." = "usa", "Guinea-Bissau" = "guinea bissau").
 */
export function normalizeName(name: string): string {
	return name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/ß/g, 'ss')
		.replace(/[.'’]/g, '')
		.replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
		.trim();
}

/** Names readers type that the runtime's own names may not include, whatever the browser's languages. */
const ALIASES: Record<string, readonly string[]> = {
	GB: [
		'UK',
		'Britain',
		'Great Britain',
		'England',
		'Scotland',
		'Wales',
		'Northern Ireland',
		'Großbritannien',
		'Vereinigtes Königreich',
		'Royaume-Uni',
		'Reino Unido',
		'Regno Unito',
	],
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
 * otherwise) and sorted by that name, findable by its name in any of `languages` or in English.
 */
export function listCountries(table: CountryTable, languages: readonly string[] = []): Country[] {
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
	return Object.entries(table.regions)
		.map(([code, region]) => {
			const runtimeNames = namers
				.map((n) => n.of(code))
				.filter((name): name is string => Boolean(name))
				.map(normalizeName)
				.filter((name) => !isCodeLike(name));
			const names = [...runtimeNames, ...(ALIASES[code] ?? []).map(normalizeName)];
			return { code, region, name: shown[0]!.of(code) ?? shown[1]!.of(code) ?? code, names: [...new Set(names)] };
		})
		.sort((a, b) => a.name.localeCompare(b.name, first));
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
