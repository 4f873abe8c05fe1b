import type { APIRoute } from 'astro';
import { onePerLanguage } from '../../data/static-paths';

export const getStaticPaths = () => onePerLanguage(() => ({}));

/** A comma-separated list from a translation file, lower-case, as search.js compares words. */
const wordList = (text: string) =>
	text
		.toLowerCase()
		.split(/[\s,]+/)
		.filter(Boolean);

/**
 * What src/scripts/search.js needs in words, fetched with the search code so pages do not carry it: the
 * small words search drops from a query ("my DMs" → "DMs") and the site's common words it drops when others
 * remain ("is my salary used for ai" → "salary"), lower-case, and the result list's wording.
 */
export const GET: APIRoute = ({ locals }) => {
	const { t, pick, locale } = locals.i18n;
	return Response.json({
		locale,
		skip: wordList(t('search.skipWords')),
		common: wordList(t('search.commonWords')),
		ui: pick('searchUi.'),
	});
};
