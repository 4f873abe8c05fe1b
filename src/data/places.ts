/**
 * What the country box and the language offer need from content/places.yaml and
 * content/country-languages.yaml, in the languages the site is published in.
 */
import { LANGS, type Lang } from '../i18n/lang';
import { buildLanguageTable, buildPlaceTable, type PlaceRow } from '../lib/places';
import { placeContent } from './load';

/** The places in a page's language (/<lang>/places.json). */
export async function placesIn(lang: Lang): Promise<PlaceRow[]> {
	return buildPlaceTable((await placeContent()).places, lang, LANGS);
}

/** Each country's published languages, for /countries.json. */
export async function countryLanguages(): Promise<Record<string, string[]>> {
	return buildLanguageTable((await placeContent()).countryLanguages, LANGS);
}
