import type { APIRoute } from 'astro';
import { regionList } from '../../data/site';
import { pick } from '../../i18n';
import { everyLanguage } from '../../i18n/routes';

export const getStaticPaths = everyLanguage;

/**
 * The country box's words in the page's language, fetched when the box appears (src/components/guide/
 * CountryBox.tsx), so guide pages do not carry them: its sentences, and each region as it reads inside one.
 */
export const GET: APIRoute = async () =>
	new Response(
		JSON.stringify({
			words: pick('country.'),
			where: Object.fromEntries((await regionList()).map((r) => [r.id, r.data.inSentence])),
		}),
		{ headers: { 'Content-Type': 'application/json; charset=utf-8' } },
	);
