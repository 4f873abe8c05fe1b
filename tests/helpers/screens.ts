/** Drawings and ways to read them, shared by the screen drawings' tests in tests/unit/screens/. */
import type { z } from 'astro/zod';
import { DOMParser } from 'linkedom';
import sax from 'sax';
import { expect } from 'vitest';
import type { ScreenDrawing, ScreenRow } from '../../src/lib/screens';
import { ScreenRowSchema } from '../../src/schemas/screen';

/** A row written as in content/screens.yaml, with the defaults the schema fills in, as the site passes it. */
export const row = (input: z.input<typeof ScreenRowSchema>): ScreenRow => ScreenRowSchema.parse(input);

export const base: ScreenDrawing = {
	frame: 'desktop',
	layout: 'page',
	title: 'Data privacy',
	address: 'linkedin.com/mypreferences/d/categories/privacy',
	rows: [
		row({ kind: 'heading', label: 'How LinkedIn uses your data' }),
		row({ kind: 'bar', count: 2 }),
		row({ kind: 'item', label: 'Data for Generative AI Improvement', value: 'On', highlight: true }),
		row({ kind: 'item', label: 'Advertising data' }),
	],
	alt: 'The Data privacy page, with Data for Generative AI Improvement highlighted.',
};
export const iphone: ScreenDrawing = { ...base, frame: 'iphone', address: undefined };
export const android: ScreenDrawing = { ...base, frame: 'android', address: undefined };
export const DEVICES = [
	['desktop', base],
	['iphone', iphone],
	['android', android],
] as const;
export const hostile = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', `it's <b>bold</b> & "quoted"`, 'a]]>b'];

export const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml') as unknown as Document;
export const texts = (doc: Document) => [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');
export const num = (el: Element, name: string) => Number(el.getAttribute(name));
export const textEl = (doc: Document, label: string) => [...doc.querySelectorAll('text')].find((t) => t.textContent === label);
export const unhighlighted = (rows: ScreenRow[]): ScreenRow[] => rows.map((row) => ('highlight' in row ? { ...row, highlight: false } : row));

/** Reads the file with a strict XML parser, which throws on anything malformed; returns the root's attributes, decoded. */
export function strictRootAttributes(svg: string): Record<string, string> {
	const parser = sax.parser(true);
	let root: Record<string, string> | undefined;
	parser.onopentag = (tag) => {
		root ??= tag.attributes as Record<string, string>;
	};
	parser.write(svg).close();
	return root ?? {};
}

/** The ring's box, as drawn. */
export function ring(doc: Document) {
	const rects = [...doc.querySelectorAll('[data-highlight]')];
	expect(rects).toHaveLength(1);
	const r = rects[0]!;
	return { x: num(r, 'x'), y: num(r, 'y'), w: num(r, 'width'), h: num(r, 'height') };
}
export const inside = (p: { x: number; y: number }, b: { x: number; y: number; w: number; h: number }) =>
	p.x > b.x && p.x < b.x + b.w && p.y > b.y && p.y < b.y + b.h;
