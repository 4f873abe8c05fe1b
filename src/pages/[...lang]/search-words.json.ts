import type { APIRoute } from 'astro';
import { onePerLanguage } from '../../data/static-paths';

export const getStaticPaths = () => onePerLanguage(() => ({}));

/**
 * What src/scripts/search.js needs in words, fetched with the search code so pages do not carry it: the
 * small words search drops from a query ("my DMs" → "DMs"), lower-case, and the result list's wording.
 */
export const GET: APIRoute = ({ locals }) => {
	const { t, pick, locale } = locals.i18n;
	return Response.json({
		locale,
		skip: t('search.skipWords')
			.toLowerCase()
			.split(/[\s,]+/)
			.filter(Boolean),
		ui: pick('searchUi.'),
	});
};
