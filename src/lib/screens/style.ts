/** The drawing's stylesheet: colours from the site's palette, and the classes the shapes and texts use. */
import { PALETTE, type Scheme } from '../../styles/palette';

/** The drawing's own variables, from the site's palette (tests/unit/contrast.test.ts checks the pairs). */
const drawingColours = (scheme: Scheme) => {
	const c = PALETTE[scheme];
	return `--bg:${c.page};--panel:${c.surface};--ink:${c.ink};--muted:${c.muted};--line:${c.line};--frame:${c.frame};--on:${c.good};--off:${c.off};--mark:${c.mark};--link:${c.accent}`;
};
/** `auto` follows the reader's colour scheme; `light` and `dark` fix one (for tests and previews). */
export type DrawingScheme = Scheme | 'auto';
export const colours = (scheme: DrawingScheme) =>
	scheme === 'auto'
		? `:root{${drawingColours('light')}}@media (prefers-color-scheme:dark){:root{${drawingColours('dark')}}}`
		: `:root{${drawingColours(scheme)}}`;
/**
 * The stylesheet. Its classes are one or two letters because nearly every shape carries one; tests select on them.
 * Text:
 *   .m   muted: an item's value, the address
 *   .b   bold
 *   .a   a link: link colour, bold
 *   .w   on an ink button: page colour, bold
 * Fills:
 *   .bg  the page colour: the screen, a menu over it, a switch's knob
 *   .p   the panel colour: the browser's strip, search and address fields, a photo's disc, a post's picture
 *   .i   ink: a button, the current row's stripe, status icons, the home indicator
 *   .f   the frame colour: the phone's body, the island or camera, the browser's dots, the menu's drop shade, a dimmed screen, a bold placeholder
 *   .n   the line colour: placeholder bars, the logo's square
 *   .mu  muted: a photo's silhouette (.m is the same colour, for text)
 * Strokes:
 *   .k   a keyline: separators, card edges
 *   .ic  a line icon: muted, round ends
 *   .hl  the ring around the control to press
 *   .hh  the ring's soft halo
 * Not styled, there for tests to find: .av a profile photo, .sw a switch's track, .knob its knob; the ring also has data-highlight.
 */
// Font sizes are attributes on each <text>, not CSS, so a test can read them; nothing here sets one.
export const STYLE =
	'text{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;fill:var(--ink)}' +
	'.m{fill:var(--muted)}.b{font-weight:700}.a{fill:var(--link);font-weight:700}.w{fill:var(--bg);font-weight:700}' +
	'.bg{fill:var(--bg)}.p{fill:var(--panel)}.i{fill:var(--ink)}.f{fill:var(--frame)}.n{fill:var(--line)}.mu{fill:var(--muted)}' +
	'.k{stroke:var(--line);fill:none}.ic{stroke:var(--muted);stroke-width:2;fill:none;stroke-linecap:round;stroke-linejoin:round}' +
	'.hl{stroke:var(--mark);stroke-width:4;fill:none}.hh{stroke:var(--mark);stroke-width:12;fill:none;opacity:.25}';
