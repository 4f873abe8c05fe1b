/** The shapes every drawing is built from: text, placeholder bars, the ring, a photo, a switch. */
import { leading, xmlSafe } from './text';

/** A rectangle, for the ring's target. */
export interface Box {
	x: number;
	y: number;
	w: number;
	h: number;
}

/** One line of text; an empty class or anchor is left out rather than written empty. */
export function Text({
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

/**
 * A browser's address, on one line as browsers show it: what does not fit its bar is cut off at the bar's
 * edge (an inner <svg> clips what it holds), not shortened, since an address is not a label to look for.
 */
export function Address({ box, size, text }: { box: Box; size: number; text: string }) {
	return (
		<svg x={box.x} y={box.y} width={box.w} height={box.h}>
			<text x="2" y={box.h / 2 + Math.round(size * 0.35)} font-size={size} class="m">
				{xmlSafe(text)}
			</text>
		</svg>
	);
}

/** Lines of text one under the other; `baseline` is the first line's. */
export function Lines({
	x,
	baseline,
	lines,
	size,
	cls,
	anchor,
}: {
	x: number;
	baseline: number;
	lines: string[];
	size: number;
	cls?: string | undefined;
	anchor?: 'end' | 'middle' | undefined;
}) {
	return (
		<>
			{lines.map((line, i) => (
				<Text x={x} y={baseline + i * leading(size)} size={size} cls={cls} anchor={anchor}>
					{line}
				</Text>
			))}
		</>
	);
}

/** A text-shaped placeholder: a rounded bar. `strong` is darker, for a name or a bold line. */
export function Bar({ x, y, w, h = 10, strong = false }: { x: number; y: number; w: number; h?: number; strong?: boolean }) {
	return <rect class={strong ? 'f' : 'n'} x={x} y={y} width={Math.round(w)} height={h} rx={h / 2} />;
}

/** Lengths of successive placeholder bars, so they read as text of varied length. Same sequence every time. */
export function barLengths() {
	const shares = [0.62, 0.44, 0.78, 0.53, 0.7, 0.4, 0.66, 0.5];
	let i = 0;
	return (width: number) => width * shares[i++ % shares.length]!;
}
export type Lengths = ReturnType<typeof barLengths>;

/**
 * The one mark on each screen: a thick ring in the site's highlight colour around the control, with a soft
 * halo, so it cannot be missed and never looks like part of LinkedIn's screen (nothing else is drawn in it).
 */
export function Ring({ box, round }: { box: Box; round: number }) {
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
export function Avatar({ cx, cy, r }: { cx: number; cy: number; r: number }) {
	return (
		<>
			<circle class="p av" cx={cx} cy={cy} r={r} stroke="var(--frame)" stroke-width="1.5" />
			<circle class="mu" cx={cx} cy={cy - r * 0.28} r={r * 0.36} />
			<path class="mu" d={`M${cx - r * 0.6} ${cy + r * 0.66}a${r * 0.6} ${r * 0.48} 0 0 1 ${r * 1.2} 0z`} />
		</>
	);
}

/**
 * An on/off switch, with the state also written out so it does not rely on colour. `word` is null where no
 * source gives the state's word in the drawing's language: a bar `blank` wide stands in its place.
 */
export function Switch({
	right,
	middle,
	on,
	word,
	size,
	blank,
}: {
	right: number;
	middle: number;
	on: boolean;
	word: string | null;
	size: number;
	blank: number;
}) {
	const x = right - 48;
	return (
		<>
			<rect class="sw" x={x} y={middle - 14} width="48" height="28" rx="14" fill={`var(${on ? '--on' : '--off'})`} />
			<circle class="bg knob" cx={on ? x + 34 : x + 14} cy={middle} r="10" />
			{word === null ? (
				<Bar x={x - 10 - blank} y={middle - 4} w={blank} h={8} />
			) : (
				<Text x={x - 10} y={middle + Math.round(size * 0.35)} size={size} cls="b" anchor="end">
					{word}
				</Text>
			)}
		</>
	);
}
/** Room the switch takes at the end of a row, with the gaps before its state word and before the row's label. */
export const SWITCH_ROOM = 76;
