import type { APIRoute } from 'astro';
import { screenDrawings } from '../../../data/site';
import { renderScreenSvg, type ScreenDrawing } from '../../../lib/screen-svg';

/**
 * Each screen picture as a static SVG file, drawn from content/screens.yaml on the device of each platform
 * whose walkthrough shows it: /screens/iphone/app-feed.svg, /screens/android/app-feed.svg, …
 */
export async function getStaticPaths() {
	return (await screenDrawings()).map(({ device, id, drawing }) => ({ params: { device, id }, props: { drawing } }));
}

export const GET: APIRoute<{ drawing: ScreenDrawing }> = ({ props }) =>
	new Response(renderScreenSvg(props.drawing), { headers: { 'Content-Type': 'image/svg+xml' } });
