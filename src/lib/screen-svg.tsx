/**
 * Draws a schematic picture of one LinkedIn screen as a standalone SVG file. Real screenshots could not be
 * captured for this project, and LinkedIn's brand policy forbids imitating its look, so these drawings keep
 * the real screen's structure, positions and order in the site's own colours and system font, write out only
 * labels that sources document, draw everything else as neutral text-shaped bars, and ring the one control to
 * press. Text comes from content data; Preact's renderer escapes it, and `xmlSafe` drops what XML cannot hold
 * at all. Pure: no Astro, no DOM, no I/O.
 */
import type { ComponentChildren } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { PALETTE, type Scheme } from '../styles/palette';

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

interface Box {
	x: number;
	y: number;
	w: number;
	h: number;
}

/** Sizes, in the drawing's own units, of one kind of device. */
interface Metrics {
	width: number;
	/** Row labels. */
	text: number;
	/** The smallest text: status bar, address bar, state words. */
	small: number;
	heading: number;
	title: number;
	/** Height of a one-line row. */
	row: number;
}

/**
 * Widths and font sizes. Pictures are shown at most 448 px (desktop) and 288 px (phone) wide and may shrink
 * to 320 px on a phone; at 320 px the smallest text is `small × 320 / width` px: 12.4 on desktop and 14 on a
 * phone (12.6 at a phone's 288 px). tests/unit/screen-svg.test.ts checks every text of every screen.
 */
export const METRICS: Record<'desktop' | 'phone', Metrics> = {
	desktop: { width: 440, text: 17, small: 17, heading: 18, title: 20, row: 42 },
	phone: { width: 320, text: 16, small: 14, heading: 17, title: 19, row: 48 },
};
export const metricsOf = (device: Device): Metrics => METRICS[device === 'desktop' ? 'desktop' : 'phone'];

/** Average glyph width of a system sans-serif, as a share of the font size; used to shorten long labels. */
const GLYPH = 0.56;
/** Bold is wider. */
const BOLD = 0.62;

const leading = (size: number) => Math.round(size * 1.3);

/**
 * Drops the characters XML 1.0 cannot hold, which no escaping can save: control characters other than
 * tab and line breaks, U+FFFE and U+FFFF; a lone surrogate becomes U+FFFD.
 */
export function xmlSafe(text: string): string {
	// eslint-disable-next-line no-control-regex -- matching control characters is the point
	return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '').replace(/\p{Cs}/gu, '\uFFFD');
}

/** Shortens a label to fit a width, with an ellipsis. Counts code points so emoji are never split. */
export function fit(text: string, width: number, size: number, glyph = GLYPH): string {
	const chars = Array.from(text.trim().replace(/\s+/g, ' '));
	const max = Math.max(4, Math.floor(width / (size * glyph)));
	if (chars.length <= max) return chars.join('');
	const cut = chars
		.slice(0, max - 1)
		.join('')
		.trimEnd();
	return `${cut}…`;
}

/** Splits a label into lines that fit a width, at most `maxLines`; the last line is shortened if needed. */
export function wrap(text: string, width: number, size: number, maxLines = 3, glyph = GLYPH): string[] {
	const max = Math.max(4, Math.floor(width / (size * glyph)));
	const lines: string[] = [];
	let line = '';
	for (const word of text.trim().split(/\s+/)) {
		const next = line ? `${line} ${word}` : word;
		if (Array.from(next).length <= max || !line) line = next;
		else {
			lines.push(line);
			line = word;
		}
	}
	if (line) lines.push(line);
	if (lines.length > maxLines) lines.splice(maxLines - 1, lines.length, `${lines[maxLines - 1]} ${lines.slice(maxLines).join(' ')}`);
	return lines.map((l) => fit(l, width, size, glyph));
}

/** The drawing's own variables, from the site's palette (tests/unit/contrast.test.ts checks the pairs). */
const drawingColours = (scheme: Scheme) => {
	const c = PALETTE[scheme];
	return `--bg:${c.page};--panel:${c.surface};--ink:${c.ink};--muted:${c.muted};--line:${c.line};--frame:${c.frame};--on:${c.good};--off:${c.off};--mark:${c.focus};--link:${c.accent}`;
};
/** `auto` follows the reader's colour scheme; `light` and `dark` fix one (for tests and previews). */
export type DrawingScheme = Scheme | 'auto';
const colours = (scheme: DrawingScheme) =>
	scheme === 'auto'
		? `:root{${drawingColours('light')}}@media (prefers-color-scheme:dark){:root{${drawingColours('dark')}}}`
		: `:root{${drawingColours(scheme)}}`;
