import type { APIRoute } from 'astro';
import { getAllTimezones } from 'countries-and-timezones';
import { countryLanguages } from '../data/places';
import { regionCountries } from '../data/regions';
import { buildCountryTable } from '../lib/countries';
import { ISO_3166_1_ALPHA2 } from '../schemas/region';

/**
 * Every country's region, every time zone's country and every country's site languages, for the guide's
 * country box, its region hint and its offer of the page in the reader's languages.
 * A separate file, fetched only when needed, so guide pages do not carry it.
 */
export const GET: APIRoute = async () => {
	const table = buildCountryTable(await regionCountries(), getAllTimezones({ deprecated: true }), ISO_3166_1_ALPHA2);
	return Response.json({ ...table, languages: await countryLanguages() });
};
