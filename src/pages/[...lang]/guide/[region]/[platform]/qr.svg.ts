import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { guidePages } from '../../../../../data/guide';
import { qrCode } from '../../../../../lib/qr';

/**
 * Every guide page's own address (its canonical URL, from the configured `site`) as a QR code, in every
 * language, made at build time: a reader at a computer scans it to open the same region and device on
 * their phone. A file of its own rather than inline markup, so it costs the page's byte budget nothing and
 * phones, which never show it, never fetch it.
 */
export const getStaticPaths = guidePages;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props: { view } }) =>
	new Response(qrCode(view.url).svg, { headers: { 'Content-Type': 'image/svg+xml' } });
