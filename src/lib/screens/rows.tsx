/** The row layout engine: how tall each kind of row is, how it is drawn, and a list of rows one under the other. */
import type { ComponentChildren } from 'preact';
import { Chevron } from './icons';
import type { Metrics } from './metrics';
import { Avatar, Bar, Lines, Ring, Switch, SWITCH_ROOM, Text, type Lengths } from './primitives';
import { BOLD, firstBaseline, GLYPH, leading, textWidth, wrap } from './text';
import type { ScreenRow } from './types';

/** How a list is drawn: settings lists have lines between rows and chevrons; menus and the rail do not. */
interface ListStyle {
	x: number;
	w: number;
	m: Metrics;
	separators: boolean;
	chevrons: boolean;
}

/** Room a value's bar takes at the right of a row, where no source gives the value in the drawing's language. */
const VALUE_BAR = 26;

/** The room an item's value takes at its right. */
const valueRoom = (row: Extract<ScreenRow, { kind: 'item' }>, m: Metrics) =>
	row.value === undefined ? 0 : (row.value === null ? VALUE_BAR : textWidth(row.value, m.text)) + 12;

/** The width left for an item's label, and its lines; none when the label is drawn as a bar. */
function itemLines(row: Extract<ScreenRow, { kind: 'item' }>, s: ListStyle): string[] {
	const width = s.w - 16 - (row.current ? 8 : 0) - (s.chevrons ? 24 : 0) - valueRoom(row, s.m);
	// A current row is bold, but its label is short: measured a little wider than regular text, not as wide as a heading.
	return row.label === null ? [] : wrap(row.label, width, s.m.text, row.current ? 0.58 : GLYPH);
}

/** The width of a switch's state word, or of the bar drawn where no source gives the word. */
const stateWidth = (row: Extract<ScreenRow, { kind: 'toggle' }>, m: Metrics) => (row.state === null ? VALUE_BAR : textWidth(stateWord(row), m.text, BOLD));
const stateWord = (row: Extract<ScreenRow, { kind: 'toggle' }>) => row.state ?? (row.on ? 'On' : 'Off');
/** The width left for a switch's label: the row less the switch, the gap before it and its state word. */
const toggleWidth = (row: Extract<ScreenRow, { kind: 'toggle' }>, s: ListStyle) => s.w - 16 - SWITCH_ROOM - stateWidth(row, s.m);
const toggleLines = (row: Extract<ScreenRow, { kind: 'toggle' }>, s: ListStyle) => (row.label === null ? [] : wrap(row.label, toggleWidth(row, s), s.m.text));
const buttonLines = (row: Extract<ScreenRow, { kind: 'button' }>, s: ListStyle) => (row.label === null ? [] : wrap(row.label, s.w - 32, s.m.text, BOLD));
const headingLines = (row: Extract<ScreenRow, { kind: 'heading' }>, s: ListStyle) => (row.label === null ? [] : wrap(row.label, s.w - 16, s.m.heading, BOLD));
const linkLines = (row: Extract<ScreenRow, { kind: 'link' }>, s: ListStyle) => (row.label === null ? [] : wrap(row.label, s.w - 16, s.m.text, BOLD));

const TEXT_LINE = 22;
/** A block of `count` lines of text is this tall, and one line at least, for a bar drawn in place of words. */
const block = (count: number, size: number) => Math.max(1, count) * leading(size);