// Font sizes are attributes on each <text>, not CSS, so a test can read them; nothing here sets one.
const STYLE =
	'text{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;fill:var(--ink)}' +
	'.m{fill:var(--muted)}.b{font-weight:700}.a{fill:var(--link);font-weight:700}.w{fill:var(--bg);font-weight:700}' +
	'.bg{fill:var(--bg)}.p{fill:var(--panel)}.i{fill:var(--ink)}.f{fill:var(--frame)}.n{fill:var(--line)}.mu{fill:var(--muted)}' +
	'.k{stroke:var(--line);fill:none}.ic{stroke:var(--muted);stroke-width:2;fill:none;stroke-linecap:round;stroke-linejoin:round}' +
	'.hl{stroke:var(--mark);stroke-width:4;fill:none}.hh{stroke:var(--mark);stroke-width:12;fill:none;opacity:.25}';

/** One line of text; an empty class or anchor is left out rather than written empty. */
function Text({
	x,
	y,
	size,
	cls,
	anchor,
	children,
}: {
	x: number;
	y: number;
	size: number;
	cls?: string | undefined;
	anchor?: 'end' | 'middle' | undefined;
	children: string;
}) {
	return (
		<text x={x} y={y} font-size={size} class={cls || undefined} text-anchor={anchor}>
			{xmlSafe(children)}
		</text>
	);
}

/** Lines of text one under the other; `baseline` is the first line's. */
function Lines({ x, baseline, lines, size, cls }: { x: number; baseline: number; lines: string[]; size: number; cls?: string | undefined }) {
	return (
		<>
			{lines.map((line, i) => (
				<Text x={x} y={baseline + i * leading(size)} size={size} cls={cls}>
					{line}
				</Text>
			))}
		</>
	);
}

/** Baseline of the first line so that a block of lines sits centred on `middle`. */
const firstBaseline = (middle: number, count: number, size: number) => middle + Math.round(size * 0.35) - ((count - 1) * leading(size)) / 2;

/** A text-shaped placeholder: a rounded bar. `strong` is darker, for a name or a bold line. */
function Bar({ x, y, w, h = 10, strong = false }: { x: number; y: number; w: number; h?: number; strong?: boolean }) {
	return <rect class={strong ? 'f' : 'n'} x={x} y={y} width={Math.round(w)} height={h} rx={h / 2} />;
}

/** Lengths of successive placeholder bars, so they read as text of varied length. Same sequence every time. */
function barLengths() {
	const shares = [0.62, 0.44, 0.78, 0.53, 0.7, 0.4, 0.66, 0.5];
	let i = 0;
	return (width: number) => width * shares[i++ % shares.length]!;
}
type Lengths = ReturnType<typeof barLengths>;

/**
 * The one mark on each screen: a thick ring in the site's highlight colour around the control, with a soft
 * halo, so it cannot be missed and never looks like part of LinkedIn's screen (nothing else is drawn in it).
 */
function Ring({ box, round }: { box: Box; round: number }) {
	const pad = 5;
	const r = { x: box.x - pad, y: box.y - pad, width: box.w + 2 * pad, height: box.h + 2 * pad, rx: round + pad };
	return (
		<>
			<rect class="hh" {...r} />
			<rect class="hl" {...r} data-highlight="true" />
		</>
	);
}

/** A round profile photo with a head-and-shoulders silhouette. */
function Avatar({ cx, cy, r }: { cx: number; cy: number; r: number }) {
	return (
		<>
			<circle class="p av" cx={cx} cy={cy} r={r} stroke="var(--frame)" stroke-width="1.5" />
			<circle class="mu" cx={cx} cy={cy - r * 0.28} r={r * 0.36} />
			<path class="mu" d={`M${cx - r * 0.6} ${cy + r * 0.66}a${r * 0.6} ${r * 0.48} 0 0 1 ${r * 1.2} 0z`} />
		</>
	);
}

