import type { APIRoute } from 'astro';
import { guidePairs, guideView } from '../../../../data/site';

/** The same walkthrough as the page, as JSON, for the island to switch guides without a reload. */
export const getStaticPaths = guidePairs;

export const GET: APIRoute = async ({ params }) =>
	new Response(JSON.stringify(await guideView(params.region ?? '', params.platform ?? '')), {
		headers: { 'Content-Type': 'application/json' },
	});
