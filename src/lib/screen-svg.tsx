/**
 * Draws an annotated illustration of one LinkedIn screen as a standalone SVG file. Real screenshots
 * could not be captured for this project; these drawings show the layout and mark the one control to
 * press. Text comes from content data; Preact's renderer escapes it, and `xmlSafe` drops what XML
 * cannot hold at all. Pure: no Astro, no DOM, no I/O.
 */
import type { ComponentChildren } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { PALETTE, type Scheme } from '../styles/palette';

export interface ScreenRow {
	label: string;
	kind: 'item' | 'heading' | 'toggle' | 'text';
	highlight: boolean;
	on?: boolean | undefined;
}

export interface ScreenDrawing {
	frame: 'desktop' | 'phone';
	title: string;
	// `| undefined` so data parsed under exactOptionalPropertyTypes can be passed straight in.
	address?: string | undefined;
	avatar: 'none' | 'top-left' | 'top-right';
	highlightAvatar: boolean;
	rows: ScreenRow[];
	alt: string;
}

interface Box {
	x: number;
	y: number;
	w: number;
	h: number;
}

/** The smallest size of each frame; a drawing grows taller when its rows need it (see `screenSize`). */
export const SCREEN_SIZE: Record<'desktop' | 'phone', { width: number; height: number }> = {
	// Narrow enough that a desktop drawing's text stays legible when shrunk to a phone's width, and phones
	// only as tall as a few rows need.
	desktop: { width: 540, height: 300 },
	phone: { width: 300, height: 340 },
};