/** Small generic line icons, centred on (x, y), about 20 units across. None is LinkedIn's own artwork. */
const ICONS = {
	home: (x: number, y: number) => `M${x - 9} ${y - 1}l9-8 9 8M${x - 6} ${y - 3}v11h12v-11`,
	people: (x: number, y: number) =>
		`M${x - 4} ${y - 7}a3.5 3.5 0 1 0 .1 0M${x - 10} ${y + 8}a6 6 0 0 1 12 0M${x + 5} ${y - 5}a3 3 0 1 0 .1 0M${x + 3} ${y + 2}a5 5 0 0 1 7 6`,
	jobs: (x: number, y: number) => `M${x - 9} ${y - 4}h18v12h-18zM${x - 4} ${y - 4}v-4h8v4`,
	chat: (x: number, y: number) => `M${x - 9} ${y - 8}h18v13h-9l-5 4v-4h-4z`,
	bell: (x: number, y: number) => `M${x - 7} ${y + 5}h14l-2-3v-5a5 5 0 0 0-10 0v5zM${x - 2} ${y + 8}h4`,
	post: (x: number, y: number) => `M${x - 8} ${y - 8}h16v16h-16zM${x} ${y - 4}v8M${x - 4} ${y}h8`,
	grid: (x: number, y: number) => [-6, 0, 6].flatMap((dy) => [-6, 0, 6].map((dx) => `M${x + dx - 1} ${y + dy - 1}h2v2h-2z`)).join(''),
	search: (x: number, y: number) => `M${x - 2} ${y - 7}a5 5 0 1 0 .1 0M${x + 2} ${y + 2}l5 5`,
};
function Icon({ name, x, y }: { name: keyof typeof ICONS; x: number; y: number }) {
	return <path class="ic" d={ICONS[name](x, y)} />;
}

/** A chevron pointing right: "this row opens a page". */
const Chevron = ({ x, y }: { x: number; y: number }) => <path class="ic" d={`M${x - 3} ${y - 6}l6 6-6 6`} />;

/** An on/off switch, with the state also written out so it does not rely on colour. */
function Switch({ right, middle, on, word, size }: { right: number; middle: number; on: boolean; word: string; size: number }) {
	const x = right - 48;
	return (
		<>
			<rect class="sw" x={x} y={middle - 14} width="48" height="28" rx="14" fill={`var(${on ? '--on' : '--off'})`} />
			<circle class="bg knob" cx={on ? x + 34 : x + 14} cy={middle} r="10" />
			<Text x={x - 10} y={middle + Math.round(size * 0.35)} size={size} cls="b" anchor="end">
				{word}
			</Text>
		</>
	);
}
/** Room the switch and its state word take at the end of a row. */
const SWITCH_ROOM = 100;

/** How a list is drawn: settings lists have lines between rows and chevrons; menus and the rail do not. */
interface ListStyle {
	x: number;
	w: number;
	m: Metrics;
	separators: boolean;
	chevrons: boolean;
}

/** The width left for an item's label, and its lines. */
function itemLines(row: { label: string; value?: string | undefined; current?: boolean | undefined }, s: ListStyle): string[] {
	const valueRoom = row.value ? Array.from(row.value).length * s.m.text * GLYPH + 12 : 0;
	const width = s.w - 16 - (row.current ? 8 : 0) - (s.chevrons ? 24 : 0) - valueRoom;
	// A current row is bold, but its label is short: measured a little wider than regular text, not as wide as a heading.
	return wrap(row.label, width, s.m.text, 3, row.current ? 0.58 : GLYPH);
}

const TEXT_LINE = 22;

function rowHeight(row: ScreenRow, s: ListStyle): number {
	const { m } = s;
	switch (row.kind) {
		case 'item':
			return Math.max(m.row, itemLines(row, s).length * leading(m.text) + 20);
		case 'toggle':
			return Math.max(m.row + 8, wrap(row.label, s.w - 16 - SWITCH_ROOM, m.text, 4).length * leading(m.text) + 22);
		case 'button':
			return m.row + 16;
		case 'heading':
			return wrap(row.label, s.w - 16, m.heading, 3, BOLD).length * leading(m.heading) + 20;
		case 'link':
			return leading(m.text) + 14;
		case 'bar':
			return (row.count ?? 1) * m.row;
		case 'text':
			return (row.lines ?? 2) * TEXT_LINE + 12;
		case 'field':
			return (row.count ?? 1) * (m.row + 8);
		case 'profile':
			return 76;
		case 'divider':
			return 24;
	}
}

