import type { APIRoute } from 'astro';
import { drawingOf, site } from '../../data/site';
import { renderScreenSvg } from '../../lib/screen-svg';

/** Each screen picture as a static SVG file, drawn from content/screens.yaml. */
export async function getStaticPaths() {
	const { screens } = await site();
	return [...screens.keys()].map((id) => ({ params: { id } }));
}

export const GET: APIRoute = async ({ params }) => {
	const { screens } = await site();
	const screen = screens.get(params.id ?? '');
	if (!screen) return new Response(null, { status: 404 });
	return new Response(renderScreenSvg(drawingOf(screen)), { headers: { 'Content-Type': 'image/svg+xml' } });
};
