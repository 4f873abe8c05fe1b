import { z } from 'astro/zod';

/**
 * A word LinkedIn shows on the screen. Content always writes it out (in English, and only where a source
 * documents it), but a drawing in another language has it as null where no source gives that language's
 * word: src/lib/content-words.ts decides, and the drawing shows a bar in its place.
 */
const word = z
	.string()
	.min(1)
	.transform((text): string | null => text);
/** The control to press on this screen. */
const highlight = z.boolean().default(false);
const count = z.number().int().min(1).max(12);

/**
 * One row of a drawn screen. Rows with words (`item`, `toggle`, `button`, `heading`, `link`) may only carry
 * labels a source documents; everything else on the real screen is drawn as a neutral text-shaped bar:
 * `bar` for list rows, `text` for a paragraph, `field` for input boxes, `profile` for your photo and name.
 */
export const ScreenRowSchema = z.discriminatedUnion('kind', [
	/** A menu entry or settings row. */
	z.object({
		kind: z.literal('item'),
		label: word,
		/** The state the row shows at its right, such as "On". */
		value: word.optional(),
		/** The section that is open now (drawn with a stripe), such as the first one on the Settings page. */
		current: z.boolean().default(false),
		highlight,
	}),
	z.object({
		kind: z.literal('toggle'),
		label: word,
		/** The state drawn. */
		on: z.boolean(),
		/** The state's word as LinkedIn writes it in the page's language; "On" or "Off" when not given. */
		state: word.optional(),
		highlight,
	}),
	z.object({ kind: z.literal('button'), label: word, highlight }),
	z.object({ kind: z.literal('heading'), label: word }),
	z.object({ kind: z.literal('link'), label: word }),
	/** `count` rows whose labels no source gives. */
	z.object({ kind: z.literal('bar'), count: count.default(1) }),
	/** A paragraph no source quotes, `lines` lines long; `strong` for a bold question or heading. */
	z.object({ kind: z.literal('text'), lines: count.default(2), strong: z.boolean().default(false) }),
	/** `count` empty input boxes. */
	z.object({ kind: z.literal('field'), count: count.default(1) }),
	/** Your photo, name and headline, as at the top of a menu. */
	z.object({ kind: z.literal('profile') }),
	z.object({ kind: z.literal('divider') }),
]);

/** What Astro's image() yields for a local image (tests stand in a plain object). */
export interface ScreenshotImage {
	src: string;
	width: number;
	height: number;
}

/**
 * A schematic drawing of one LinkedIn screen. None could be captured for this project; when a real
 * `screenshot` is added, it takes precedence over the drawing, with its own `screenshotAlt`. A `phone`
 * screen is drawn on an iPhone or an Android phone, whichever the platform showing it uses (its `frame` in
 * content/platforms.yaml).
 */
export const ScreenSchema = ({ image }: { image: () => z.ZodType<ScreenshotImage> }) =>
	z
		.object({
			id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
			frame: z.enum(['desktop', 'phone']),
			/** The structure around the rows: see `Layout` in src/lib/screens/types.ts. */
			layout: z.enum(['home', 'menu', 'sections', 'page']),
			/** The page's or app bar's title (for `page` and `sections`). */
			title: word.optional(),
			/** Text drawn in the browser's address bar (desktop and phone browsers only). */
			address: z.string().optional(),
			/** True when your profile photo (the Me icon) is the control to press; only on a `home` screen. */
			highlightAvatar: z.boolean().default(false),
			/** The word LinkedIn's desktop top bar shows under your photo ("Me"; «Sie» in German, «Vous» in French). */
			me: word.default('Me'),
			rows: z.array(ScreenRowSchema).default([]),
			/** What the picture shows, for people who cannot see it; it names the highlighted control. */
			alt: z.string().min(20),
			screenshot: image().optional(),
			/** What the screenshot shows; the drawing's `alt` describes the drawing's highlight, which a screenshot may not have. */
			screenshotAlt: z.string().min(20).optional(),
		})
		.superRefine((screen, ctx) => {
			const highlighted = screen.rows.filter((row) => 'highlight' in row && row.highlight).length + (screen.highlightAvatar ? 1 : 0);
			if (screen.highlightAvatar && screen.layout !== 'home') {
				ctx.addIssue({ code: 'custom', path: ['highlightAvatar'], message: 'your photo is drawn to be pressed only on a "home" screen' });
			}
			if ((screen.layout === 'page' || screen.layout === 'sections') && !screen.title) {
				ctx.addIssue({ code: 'custom', path: ['title'], message: `a "${screen.layout}" screen needs a title` });
			}
			if (screen.layout === 'home' && screen.rows.length > 0) {
				ctx.addIssue({ code: 'custom', path: ['rows'], message: 'a "home" screen draws no rows' });
			}
			if (screen.screenshot && !screen.screenshotAlt) {
				ctx.addIssue({ code: 'custom', path: ['screenshotAlt'], message: 'a screenshot needs its own alt text' });
			}
			if (highlighted !== 1) {
				ctx.addIssue({ code: 'custom', path: ['rows'], message: `a screen highlights exactly one control; found ${highlighted}` });
			}
		});

export type ScreenRowData = z.output<typeof ScreenRowSchema>;
