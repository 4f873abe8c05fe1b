import type { APIRoute } from 'astro';
import { getAllTimezones } from 'countries-and-timezones';
import { regionCountries } from '../data/regions';
import { buildCountryTable } from '../lib/countries';
import { ISO_3166_1_ALPHA2 } from '../schemas/region';

/**
 * Every country's region and every time zone's country, for the guide's country box and region hint.
 * A separate file, fetched only when needed, so guide pages do not carry it.
 */
export const GET: APIRoute = async () => {
	return Response.json(buildCountryTable(await regionCountries(), getAllTimezones({ deprecated: true }), ISO_3166_1_ALPHA2));
};
