import type { APIRoute } from 'astro';
import { pick, t } from '../../i18n';
import { everyLanguage } from '../../i18n/routes';

export const getStaticPaths = everyLanguage;

/**
 * What src/scripts/search.js needs in words, fetched with the search code so pages do not carry it: the
 * small words search drops from a query ("my DMs" → "DMs"), lower-case, and the result list's wording.
 */
export const GET: APIRoute = () =>
	new Response(
		JSON.stringify({
			skip: t('search.skipWords')
				.toLowerCase()
				.split(/[\s,]+/)
				.filter(Boolean),
			ui: pick('searchUi.'),
		}),
		{ headers: { 'Content-Type': 'application/json; charset=utf-8' } },
	);