/** One row at `y`; `last` rows get no line under them. */
function Row({ row, y, s, last, bars }: { row: ScreenRow; y: number; s: ListStyle; last: boolean; bars: Lengths }) {
	const { x, w, m } = s;
	const h = rowHeight(row, s);
	const middle = y + h / 2;
	const rule = s.separators && !last && <path class="k" d={`M${x} ${y + h}h${w}`} />;
	switch (row.kind) {
		case 'item': {
			const lines = itemLines(row, s);
			const right = x + w - (s.chevrons ? 30 : 8);
			const indent = row.current ? 16 : 8;
			return (
				<>
					{row.current && <rect class="i" x={x} y={y + 8} width="4" height={h - 16} rx="2" />}
					<Lines x={x + indent} baseline={firstBaseline(middle, lines.length, m.text)} lines={lines} size={m.text} cls={row.current ? 'b' : undefined} />
					{row.value && (
						<Text x={right} y={middle + Math.round(m.text * 0.35)} size={m.text} cls="m" anchor="end">
							{row.value}
						</Text>
					)}
					{s.chevrons && <Chevron x={x + w - 12} y={middle} />}
					{rule}
					{row.highlight && <Ring box={{ x, y: y + 4, w, h: h - 8 }} round={8} />}
				</>
			);
		}
		case 'toggle': {
			const lines = wrap(row.label, w - 16 - SWITCH_ROOM, m.text, 4);
			const state = Math.round((row.on ? 2 : 3) * m.text * BOLD) + 10;
			return (
				<>
					<Lines x={x + 8} baseline={firstBaseline(middle, lines.length, m.text)} lines={lines} size={m.text} />
					<Switch right={x + w - 8} middle={middle} on={row.on} word={row.state ?? (row.on ? 'On' : 'Off')} size={m.text} />
					{rule}
					{row.highlight && <Ring box={{ x: x + w - 60 - state, y: middle - 18, w: state + 56, h: 36 }} round={18} />}
				</>
			);
		}
		case 'button': {
			const box = { x, y: y + 8, w, h: h - 16 };
			return (
				<>
					<rect class="i" x={box.x} y={box.y} width={box.w} height={box.h} rx={box.h / 2} />
					<Text x={x + w / 2} y={middle + Math.round(m.text * 0.35)} size={m.text} cls="w" anchor="middle">
						{fit(row.label, w - 32, m.text, BOLD)}
					</Text>
					{row.highlight && <Ring box={box} round={box.h / 2} />}
				</>
			);
		}
		case 'heading': {
			const lines = wrap(row.label, w - 16, m.heading, 3, BOLD);
			return <Lines x={x + 8} baseline={firstBaseline(middle + 2, lines.length, m.heading)} lines={lines} size={m.heading} cls="b" />;
		}
		case 'link':
			return (
				<Text x={x + 8} y={middle + Math.round(m.text * 0.35)} size={m.text} cls="a">
					{fit(row.label, w - 16, m.text, BOLD)}
				</Text>
			);
		case 'bar': {
			const count = row.count ?? 1;
			return (
				<>
					{Array.from({ length: count }, (_, i) => {
						const top = y + i * m.row;
						return (
							<>
								<Bar x={x + 8} y={top + m.row / 2 - 5} w={bars(w - 16 - (s.chevrons ? 40 : 0))} />
								{s.chevrons && <Chevron x={x + w - 12} y={top + m.row / 2} />}
								{s.separators && !(last && i === count - 1) && <path class="k" d={`M${x} ${top + m.row}h${w}`} />}
							</>
						);
					})}
				</>
			);
		}
		case 'text': {
			const count = row.lines ?? 2;
			const thick = row.strong ? 12 : 9;
			return (
				<>
					{Array.from({ length: count }, (_, i) => (
						<Bar
							x={x + 8}
							y={y + 6 + i * TEXT_LINE + (TEXT_LINE - thick) / 2}
							w={i === count - 1 && count > 1 ? bars(w - 16) * 0.7 : w - 16 - (i % 2) * 12}
							h={thick}
							strong={row.strong === true}
						/>
					))}
				</>
			);
		}
		case 'field': {
			const count = row.count ?? 1;
			return (
				<>
					{Array.from({ length: count }, (_, i) => {
						const top = y + 4 + i * (m.row + 8);
						return (
							<>
								<rect x={x} y={top} width={w} height={m.row} rx="6" fill="none" stroke="var(--frame)" stroke-width="1.5" />
								<Bar x={x + 14} y={top + m.row / 2 - 5} w={bars(w * 0.6)} />
							</>
						);
					})}
				</>
			);
		}
		case 'profile':
			return (
				<>
					<Avatar cx={x + 28} cy={y + 36} r={26} />
					<Bar x={x + 66} y={y + 22} w={Math.min(130, w - 74)} h={12} strong />
					<Bar x={x + 66} y={y + 44} w={Math.min(170, w - 74)} />
				</>
			);
		case 'divider':
			return <path class="k" d={`M${x} ${y + 10}h${w}`} />;
	}
}