const FONT = 14;
const ROW_HEIGHT = 44;
/** Average glyph width of a system sans-serif, as a share of the font size; used to shorten long labels. */
const GLYPH = 0.56;
/** Bold and spaced capitals are wider. */
const BOLD = 0.62;
const CAPS = 0.74;

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
export function fit(text: string, width: number, size = FONT, glyph = GLYPH): string {
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
export function wrap(text: string, width: number, size = FONT, maxLines = 3, glyph = GLYPH): string[] {
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

/** A row's lines of text; the width left for the label depends on what else the row draws. */
function rowLines(row: ScreenRow, w: number): string[] {
	switch (row.kind) {
		case 'heading':
			return [fit(row.label.toUpperCase(), w - 8, 12, CAPS)];
		case 'text':
			return wrap(row.label, w - 20, 12, 4);
		case 'toggle':
			return wrap(row.label, w - 108, FONT, 4);
		default:
			return wrap(row.label, w - 36, FONT, 4);
	}
}

function rowHeight(row: ScreenRow, w: number): number {
	if (row.kind === 'heading') return 36;
	const size = row.kind === 'text' ? 12 : FONT;
	return Math.max(ROW_HEIGHT, rowLines(row, w).length * leading(size) + 22);
}

/** Where the bar under the frame's chrome and the list of rows sit. */
function layout(drawing: ScreenDrawing): { width: number; height: number; bar: Box; content: Box } {
	const { width, height: min } = SCREEN_SIZE[drawing.frame];
	if (drawing.frame === 'desktop') {
		const top = drawing.address ? 72 : 36;
		// The list leaves a left rail for the settings menu and room for the pointer left of a row.
		const content: Box = { x: 124, y: top + 72, w: width - 144, h: 0 };
		content.h = drawing.rows.reduce((sum, row) => sum + rowHeight(row, content.w), 0);
		return { width, height: Math.max(min, content.y + content.h + 24), bar: { x: 0, y: top, w: width, h: 52 }, content };
	}
	const top = drawing.address ? 78 : 44;
	const content: Box = { x: 38, y: top + 68, w: width - 58, h: 0 };
	content.h = drawing.rows.reduce((sum, row) => sum + rowHeight(row, content.w), 0);
	return { width, height: Math.max(min, content.y + content.h + 44), bar: { x: 4, y: top, w: width - 8, h: 52 }, content };
}

/** The picture's size in CSS pixels, for the <img> width and height. */
export function screenSize(drawing: ScreenDrawing): { width: number; height: number } {
	const { width, height } = layout(drawing);
	return { width, height };
}

/** The drawing's own variables, from the site's palette (tests/unit/contrast.test.ts checks the pairs). */
const drawingColours = (scheme: Scheme) => {
	const c = PALETTE[scheme];
	return `--bg:${c.page};--panel:${c.surface};--ink:${c.ink};--muted:${c.muted};--line:${c.line};--frame:${c.frame};--on:${c.accent};--off:${c.off};--mark:${c.focus}`;
};
const STYLE =
	`:root{${drawingColours('light')}}` +
	`@media (prefers-color-scheme:dark){:root{${drawingColours('dark')}}}` +
	'text{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;font-size:14px;fill:var(--ink)}' +
	'.m{fill:var(--muted)}.b{font-weight:700}.s{font-size:12px}.t{font-size:16px;font-weight:700}.c{letter-spacing:.06em}' +
	'.bg{fill:var(--bg)}.p{fill:var(--panel)}.i{fill:var(--ink)}.f{fill:var(--frame)}.l{stroke:var(--line);fill:none}' +
	'.cv{stroke:var(--muted);stroke-width:2;fill:none}.hl{stroke:var(--mark);stroke-width:3;fill:none}.hf{fill:var(--mark)}';

/** One line of text; an empty class or anchor is left out rather than written empty. */
function Text({ x, y, cls, anchor, children }: { x: number; y: number; cls?: string | undefined; anchor?: 'end' | 'middle'; children: string }) {
	return (
		<text x={x} y={y} class={cls || undefined} text-anchor={anchor}>
			{xmlSafe(children)}
		</text>
	);
}

/** Lines of text one under the other; `baseline` is the first line's. */
function Lines({ x, baseline, lines, size, cls }: { x: number; baseline: number; lines: string[]; size: number; cls?: string | undefined }) {
	return (
		<>
			{lines.map((line, i) => (
				<Text x={x} y={baseline + i * leading(size)} cls={cls}>
					{line}
				</Text>
			))}
		</>
	);
}

/** Baseline of the first line so that a block of lines sits centred on `middle`. */
const firstBaseline = (middle: number, count: number, size: number) => middle + Math.round(size * 0.35) - ((count - 1) * leading(size)) / 2;

/**
 * The one mark on each screen: a thick outline around the control plus a round pointer beside it, so
 * the target is obvious by shape, not only by colour. `side` is where the pointer sits.
 */
function Highlight({ box, round, side }: { box: Box; round: number; side: 'left' | 'right' }) {
	const cx = side === 'left' ? box.x - 20 : box.x + box.w + 20;
	const cy = box.y + box.h / 2;
	// A triangle drawn as a path, not a glyph: some systems turn ▶ into an emoji.
	const arrow = side === 'left' ? `M${cx - 4} ${cy - 6}l9 6-9 6z` : `M${cx + 4} ${cy - 6}l-9 6 9 6z`;
	return (
		<>
			<rect class="hl" x={box.x - 4} y={box.y - 4} width={box.w + 8} height={box.h + 8} rx={round} data-highlight="true" />
			<circle class="hf" cx={cx} cy={cy} r="11" />
			<path class="bg" d={arrow} />
		</>
	);
}

/** A round profile picture with a head-and-shoulders silhouette. */
function Avatar({ cx, cy }: { cx: number; cy: number }) {
	return (
		<>
			<circle class="p av" cx={cx} cy={cy} r="15" stroke="var(--frame)" />
			<circle cx={cx} cy={cy - 4} r="5.5" fill="var(--muted)" />
			<path d={`M${cx - 9} ${cy + 10}a9 7 0 0 1 18 0z`} fill="var(--muted)" />
		</>
	);
}

/** The avatar and its mark; returns where the bar's title may start and end. */
function barAvatar(drawing: ScreenDrawing, bar: Box, left: number, right: number): { svg: ComponentChildren; from: number; to: number } {
	const cy = bar.y + bar.h / 2;
	const marked = drawing.highlightAvatar;
	if (drawing.avatar === 'top-left') {
		const svg = (
			<>
				<Avatar cx={left} cy={cy} />
				{marked && <Highlight box={{ x: left - 16, y: cy - 16, w: 32, h: 32 }} round={20} side="right" />}
			</>
		);
		return { svg, from: left + (marked ? 56 : 26), to: right };
	}
	if (drawing.avatar === 'top-right') {
		const svg = (
			<>
				<Avatar cx={right} cy={cy} />
				{marked && <Highlight box={{ x: right - 16, y: cy - 16, w: 32, h: 32 }} round={20} side="left" />}
			</>
		);
		return { svg, from: 0, to: right - (marked ? 52 : 26) };
	}
	return { svg: null, from: 0, to: right + 16 };
}

/** An on/off switch, with the state also written out so it does not rely on colour. */
function Toggle({ right, middle, on }: { right: number; middle: number; on: boolean }) {
	const x = right - 48;
	const y = middle - 13;
	return (
		<>
			<rect x={x} y={y} width="48" height="26" rx="13" fill={`var(${on ? '--on' : '--off'})`} />
			<circle class="bg" cx={on ? x + 35 : x + 13} cy={middle} r="10" />
			<Text x={x - 8} y={middle + 5} cls="b" anchor="end">
				{on ? 'On' : 'Off'}
			</Text>
		</>
	);
}

function Row({ row, y, area }: { row: ScreenRow; y: number; area: Box }) {
	const height = rowHeight(row, area.w);
	const label = rowLines(row, area.w);
	const middle = y + height / 2;
	let body;
	switch (row.kind) {
		case 'heading':
			body = (
				<Text x={area.x + 4} y={y + 24} cls="b s m c">
					{label[0] ?? ''}
				</Text>
			);
			break;
		case 'text':
			body = (
				<>
					<rect class="p" x={area.x} y={y + 6} width={area.w} height={height - 12} rx="6" />
					<Lines x={area.x + 10} baseline={firstBaseline(middle, label.length, 12)} lines={label} size={12} cls="s m" />
				</>
			);
			break;
		case 'toggle':
			body = (
				<>
					<Lines x={area.x + 8} baseline={firstBaseline(middle, label.length, FONT)} lines={label} size={FONT} />
					<Toggle right={area.x + area.w - 8} middle={middle} on={row.on === true} />
				</>
			);
			break;
		default:
			body = (
				<>
					<path class="l" d={`M${area.x} ${y + height}h${area.w}`} />
					<Lines x={area.x + 8} baseline={firstBaseline(middle, label.length, FONT)} lines={label} size={FONT} />
					<path class="cv" d={`M${area.x + area.w - 16} ${middle - 6}l6 6-6 6`} />
				</>
			);
	}
	return (
		<>
			{body}
			{row.highlight && <Highlight box={{ x: area.x, y: y + 4, w: area.w, h: height - 8 }} round={8} side="left" />}
		</>
	);
}

function Rows({ drawing, area }: { drawing: ScreenDrawing; area: Box }) {
	// Each row starts where the one before it ends.
	let y = area.y;
	const tops = drawing.rows.map((row) => {
		const top = y;
		y += rowHeight(row, area.w);
		return top;
	});
	return (
		<>
			{drawing.rows.map((row, i) => (
				<Row row={row} y={tops[i]!} area={area} />
			))}
		</>
	);
}

/** A browser window: title bar with three dots, address bar, the site's top bar, a settings rail. */
function DesktopFrame({ drawing, width, height, bar, content }: { drawing: ScreenDrawing; width: number; height: number; bar: Box; content: Box }) {
	const av = barAvatar(drawing, bar, 36, width - 36);
	const from = Math.max(av.from, 56);
	return (
		<>
			<rect class="bg" x="1" y="1" width={width - 2} height={height - 2} rx="10" stroke="var(--frame)" stroke-width="2" />
			<path class="p" d={`M2 36V11a9 9 0 0 1 9-9h${width - 22}a9 9 0 0 1 9 9v25z`} />
			{[20, 38, 56].map((cx) => (
				<circle class="f" cx={cx} cy="19" r="5" />
			))}
			{drawing.address && (
				<>
					{/* The text stops well short of the pill's end: fallback fonts run wider than the estimate. */}
					<rect class="p" x="16" y="42" width={width - 32} height="24" rx="12" />
					<Text x={32} y={58} cls="s m">
						{fit(drawing.address, width - 96, 12)}
					</Text>
				</>
			)}
			<path class="l" d={`M2 ${bar.y}h${width - 4}M2 ${bar.y + bar.h}h${width - 4}`} />
			{/* The site's logo, a plain square, unless the profile picture takes the top-left corner. */}
			{drawing.avatar !== 'top-left' && <rect x="16" y={bar.y + 12} width="28" height="28" rx="4" fill="var(--on)" />}
			<Text x={from} y={bar.y + 31} cls="b">
				{fit(drawing.title, av.to - 16 - from, 15, BOLD)}
			</Text>
			{av.svg}
			{[0, 1, 2, 3].map((i) => (
				<rect class="p" x="20" y={content.y + 10 + i * 30} width="64" height="12" rx="6" />
			))}
		</>
	);
}

/** A phone: rounded outline, status bar with time and battery, an app bar with the screen's title. */
function PhoneFrame({ drawing, width, height, bar }: { drawing: ScreenDrawing; width: number; height: number; bar: Box }) {
	const av = barAvatar(drawing, bar, 38, width - 38);
	const from = Math.max(av.from, 24);
	const title = wrap(drawing.title, av.to - 8 - from, 16, 2, BOLD);
	return (
		<>
			<rect class="bg" x="2" y="2" width={width - 4} height={height - 4} rx="36" stroke="var(--frame)" stroke-width="4" />
			<Text x={34} y={31} cls="b s">
				9:41
			</Text>
			{/* A front camera dot: neutral between iPhone and Android. */}
			<circle class="f" cx={width / 2} cy="24" r="7" />
			<path class="i" d={`M${width - 86} 30h3v-3h-3zm5 0h3v-6h-3zm5 0h3v-9h-3z`} />
			<rect x={width - 62} y="20" width="24" height="12" rx="3" fill="none" stroke="var(--ink)" />
			<rect class="i" x={width - 60} y="22" width="16" height="8" rx="1" />
			{drawing.address && (
				<>
					<rect class="p" x="20" y="44" width={width - 40} height="26" rx="13" />
					<Text x={width / 2} y={61} cls="s m" anchor="middle">
						{fit(drawing.address, width - 80, 12)}
					</Text>
				</>
			)}
			<path class="l" d={`M4 ${bar.y + bar.h}h${width - 8}`} />
			<Lines x={from} baseline={firstBaseline(bar.y + bar.h / 2, title.length, 16)} lines={title} size={16} cls="t" />
			{av.svg}
			<rect class="f" x={width / 2 - 50} y={height - 18} width="100" height="5" rx="2.5" />
		</>
	);
}

/** The complete SVG document for one screen. Same input, same output. */
export function renderScreenSvg(drawing: ScreenDrawing): string {
	const { width, height, bar, content } = layout(drawing);
	const alt = xmlSafe(drawing.alt);
	// The renderer escapes <, & and " but not >, and "]]>" may not appear in XML text (browsers then reject
	// the whole file). Written as "]]&gt;" it reads the same in text and in attribute values.
	const svg = renderToString(
		<svg xmlns="http://www.w3.org/2000/svg" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={alt}>
			<title>{alt}</title>
			{/* A constant written here, not content: nothing in it needs escaping, and escaping would change it. */}
			<style dangerouslySetInnerHTML={{ __html: STYLE }} />
			{drawing.frame === 'desktop' ? (
				<DesktopFrame drawing={drawing} width={width} height={height} bar={bar} content={content} />
			) : (
				<PhoneFrame drawing={drawing} width={width} height={height} bar={bar} />
			)}
			<Rows drawing={drawing} area={content} />
		</svg>,
	);
	return svg.replaceAll(']]>', ']]&gt;');
}
