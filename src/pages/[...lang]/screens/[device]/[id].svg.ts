import type { APIRoute } from 'astro';
import { screenDrawings } from '../../../../data/site';
import { inEveryLanguage } from '../../../../i18n/routes';
import { renderScreenSvg } from '../../../../lib/screens';

/**
 * Each screen picture as a static SVG file, drawn from content/screens.yaml on the device of each platform
 * whose walkthrough shows it: /screens/iphone/app-feed.svg, /screens/android/app-feed.svg, … and again
 * under /de/ and /fr/ with LinkedIn's labels in that language where they are documented.
 */
export async function getStaticPaths() {
	return inEveryLanguage((await screenDrawings()).map(({ device, id }) => ({ params: { device, id } })));
}

// Drawn as the file is written, so its labels are in the language of its address.
export const GET: APIRoute = async ({ params }) => {
	const found = (await screenDrawings()).find((d) => d.device === params['device'] && d.id === params['id']);
	if (!found) return new Response(null, { status: 404 });
	return new Response(renderScreenSvg(found.drawing), { headers: { 'Content-Type': 'image/svg+xml' } });
};