/** Rows one under the other from `y`; returns them and where they end. */
function list(rows: ScreenRow[], y: number, s: ListStyle, bars: Lengths): { svg: ComponentChildren; bottom: number } {
	let top = y;
	const svg = rows.map((row, i) => {
		const at = top;
		top += rowHeight(row, s);
		return <Row row={row} y={at} s={s} last={i === rows.length - 1 || rows[i + 1]?.kind === 'heading' || rows[i + 1]?.kind === 'divider'} bars={bars} />;
	});
	return { svg, bottom: top };
}

/** A card whose bottom edge is left open: it goes on below the part of the page drawn. */
const openCard = (x: number, y: number, w: number, bottom: number) => (
	<path class="k" d={`M${x} ${bottom}V${y + 8}a8 8 0 0 1 8-8h${w - 16}a8 8 0 0 1 8 8V${bottom}`} />
);

// ---------------------------------------------------------------------------------------------------------
// Desktop: a browser window with LinkedIn's pages in it.

const DESKTOP = METRICS.desktop;
const CHROME = 48;
const TOP_BAR = 64;

/** The browser's title strip: three dots and the address bar. */
function BrowserChrome({ address }: { address: string | undefined }) {
	const W = DESKTOP.width;
	return (
		<>
			<path class="p" d={`M2 ${CHROME}V11a9 9 0 0 1 9-9h${W - 22}a9 9 0 0 1 9 9v${CHROME - 11}z`} />
			{[18, 34, 50].map((cx) => (
				<circle class="f" cx={cx} cy={CHROME / 2} r="5" />
			))}
			<rect class="bg" x="66" y="9" width={W - 78} height="30" rx="15" />
			{address && (
				<Text x={82} y={CHROME / 2 + 6} size={DESKTOP.small} cls="m">
					{fit(address, W - 120, DESKTOP.small)}
				</Text>
			)}
			<path class="k" d={`M2 ${CHROME}h${W - 4}`} />
		</>
	);
}

/**
 * LinkedIn's top bar, schematically: a plain square where the logo is, a search field, a row of icons whose
 * labels no reliable source gives, then your photo with the word "Me" under it, then one more item after a
 * divider (LinkedIn's "For Business"). `highlight` rings the Me item: the photo and the word under it.
 */
function TopBar({ y, highlight, label }: { y: number; highlight: boolean; label: string }) {
	const W = DESKTOP.width;
	const me = W - 100;
	const item = (name: keyof typeof ICONS, cx: number) => (
		<>
			<Icon name={name} x={cx} y={y + 22} />
			<Bar x={cx - 14} y={y + 44} w={28} h={7} />
		</>
	);
	return (
		<>
			<rect class="n" x="14" y={y + 16} width="32" height="32" rx="5" />
			<rect class="p" x="54" y={y + 16} width="64" height="32" rx="6" />
			<Icon name="search" x={72} y={y + 32} />
			{(['home', 'people', 'jobs', 'chat'] as const).map((name, i) => item(name, 150 + i * 44))}
			<Avatar cx={me} cy={y + 22} r={13} />
			<Text x={me - 5} y={y + 55} size={DESKTOP.small} anchor="middle">
				{label}
			</Text>
			<path class="mu" d={`M${me + 11} ${y + 47}h9l-4.5 5z`} />
			<path class="k" d={`M${W - 58} ${y + 10}v${TOP_BAR - 20}`} />
			{item('grid', W - 32)}
			<path class="k" d={`M2 ${y + TOP_BAR}h${W - 4}`} />
			{highlight && <Ring box={{ x: me - 26, y: y + 5, w: 52, h: 55 }} round={12} />}
		</>
	);
}

