/** What a drawing is made of: the device, the layout and the rows; src/schemas/screen.ts checks the data. */

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
 * One row. Only `item`, `toggle`, `button`, `heading` and `link` carry words, and only words a source
 * documents; what no source documents is drawn as a text-shaped bar (`bar`, `text`, `field`, `profile`).
 */
export type ScreenRow =
	/** A menu entry or settings row; `value` is the state shown at its right, `current` the section open now. */
	| { kind: 'item'; label: string; value?: string | undefined; current?: boolean | undefined; highlight?: boolean | undefined }
	| { kind: 'toggle'; label: string; on: boolean; state?: string | undefined; highlight?: boolean | undefined }
	| { kind: 'button'; label: string; highlight?: boolean | undefined }
	| { kind: 'heading'; label: string }
	| { kind: 'link'; label: string }
	/** `count` rows whose labels no source gives. */
	| { kind: 'bar'; count?: number | undefined }
	/** A paragraph of `lines` lines no source quotes; `strong` for a question or heading in bold. */
	| { kind: 'text'; lines?: number | undefined; strong?: boolean | undefined }
	/** `count` empty input boxes. */
	| { kind: 'field'; count?: number | undefined }
	/** Your photo, name and headline, as at the top of a menu. */
	| { kind: 'profile' }
	| { kind: 'divider' };

export interface ScreenDrawing {
	frame: Device;
	layout: Layout;
	/** The page's or app bar's title (`page`, and the heading of `sections`). */
	// `| undefined` so data parsed under exactOptionalPropertyTypes can be passed straight in.
	title?: string | undefined;
	/** Text in the browser's address bar (desktop and phone browsers only). */
	address?: string | undefined;
	/** The word under your photo in the desktop top bar, in the page's language; "Me" when not given. */
	me?: string | undefined;
	/** True when your profile photo (the Me icon) is the control to press. */
	highlightAvatar?: boolean | undefined;
	rows: ScreenRow[];
	alt: string;
}
