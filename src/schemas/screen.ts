import { z } from 'astro/zod';

/** One row of an illustrated screen: a menu item, a heading or a toggle. */
const ScreenRow = z.object({
	label: z.string().min(1),
	kind: z.enum(['item', 'heading', 'toggle', 'text']).default('item'),
	/** The control to press on this screen. */
	highlight: z.boolean().default(false),
	/** For toggles: the state drawn. */
	on: z.boolean().optional(),
});

/** What Astro's image() yields for a local image (tests stand in a plain object). */
export interface ScreenshotImage {
	src: string;
	width: number;
	height: number;
}

/**
 * An annotated illustration of one LinkedIn screen. None could be captured for this project; when a real
 * `screenshot` is added, it takes precedence over the drawing, with its own `screenshotAlt`.
 */
export const ScreenSchema = ({ image }: { image: () => z.ZodType<ScreenshotImage> }) =>
	z
		.object({
			id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
			frame: z.enum(['desktop', 'phone']),
			/** The title bar or page heading drawn at the top of the screen. */
			title: z.string().min(1),
			/** Text drawn in the address bar (desktop and mobile web only). */
			address: z.string().optional(),
			/** Where the profile picture is drawn, if at all. */
			avatar: z.enum(['none', 'top-left', 'top-right']).default('none'),
			/** True when the profile picture is the control to press on this screen. */
			highlightAvatar: z.boolean().default(false),
			rows: z.array(ScreenRow).min(1),
			/** What the picture shows, for people who cannot see it. */
			alt: z.string().min(20),
			screenshot: image().optional(),
			/** What the screenshot shows; the drawing's `alt` describes the drawing's highlight, which a screenshot may not have. */
			screenshotAlt: z.string().min(20).optional(),
		})
		.superRefine((screen, ctx) => {
			const highlighted = screen.rows.filter((row) => row.highlight).length + (screen.highlightAvatar ? 1 : 0);
			if (screen.highlightAvatar && screen.avatar === 'none') {
				ctx.addIssue({ code: 'custom', path: ['highlightAvatar'], message: 'cannot highlight a profile picture that is not drawn' });
			}
			if (screen.screenshot && !screen.screenshotAlt) {
				ctx.addIssue({ code: 'custom', path: ['screenshotAlt'], message: 'a screenshot needs its own alt text' });
			}
			if (highlighted !== 1) {
				ctx.addIssue({ code: 'custom', path: ['rows'], message: `a screen highlights exactly one control; found ${highlighted}` });
			}
		});

export type ScreenRowData = z.output<typeof ScreenRow>;