/** The top of the feed under the bar: a profile card and a post, cut off by the window's bottom edge. */
function DesktopFeed({ y, bottom, bars, covered = false }: { y: number; bottom: number; bars: Lengths; covered?: boolean }) {
	const W = DESKTOP.width;
	return (
		<>
			{openCard(14, y, 116, bottom)}
			<Avatar cx={72} cy={y + 32} r={18} />
			<Bar x={36} y={y + 60} w={72} strong />
			<Bar x={30} y={y + 78} w={84} />
			{openCard(142, y, W - 156, bottom)}
			{/* Under an open menu only the post's edge shows. */}
			{!covered && (
				<>
					<Avatar cx={172} cy={y + 30} r={15} />
					<Bar x={196} y={y + 20} w={bars(140)} strong />
					<Bar x={196} y={y + 36} w={bars(180)} />
					<Bar x={158} y={y + 64} w={W - 188} h={9} />
					<Bar x={158} y={y + 82} w={bars(W - 188)} h={9} />
				</>
			)}
		</>
	);
}

/** The complete desktop picture: its height and its shapes. */
function desktop(d: ScreenDrawing, bars: Lengths): { height: number; body: ComponentChildren } {
	const W = DESKTOP.width;
	const below = CHROME + TOP_BAR;
	if (d.layout === 'home') {
		const height = below + 112;
		return {
			height,
			body: (
				<>
					<DesktopFeed y={below + 14} bottom={height - 2} bars={bars} />
					<TopBar y={CHROME} highlight={d.highlightAvatar === true} label={d.me ?? 'Me'} />
				</>
			),
		};
	}
	if (d.layout === 'menu') {
		// The Me dropdown hangs from the top bar, right-aligned under the Me item.
		const panel = { x: W - 272, y: below + 6, w: 258 };
		const rows = list(d.rows, panel.y + 12, { x: panel.x + 14, w: panel.w - 28, m: DESKTOP, separators: false, chevrons: false }, bars);
		const height = rows.bottom + 28;
		const panelH = rows.bottom + 8 - panel.y;
		return {
			height,
			body: (
				<>
					<DesktopFeed y={below + 14} bottom={height - 2} bars={bars} covered />
					<TopBar y={CHROME} highlight={false} label={d.me ?? 'Me'} />
					<rect class="f" x={panel.x + 2} y={panel.y + 4} width={panel.w} height={panelH} rx="10" opacity=".35" />
					<rect class="bg" x={panel.x} y={panel.y} width={panel.w} height={panelH} rx="10" stroke="var(--line)" />
					{rows.svg}
				</>
			),
		};
	}
	if (d.layout === 'sections') {
		// Settings: the heading and the sections in a column on the left; the open section's settings on the right.
		const top = CHROME + 18;
		const rail = { x: 14, w: 222 };
		const rows = list(d.rows, top + 40, { ...rail, m: DESKTOP, separators: false, chevrons: false }, bars);
		const height = rows.bottom + 16;
		const card = { x: rail.x + rail.w + 14, y: top + 40 };
		const cw = W - 14 - card.x;
		return {
			height,
			body: (
				<>
					<Text x={rail.x + 8} y={top + 22} size={DESKTOP.title} cls="b">
						{fit(d.title ?? '', rail.w - 16, DESKTOP.title, BOLD)}
					</Text>
					{rows.svg}
					{openCard(card.x, card.y, cw, height - 2)}
					<Bar x={card.x + 14} y={card.y + 20} w={cw * 0.6} h={12} strong />
					{[0, 1, 2, 3].map((i) => (
						<>
							<Bar x={card.x + 14} y={card.y + 60 + i * DESKTOP.row} w={bars(cw - 48)} />
							<Chevron x={card.x + cw - 16} y={card.y + 65 + i * DESKTOP.row} />
						</>
					))}
				</>
			),
		};
	}
	// A page: its title, then a card holding the rows.
	const title = wrap(d.title ?? '', W - 44, DESKTOP.title, 2, BOLD);
	const cardTop = CHROME + 22 + title.length * leading(DESKTOP.title);
	const rows = list(d.rows, cardTop + 8, { x: 28, w: W - 56, m: DESKTOP, separators: true, chevrons: true }, bars);
	const height = rows.bottom + 26;
	return {
		height,
		body: (
			<>
				<Lines x={22} baseline={CHROME + 20 + DESKTOP.title * 0.75} lines={title} size={DESKTOP.title} cls="b" />
				<rect x="14" y={cardTop} width={W - 28} height={rows.bottom + 8 - cardTop} rx="8" fill="none" stroke="var(--line)" />
				{rows.svg}
			</>
		),
	};
}

