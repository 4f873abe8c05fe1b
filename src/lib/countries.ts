/**
 * Every ISO 3166-1 alpha-2 country and territory, and the region whose LinkedIn rules apply to a member
 * whose profile location is there. One table, so the mapping is tested in one place.
 */

/** The officially assigned ISO 3166-1 alpha-2 codes (249). */
export const ISO_3166_1_ALPHA2 = (
	'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW ' +
	'BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI ' +
	'FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN ' +
	'IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME ' +
	'MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF ' +
	'PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV ' +
	'SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE ' +
	'YT ZA ZM ZW'
).split(' ');

/** The 27 member states of the European Union. */
export const EU_MEMBER_STATES = 'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK'.split(' ');

/** EEA members outside the EU. */
export const EEA_NON_EU = ['IS', 'LI', 'NO'];

/**
 * Territories with their own ISO code that are legally part of an EU member state (France's outermost
 * regions, Saint-Martin, and Finland's Åland), so EU law applies there.
 */
export const EU_TERRITORIES = ['AX', 'GF', 'GP', 'MF', 'MQ', 'RE', 'YT'];

const SINGLE_COUNTRY_REGIONS: Record<string, string> = {
	US: 'us',
	CA: 'canada',
	CH: 'switzerland',
	GB: 'uk',
	HK: 'hong-kong',
};

/** Region used for any country not named above. */
export const FALLBACK_REGION = 'other';

/** The region id for an ISO alpha-2 code, or undefined for a code that is not a country. */
export function regionForCountry(code: string): string | undefined {
	const upper = code.trim().toUpperCase();
	if (!ISO_3166_1_ALPHA2.includes(upper)) return undefined;
	if (SINGLE_COUNTRY_REGIONS[upper]) return SINGLE_COUNTRY_REGIONS[upper];
	if ([...EU_MEMBER_STATES, ...EEA_NON_EU, ...EU_TERRITORIES].includes(upper)) return 'eu-eea';
	return FALLBACK_REGION;
}

export interface Country {
	code: string;
	name: string;
	region: string;
}

/** All countries with English names, sorted by name. Names come from the runtime's own ICU data. */
export function listCountries(locale = 'en'): Country[] {
	const names = new Intl.DisplayNames([locale], { type: 'region' });
	return ISO_3166_1_ALPHA2.map((code) => ({
		code,
		name: names.of(code) ?? code,
		region: regionForCountry(code) ?? FALLBACK_REGION,
	})).sort((a, b) => a.name.localeCompare(b.name, locale));
}

/** Names readers type that differ from the runtime's English names (keys in lower case). */
const ALIASES: Record<string, string> = {
	uk: 'GB',
	'u.k.': 'GB',
	britain: 'GB',
	'great britain': 'GB',
	england: 'GB',
	scotland: 'GB',
	wales: 'GB',
	'northern ireland': 'GB',
	usa: 'US',
	'u.s.': 'US',
	'u.s.a.': 'US',
	america: 'US',
	'united states of america': 'US',
	'hong kong': 'HK',
	holland: 'NL',
	'czech republic': 'CZ',
	turkey: 'TR',
	deutschland: 'DE',
	'españa': 'ES',
	italia: 'IT',
	nederland: 'NL',
	'österreich': 'AT',
	schweiz: 'CH',
	suisse: 'CH',
	svizzera: 'CH',
};

/**
 * Finds a country by name (any case), a common alternative name, or, with `codes`, its two-letter code.
 * Codes are off while a reader is still typing: "is" on the way to "Israel" must not pick Iceland.
 */
export function findCountry(input: string, countries: readonly Country[], { codes = true } = {}): Country | undefined {
	const wanted = input.trim().toLocaleLowerCase();
	if (!wanted) return undefined;
	const code = ALIASES[wanted] ?? (codes ? wanted.toUpperCase() : undefined);
	return countries.find((c) => c.name.toLocaleLowerCase() === wanted || c.code === code);
}
