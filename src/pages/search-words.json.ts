import type { APIRoute } from 'astro';
import { t } from '../i18n';

/**
 * The small words search drops from a query ("my DMs" → "DMs"), lower-case, for src/scripts/search.js.
 * A separate file, fetched with the search code, so pages do not carry it.
 */
export const GET: APIRoute = () =>
	new Response(
		JSON.stringify(
			t('search.skipWords')
				.toLowerCase()
				.split(/[\s,]+/)
				.filter(Boolean),
		),
		{
			headers: { 'Content-Type': 'application/json; charset=utf-8' },
		},
	);
