/** Desktop: a browser window with LinkedIn's pages in it. */
import type { ComponentChildren } from 'preact';
import { Chevron, Icon, type IconName } from './icons';
import { METRICS } from './metrics';
import { Address, Avatar, Bar, Lines, Ring, Text, type Lengths } from './primitives';
import { list } from './rows';
import { BOLD, leading, textWidth, wrap } from './text';
import type { ScreenDrawing } from './types';

const DESKTOP = METRICS.desktop;
const CHROME = 48;
const TOP_BAR = 64;

/** A card whose bottom edge is left open: it goes on below the part of the page drawn. */
const openCard = (x: number, y: number, w: number, bottom: number) => (
	<path class="k" d={`M${x} ${bottom}V${y + 8}a8 8 0 0 1 8-8h${w - 16}a8 8 0 0 1 8 8V${bottom}`} />
);

/** The browser's title strip: three dots and the address bar. */
export function BrowserChrome({ address }: { address: string | undefined }) {
	const W = DESKTOP.width;
	return (
		<>
			<path class="p" d={`M2 ${CHROME}V11a9 9 0 0 1 9-9h${W - 22}a9 9 0 0 1 9 9v${CHROME - 11}z`} />
			{[18, 34, 50].map((cx) => (
				<circle class="f" cx={cx} cy={CHROME / 2} r="5" />
			))}
			<rect class="bg" x="66" y="9" width={W - 78} height="30" rx="15" />
			{address && <Address box={{ x: 80, y: 9, w: W - 100, h: 30 }} size={DESKTOP.small} text={address} />}
			<path class="k" d={`M2 ${CHROME}h${W - 4}`} />
		</>
	);
}

/**
 * LinkedIn's top bar, schematically: a plain square where the logo is, a search field, a row of icons whose
 * labels no reliable source gives, then your photo with the word "Me" under it, then one more item after a
 * divider (LinkedIn's "For Business"). `highlight` rings the Me item: the photo and the word under it.
 */
function TopBar({ y, highlight, label }: { y: number; highlight: boolean; label: string | null }) {
	const W = DESKTOP.width;
	const me = W - 100;
	const item = (name: IconName, cx: number) => (
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
			{label === null ? (
				<Bar x={me - 17} y={y + 45} w={24} h={8} />
			) : (
				<Text x={me - 5} y={y + 55} size={DESKTOP.small} anchor="middle">
					{label}
				</Text>
			)}
			{/* The dropdown arrow follows the word, however long it is in the page's language ("Me", «Vous»). */}
			<path class="mu" d={`M${Math.max(me + 11, Math.round(me - 5 + (label === null ? 12 : textWidth(label, DESKTOP.small) / 2) + 4))} ${y + 47}h9l-4.5 5z`} />
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
export function desktop(d: ScreenDrawing, bars: Lengths): { height: number; body: ComponentChildren } {
	const W = DESKTOP.width;
	const below = CHROME + TOP_BAR;
	if (d.layout === 'home') {
		const height = below + 112;
		return {
			height,
			body: (
				<>
					<DesktopFeed y={below + 14} bottom={height - 2} bars={bars} />
					<TopBar y={CHROME} highlight={d.highlightAvatar === true} label={d.me === undefined ? 'Me' : d.me} />
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
					<TopBar y={CHROME} highlight={false} label={d.me === undefined ? 'Me' : d.me} />
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
		const title = d.title ? wrap(d.title, rail.w - 16, DESKTOP.title, BOLD) : [];
		const rows = list(
			d.rows,
			top + 40 + Math.max(0, title.length - 1) * leading(DESKTOP.title),
			{ ...rail, m: DESKTOP, separators: false, chevrons: false },
			bars,
		);
		const height = rows.bottom + 16;
		const card = { x: rail.x + rail.w + 14, y: top + 40 };
		const cw = W - 14 - card.x;
		return {
			height,
			body: (
				<>
					{title.length > 0 ? (
						<Lines x={rail.x + 8} baseline={top + 22} lines={title} size={DESKTOP.title} cls="b" />
					) : (
						<Bar x={rail.x + 8} y={top + 8} w={96} h={14} strong />
					)}
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
	const title = d.title ? wrap(d.title, W - 44, DESKTOP.title, BOLD) : [];
	const cardTop = CHROME + 22 + Math.max(1, title.length) * leading(DESKTOP.title);
	const rows = list(d.rows, cardTop + 8, { x: 28, w: W - 56, m: DESKTOP, separators: true, chevrons: true }, bars);
	const height = rows.bottom + 26;
	return {
		height,
		body: (
			<>
				{title.length > 0 ? (
					<Lines x={22} baseline={CHROME + 20 + DESKTOP.title * 0.75} lines={title} size={DESKTOP.title} cls="b" />
				) : (
					<Bar x={22} y={CHROME + 20} w={bars(W - 44)} h={14} strong />
				)}
				<rect x="14" y={cardTop} width={W - 28} height={rows.bottom + 8 - cardTop} rx="8" fill="none" stroke="var(--line)" />
				{rows.svg}
			</>
		),
	};
}
