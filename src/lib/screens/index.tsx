/**
 * Draws a schematic picture of one LinkedIn screen as a standalone SVG file. Real screenshots could not be
 * captured for this project, and LinkedIn's brand policy forbids imitating its look, so these drawings keep
 * the real screen's structure, positions and order in the site's own colours and system font, write out only
 * labels that sources document, draw everything else as neutral text-shaped bars, and ring the one control to
 * press. Text comes from content data; Preact's renderer escapes it, and `xmlSafe` drops what XML cannot hold
 * at all. Pure: no Astro, no DOM, no I/O.
 */
import { renderToString } from 'preact-render-to-string';
import { BrowserChrome, desktop } from './desktop';
import { metricsOf } from './metrics';
import { BEZEL, DeviceBottom, phone, radius, StatusBar } from './phone';
import { barLengths } from './primitives';
import { colours, STYLE, type DrawingScheme } from './style';
import { xmlSafe } from './text';
import type { ScreenDrawing } from './types';

export type { Device, Layout, ScreenDrawing, ScreenRow } from './types';
export { METRICS, metricsOf } from './metrics';
export type { DrawingScheme } from './style';
export { textWidth, wrap, xmlSafe } from './text';

/** The picture's size in CSS pixels, for the <img> width and height. */
export function screenSize(drawing: ScreenDrawing): { width: number; height: number } {
	const draw = drawing.frame === 'desktop' ? desktop : phone;
	return { width: metricsOf(drawing.frame).width, height: draw(drawing, barLengths()).height };
}

/** The complete SVG document for one screen. Same input, same output. */
export function renderScreenSvg(drawing: ScreenDrawing, scheme: DrawingScheme = 'auto'): string {
	const width = metricsOf(drawing.frame).width;
	const { height, body } = (drawing.frame === 'desktop' ? desktop : phone)(drawing, barLengths());
	const alt = xmlSafe(drawing.alt);
	const frame =
		drawing.frame === 'desktop' ? (
			<rect class="bg" x="1" y="1" width={width - 2} height={height - 2} rx="10" stroke="var(--frame)" stroke-width="2" />
		) : (
			<>
				<rect class="f" x="1" y="1" width={width - 2} height={height - 2} rx={radius(drawing.frame)} />
				<rect class="bg" x={BEZEL} y={BEZEL} width={width - 2 * BEZEL} height={height - 2 * BEZEL} rx={radius(drawing.frame) - BEZEL} />
			</>
		);
	// The renderer escapes <, & and " but not >, and "]]>" may not appear in XML text (browsers then reject
	// the whole file). Written as "]]&gt;" it reads the same in text and in attribute values.
	const svg = renderToString(
		<svg xmlns="http://www.w3.org/2000/svg" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={alt}>
			<title>{alt}</title>
			{/* Constants written here, not content: nothing in them needs escaping, and escaping would change them. */}
			<style dangerouslySetInnerHTML={{ __html: colours(scheme) + STYLE }} />
			{frame}
			{drawing.frame === 'desktop' ? (
				<>
					{body}
					<BrowserChrome address={drawing.address} />
				</>
			) : (
				<>
					<StatusBar device={drawing.frame} />
					{body}
					<DeviceBottom device={drawing.frame} height={height} />
				</>
			)}
		</svg>,
	);
	return svg.replaceAll(']]>', ']]&gt;');
}
