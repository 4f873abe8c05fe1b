/** The row layout engine: how tall each kind of row is, how it is drawn, and a list of rows one under the other. */
import type { ComponentChildren } from 'preact';
import { Chevron } from './icons';
import type { Metrics } from './metrics';
import { Avatar, Bar, Lines, Ring, Switch, SWITCH_ROOM, Text, type Lengths } from './primitives';
import { BOLD, firstBaseline, fit, GLYPH, leading, wrap } from './text';
import type { ScreenRow } from './types';

/** How a list is drawn: settings lists have lines between rows and chevrons; menus and the rail do not. */
interface ListStyle {
	x: number;
	w: number;
	m: Metrics;
	separators: boolean;
	chevrons: boolean;
}

/** The width left for an item's label, and its lines. */
function itemLines(row: Extract<ScreenRow, { kind: 'item' }>, s: ListStyle): string[] {
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
