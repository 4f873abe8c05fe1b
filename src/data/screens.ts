/** Step pictures: each screen drawn on the device of each platform whose walkthrough shows it, or a real screenshot. */
import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import type { CollectionEntry } from 'astro:content';
import { paths } from '../lib/paths';
import { screenSize, type Device, type ScreenDrawing } from '../lib/screens';
import { SCREENSHOT_MAX_WIDTH, type Picture } from '../lib/views';
import { contentIn, fileOf, resolveRef, type Content } from './load';
import { inEveryLanguage } from './static-paths';

/** Fails unless a screen suits the device it is drawn on: desktop screens in a browser window, phone screens on a phone. */
export function checkDevice(screen: CollectionEntry<'screens'>, device: Device, where: string): void {
	if ((screen.data.frame === 'desktop') !== (device === 'desktop')) {
		throw new Error(`${where} shows the ${screen.data.frame} screen "${screen.id}" on a platform drawn as ${device}`);
	}
}

/** Screen data as the drawing code takes it, on the platform's device. */
export function drawingOf(screen: CollectionEntry<'screens'>, device: Device): ScreenDrawing {
	const { layout, title, address, highlightAvatar, me, rows, alt } = screen.data;
	return { frame: device, layout, title, address, highlightAvatar, me, rows, alt };
}

/** Every drawing some walkthrough shows: each step's screen on the device of each of its platforms. */
export function screenDrawings(content: Content): { device: Device; id: string; drawing: ScreenDrawing }[] {
	const seen = new Map<string, { device: Device; id: string; drawing: ScreenDrawing }>();
	for (const w of content.walkthroughs) {
		const file = fileOf(w, 'walkthroughs');
		for (const platform of w.data.platforms) {
			const device = resolveRef(content.platforms, platform, `${file}: platforms`).data.frame;
			w.data.steps.forEach((step, i) => {
				const screen = resolveRef(content.screens, step.screen, `${file}: steps[${i}].screen`);
				checkDevice(screen, device, `${file}: steps[${i}].screen`);
				seen.set(`${device}/${screen.id}`, { device, id: screen.id, drawing: drawingOf(screen, device) });
			});
		}
	}
	return [...seen.values()];
}

/** A step's picture: a real screenshot when content/screens.yaml has one (resized and re-encoded), else the drawing. */
export async function pictureOf(content: Content, screen: CollectionEntry<'screens'>, device: Device): Promise<Picture> {
	const { screenshot, screenshotAlt, alt, frame } = screen.data;
	if (screenshot && screenshotAlt) {
		// The schema's image() is Astro's, so this is the full ImageMetadata that getImage wants.
		const image = await getImage({ src: screenshot as ImageMetadata, width: Math.min(screenshot.width, SCREENSHOT_MAX_WIDTH), format: 'webp' });
		return {
			src: image.src,
			alt: screenshotAlt,
			width: Number(image.attributes['width']),
			height: Number(image.attributes['height']),
			kind: 'screenshot',
			frame,
		};
	}
	return { src: paths.screen(content.lang, device, screen.id), alt, ...screenSize(drawingOf(screen, device)), kind: 'drawing', frame };
}

/** Every drawing in every language, each at its own address (src/pages/[...lang]/screens/). */
export const screenPages = () =>
	inEveryLanguage(async (lang) => screenDrawings(await contentIn(lang)).map(({ device, id, drawing }) => ({ params: { device, id }, props: { drawing } })));
