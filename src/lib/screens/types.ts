/** What a drawing is made of: the device, the layout and the rows; src/schemas/screen.ts checks the data. */
import type { z } from 'astro/zod';
import type { ScreenRowSchema } from '../../schemas/screen';

/** The device a screen is drawn on: a browser window, or one of the two phones. */
export type Device = 'desktop' | 'iphone' | 'android';

/**
 * What kind of screen it is, which decides the structure drawn around the rows:
 * - `home`: the home feed with LinkedIn's top bar (desktop: "Me" and your photo at the right; app: your
 *   photo at the top left). It has no rows of its own.
 * - `menu`: the home screen with a menu open: the Me dropdown on desktop, the side menu in the app.
 * - `sections`: the Settings page: its sections in a column on the left (desktop) or in a list (app).
 * - `page`: a page with a title and a list: Data privacy, the setting itself, the sign-in page.
 */
export type Layout = 'home' | 'menu' | 'sections' | 'page';

/**
 * One row, as the schema gives it once it has filled in the defaults (`count`, `lines`, `current`, `highlight`…).
 * Only `item`, `toggle`, `button`, `heading` and `link` carry words; src/schemas/screen.ts describes each kind.
 * A word is null where LinkedIn shows one but no source gives it in the drawing's language: a bar is drawn there.
 */
export type ScreenRow = z.output<typeof ScreenRowSchema>;

export interface ScreenDrawing {
	frame: Device;
	layout: Layout;
	/** The page's or app bar's title (`page`, and the heading of `sections`); null: drawn as a bar. */
	// `| undefined` so data parsed under exactOptionalPropertyTypes can be passed straight in.
	title?: string | null | undefined;
	/** Text in the browser's address bar (desktop and phone browsers only). */
	address?: string | undefined;
	/** The word under your photo in the desktop top bar, in the page's language; "Me" when not given; null: a bar. */
	me?: string | null | undefined;
	/** True when your profile photo (the Me icon) is the control to press. */
	highlightAvatar?: boolean | undefined;
	rows: ScreenRow[];
	alt: string;
}
