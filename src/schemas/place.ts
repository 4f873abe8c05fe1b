import { z } from 'astro/zod';
import { ISO_3166_1_ALPHA2 } from './region';

/**
 * A BCP 47 tag as the site writes its languages ("de", "zh-Hant"). Languages the site is not yet published
 * in may be written already: the build reads only the ones in LANGS (src/i18n/lang.ts).
 */
const LanguageTag = z
	.string()
	.regex(/^[a-z]{2,3}(?:-[A-Z][a-z]{3})?$/, 'a language tag as the site writes it, such as "de" or "zh-Hant"')
	.refine((tag) => {
		try {
			return Intl.getCanonicalLocales(tag)[0] === tag;
		} catch {
			return false;
		}
	}, 'not a canonical BCP 47 tag');

const IsoCode = z.string().refine((code) => ISO_3166_1_ALPHA2.includes(code), 'not an ISO 3166-1 alpha-2 code (two capitals, such as "DE")');

/** A name as readers type it; two letters only for an abbreviation that is no country's code (checked in tests). */
const PlaceName = z.string().trim().min(2);

/**
 * A place within a country that readers may type instead of the country (a province, state, nation,
 * canton, region, or the country under another name), for the chooser's country box.
 */
export const PlaceSchema = () =>
	z.object({
		id: z.string().regex(/^[a-z]+(-[a-z]+)*$/),
		/** The country it is in; its region follows from there (content/regions.yaml). */
		country: IsoCode,
		/**
		 * Another name of the country itself (Hong Kong SAR): the box then names the country alone, not
		 * "Hong Kong SAR (Hong Kong)".
		 */
		alias: z.boolean().default(false),
		/** Its names in each language, the usual one first (that one is shown); English is required. */
		names: z.record(LanguageTag, z.array(PlaceName).min(1)).refine((names) => Object.hasOwn(names, 'en'), 'give the English name ("en")'),
		/**
		 * Names that match whatever the page's language: abbreviations (QC, NRW, HKSAR) and the place's own
		 * names in languages the site is not published in (Cymru, Catalunya, Vlaanderen, 香港).
		 */
		also: z.array(PlaceName).default([]),
		/** The site languages read there, where they differ from its country's (content/country-languages.yaml). */
		languages: z.array(LanguageTag).min(1).optional(),
	});

/** The languages a country's people read that this site is (or will be) published in, most read first. */
export const CountryLanguagesSchema = () =>
	z.object({
		/** The country's ISO 3166-1 alpha-2 code. */
		id: IsoCode,
		languages: z.array(LanguageTag).min(1),
	});
