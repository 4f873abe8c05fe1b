import type { APIRoute } from 'astro';
import { regionsInSentence } from '../../data/regions';
import { authorityLinks } from '../../data/rights';
import { onePerLanguage } from '../../data/static-paths';
import { LANGUAGE_NAME } from '../../i18n/lang';

export const getStaticPaths = () => onePerLanguage(() => ({}));

/**
 * The country box's words in the page's language, fetched when the box appears (src/components/chooser/
 * CountryBox.tsx), so guide pages do not carry them: its sentences, each region as it reads inside one,
 * each language's name in itself, for offering the page in the reader's languages, and where each region's
 * reader finds the authority to complain to.
 */
export const GET: APIRoute = async ({ locals }) =>
	Response.json({
		words: locals.i18n.pick('country.'),
		where: await regionsInSentence(locals.lang),
		languages: LANGUAGE_NAME,
		authorities: await authorityLinks(locals.lang),
	});