function rowHeight(row: ScreenRow, s: ListStyle): number {
	const { m } = s;
	switch (row.kind) {
		case 'item':
			return Math.max(m.row, itemLines(row, s).length * leading(m.text) + 20);
		case 'toggle':
			return Math.max(m.row + 8, toggleLines(row, s).length * leading(m.text) + 22);
		case 'button':
			return Math.max(m.row, block(buttonLines(row, s).length, m.text) + 18) + 16;
		case 'heading':
			return block(headingLines(row, s).length, m.heading) + 20;
		case 'link':
			return block(linkLines(row, s).length, m.text) + 14;
		case 'bar':
			return row.count * m.row;
		case 'text':
			return row.lines * TEXT_LINE + 12;
		case 'field':
			return row.count * (m.row + 8);
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
			const labelWidth = w - indent - 8 - (s.chevrons ? 24 : 0) - valueRoom(row, m);
			return (
				<>
					{row.current && <rect class="i" x={x} y={y + 8} width="4" height={h - 16} rx="2" />}
					{row.label === null ? (
						<Bar x={x + indent} y={middle - 5} w={bars(labelWidth)} strong={row.current} />
					) : (
						<Lines x={x + indent} baseline={firstBaseline(middle, lines.length, m.text)} lines={lines} size={m.text} cls={row.current ? 'b' : undefined} />
					)}
					{typeof row.value === 'string' && (
						<Text x={right} y={middle + Math.round(m.text * 0.35)} size={m.text} cls="m" anchor="end">
							{row.value}
						</Text>
					)}
					{row.value === null && <Bar x={right - VALUE_BAR} y={middle - 4} w={VALUE_BAR} h={8} />}
					{s.chevrons && <Chevron x={x + w - 12} y={middle} />}
					{rule}
					{row.highlight && <Ring box={{ x, y: y + 4, w, h: h - 8 }} round={8} />}
				</>
			);
		}
		case 'toggle': {
			const lines = toggleLines(row, s);
			// The ring takes in the switch and its state word.
			const state = Math.round(stateWidth(row, m)) + 10;
			return (
				<>
					{row.label === null ? (
						<Bar x={x + 8} y={middle - 5} w={bars(toggleWidth(row, s))} />
					) : (
						<Lines x={x + 8} baseline={firstBaseline(middle, lines.length, m.text)} lines={lines} size={m.text} />
					)}
					<Switch right={x + w - 8} middle={middle} on={row.on} word={row.state === null ? null : stateWord(row)} size={m.text} blank={VALUE_BAR} />
					{rule}
					{row.highlight && <Ring box={{ x: x + w - 60 - state, y: middle - 18, w: state + 56, h: 36 }} round={18} />}
				</>
			);
		}
		case 'button': {
			const lines = buttonLines(row, s);
			const box = { x, y: y + 8, w, h: h - 16 };
			return (
				<>
					<rect class="i" x={box.x} y={box.y} width={box.w} height={box.h} rx={Math.min(box.h / 2, 24)} />
					{row.label === null ? (
						<Bar x={x + w / 2 - 40} y={middle - 5} w={80} />
					) : (
						<Lines x={x + w / 2} baseline={firstBaseline(middle, lines.length, m.text)} lines={lines} size={m.text} cls="w" anchor="middle" />
					)}
					{row.highlight && <Ring box={box} round={Math.min(box.h / 2, 24)} />}
				</>
			);
		}
		case 'heading': {
			const lines = headingLines(row, s);
			if (row.label === null) return <Bar x={x + 8} y={middle - 4} w={bars(w - 16)} h={12} strong />;
			return <Lines x={x + 8} baseline={firstBaseline(middle + 2, lines.length, m.heading)} lines={lines} size={m.heading} cls="b" />;
		}
		case 'link': {
			const lines = linkLines(row, s);
			if (row.label === null) return <Bar x={x + 8} y={middle - 5} w={bars(w * 0.4)} />;
			return <Lines x={x + 8} baseline={firstBaseline(middle, lines.length, m.text)} lines={lines} size={m.text} cls="a" />;
		}
		case 'bar': {
			const { count } = row;
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
			const count = row.lines;
			const thick = row.strong ? 12 : 9;
			return (
				<>
					{Array.from({ length: count }, (_, i) => (
						<Bar
							x={x + 8}
							y={y + 6 + i * TEXT_LINE + (TEXT_LINE - thick) / 2}
							w={i === count - 1 && count > 1 ? bars(w - 16) * 0.7 : w - 16 - (i % 2) * 12}
							h={thick}
							strong={row.strong}
						/>
					))}
				</>
			);
		}
		case 'field': {
			const { count } = row;
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
export function list(rows: ScreenRow[], y: number, s: ListStyle, bars: Lengths): { svg: ComponentChildren; bottom: number } {
	let top = y;
	const svg = rows.map((row, i) => {
		const at = top;
		top += rowHeight(row, s);
		return <Row row={row} y={at} s={s} last={i === rows.length - 1 || rows[i + 1]?.kind === 'heading' || rows[i + 1]?.kind === 'divider'} bars={bars} />;
	});
	return { svg, bottom: top };
}