// ---------------------------------------------------------------------------------------------------------
// Phones: an iPhone (dynamic island, home indicator) and an Android phone (camera hole, three-button bar).

const PHONE = METRICS.phone;
/** The phone's body around the screen. */
const BEZEL = 9;
const STATUS = 40;
/** Left edge and width of the screen's content. */
const PX = BEZEL + 16;
const PW = PHONE.width - 2 * PX;

const radius = (device: Device) => (device === 'iphone' ? 44 : 30);
/** The strip under the content: the iPhone's home indicator, Android's navigation buttons. */
const bottomZone = (device: Device) => (device === 'iphone' ? 34 : 46);

function StatusBar({ device }: { device: Device }) {
	const W = PHONE.width;
	const y = BEZEL;
	if (device === 'iphone') {
		return (
			<>
				<Text x={BEZEL + 32} y={y + 27} size={PHONE.small} cls="b">
					9:41
				</Text>
				<rect class="f" x={W / 2 - 44} y={y + 8} width="88" height="24" rx="12" />
				{/* Signal bars, Wi-Fi fan, battery lying down. */}
				<path class="i" d={`M${W - 98} ${y + 26}h3v-3h-3zm5 0h3v-5h-3zm5 0h3v-7h-3zm5 0h3v-9h-3z`} />
				<path class="ic" d={`M${W - 76} ${y + 19}a9 9 0 0 1 12 0M${W - 73} ${y + 23}a4.5 4.5 0 0 1 6 0`} />
				<rect x={W - 56} y={y + 15} width="24" height="12" rx="3" fill="none" stroke="var(--ink)" />
				<rect class="i" x={W - 54} y={y + 17} width="17" height="8" rx="1.5" />
			</>
		);
	}
	return (
		<>
			<Text x={BEZEL + 20} y={y + 27} size={PHONE.small}>
				12:30
			</Text>
			<circle class="f" cx={W / 2} cy={y + 20} r="8" />
			{/* Wi-Fi wedge, signal triangle, battery standing up. */}
			<path class="i" d={`M${W - 82} ${y + 15}a11 11 0 0 1 16 0l-8 11z`} />
			<path class="i" d={`M${W - 60} ${y + 27}h13v-13z`} />
			<rect class="i" x={W - 40} y={y + 12} width="9" height="15" rx="1.5" />
		</>
	);
}

function DeviceBottom({ device, height }: { device: Device; height: number }) {
	const W = PHONE.width;
	const zone = bottomZone(device);
	const y = height - BEZEL - zone;
	if (device === 'iphone') return <rect class="i" x={W / 2 - 60} y={y + zone - 14} width="120" height="5" rx="2.5" />;
	const middle = y + zone / 2;
	return (
		<>
			<path class="ic" d={`M${W / 2 - 66} ${middle}l10-7v14z`} />
			<circle class="ic" cx={W / 2} cy={middle} r="7" />
			<rect class="ic" x={W / 2 + 57} y={middle - 6} width="12" height="12" rx="1.5" />
		</>
	);
}

/** The app's top bar on the home screen: your photo at the left, a search field, a messaging icon. */
function AppTopBar({ y, highlight }: { y: number; highlight: boolean }) {
	const cx = PX + 17;
	return (
		<>
			<Avatar cx={cx} cy={y + 28} r={17} />
			<rect class="p" x={PX + 46} y={y + 11} width={PW - 86} height="34" rx="8" />
			<Icon name="search" x={PX + 64} y={y + 28} />
			<Bar x={PX + 82} y={y + 23} w={90} />
			<Icon name="chat" x={PX + PW - 14} y={y + 29} />
			<path class="k" d={`M${BEZEL} ${y + 56}h${PHONE.width - 2 * BEZEL}`} />
			{highlight && <Ring box={{ x: cx - 18, y: y + 10, w: 36, h: 36 }} round={18} />}
		</>
	);
}

