import type { APIRoute } from 'astro';
import { placesIn } from '../../data/places';
import { onePerLanguage } from '../../data/static-paths';

export const getStaticPaths = () => onePerLanguage(() => ({}));

/**
 * The places readers may type into the country box instead of their country (Québec, Bavaria, Scotland),
 * named in the page's language and found by their names in every language of the site. Fetched when the
 * reader turns to the box, with the country table.
 */
export const GET: APIRoute = async ({ locals }) => Response.json(await placesIn(locals.lang));
