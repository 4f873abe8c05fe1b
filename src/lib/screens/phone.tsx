/** Phones: an iPhone (dynamic island, home indicator) and an Android phone (camera hole, three-button bar). */
import type { ComponentChildren } from 'preact';
import { Icon } from './icons';
import { METRICS } from './metrics';
import { Address, Avatar, Bar, Lines, Ring, Text, type Lengths } from './primitives';
import { list } from './rows';
import { BOLD, leading, wrap } from './text';
import type { Device, ScreenDrawing } from './types';

const PHONE = METRICS.phone;
/** The phone's body around the screen. */
export const BEZEL = 9;
const STATUS = 40;
/**
 * The screen's content column: PX is its left edge (the bezel, then a 16-unit margin), PW its width, the same
 * margin on the right. Everything drawn in the app lines up on them.
 */
const PX = BEZEL + 16;
const PW = PHONE.width - 2 * PX;

export const radius = (device: Device) => (device === 'iphone' ? 44 : 30);
/** The strip under the content: the iPhone's home indicator, Android's navigation buttons. */
const bottomZone = (device: Device) => (device === 'iphone' ? 34 : 46);

export function StatusBar({ device }: { device: Device }) {
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

export function DeviceBottom({ device, height }: { device: Device; height: number }) {
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
export function phone(d: ScreenDrawing, bars: Lengths): { height: number; body: ComponentChildren } {
	const W = PHONE.width;
	const zone = bottomZone(d.frame);
	let y = BEZEL + STATUS;
	const parts: ComponentChildren[] = [];
	if (d.address) {
		// A phone browser's address bar, above the page.
		parts.push(
			<>
				<rect class="p" x={PX} y={y + 4} width={PW} height="36" rx="18" />
				<Address box={{ x: PX + 14, y: y + 4, w: PW - 28, h: 36 }} size={PHONE.small} text={d.address} />
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
	const title = d.title ? wrap(d.title, PW, PHONE.title, BOLD) : [];
	const barH = Math.max(1, title.length) * leading(PHONE.title) + 24;
	parts.push(
		<>
			{title.length > 0 ? (
				<Lines x={PX} baseline={y + 12 + PHONE.title * 0.8} lines={title} size={PHONE.title} cls="b" />
			) : (
				<Bar x={PX} y={y + 12} w={bars(PW)} h={14} strong />
			)}
			<path class="k" d={`M${BEZEL} ${y + barH}h${W - 2 * BEZEL}`} />
		</>,
	);
	const rows = list(d.rows, y + barH + 6, { x: PX - 4, w: PW + 8, m: PHONE, separators: true, chevrons: true }, bars);
	parts.push(rows.svg);
	return { height: end(rows.bottom + 10), body: parts };
}