/** A post in the feed: author, text, and a picture. */
function AppPost({ y, bars }: { y: number; bars: Lengths }) {
	return (
		<>
			<Avatar cx={PX + 16} cy={y + 26} r={16} />
			<Bar x={PX + 42} y={y + 14} w={bars(150)} strong />
			<Bar x={PX + 42} y={y + 32} w={bars(180)} />
			<Bar x={PX} y={y + 58} w={PW} h={9} />
			<Bar x={PX} y={y + 76} w={bars(PW)} h={9} />
			<rect class="p" x={PX} y={y + 96} width={PW} height="48" rx="6" />
		</>
	);
}

/** The app's tab bar at the bottom of the home screen. */
function AppTabs({ y }: { y: number }) {
	const step = PW / 5;
	return (
		<>
			<path class="k" d={`M${BEZEL} ${y}h${PHONE.width - 2 * BEZEL}`} />
			{(['home', 'people', 'post', 'bell', 'jobs'] as const).map((name, i) => {
				const cx = PX + step * (i + 0.5);
				return (
					<>
						<Icon name={name} x={cx} y={y + 22} />
						<Bar x={cx - 14} y={y + 40} w={28} h={7} />
					</>
				);
			})}
		</>
	);
}

/** The complete phone picture: its height and its shapes, without the phone's body. */
function phone(d: ScreenDrawing, bars: Lengths): { height: number; body: ComponentChildren } {
	const W = PHONE.width;
	const zone = bottomZone(d.frame);
	let y = BEZEL + STATUS;
	const parts: ComponentChildren[] = [];
	if (d.address) {
		// A phone browser's address bar, above the page.
		parts.push(
			<>
				<rect class="p" x={PX} y={y + 4} width={PW} height="36" rx="18" />
				<Text x={PX + 16} y={y + 27} size={PHONE.small} cls="m">
					{fit(d.address, PW - 32, PHONE.small)}
				</Text>
			</>,
		);
		y += 48;
	}
	const end = (bottom: number) => bottom + zone + BEZEL;
	if (d.layout === 'home' || d.layout === 'menu') {
		const feed = (
			<>
				<AppTopBar y={y} highlight={d.highlightAvatar === true && d.layout === 'home'} />
				<AppPost y={y + 68} bars={bars} />
			</>
		);
		if (d.layout === 'home') {
			const tabs = y + 68 + 156;
			return { height: end(tabs + 54), body: [...parts, feed, <AppTabs y={tabs} />] };
		}
		// The side menu slides over the dimmed home screen from the left.
		const drawer = { x: BEZEL, w: Math.round((W - 2 * BEZEL) * 0.8) };
		const rows = list(d.rows, y + 12, { x: PX, w: drawer.w - 32, m: PHONE, separators: false, chevrons: false }, bars);
		const bottom = Math.max(rows.bottom + 12, y + 68 + 156);
		const height = end(bottom);
		return {
			height,
			body: [
				...parts,
				feed,
				<rect class="f" x={BEZEL} y={y} width={W - 2 * BEZEL} height={bottom - y} opacity=".55" />,
				<rect class="bg" x={drawer.x} y={y} width={drawer.w} height={bottom - y} />,
				rows.svg,
			],
		};
	}
	// A settings screen: the title in the app bar, then the list.
	const title = wrap(d.title ?? '', PW, PHONE.title, 2, BOLD);
	const barH = title.length * leading(PHONE.title) + 24;
	parts.push(
		<>
			<Lines x={PX} baseline={y + 12 + PHONE.title * 0.8} lines={title} size={PHONE.title} cls="b" />
			<path class="k" d={`M${BEZEL} ${y + barH}h${W - 2 * BEZEL}`} />
		</>,
	);
	const rows = list(d.rows, y + barH + 6, { x: PX - 4, w: PW + 8, m: PHONE, separators: true, chevrons: true }, bars);
	parts.push(rows.svg);
	return { height: end(rows.bottom + 10), body: parts };
}

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
