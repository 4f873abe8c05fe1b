import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { screenPages } from '../../../../data/screens';
import { renderScreenSvg } from '../../../../lib/screens';

/**
 * Each screen picture as a static SVG file, drawn from content/screens.yaml on the device of each platform
 * whose walkthrough shows it: /screens/iphone/app-feed.svg, /screens/android/app-feed.svg, … and again
 * under each language with LinkedIn's labels in that language where they are documented.
 */
export const getStaticPaths = screenPages;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
	new Response(renderScreenSvg(props.drawing), { headers: { 'Content-Type': 'image/svg+xml' } });
