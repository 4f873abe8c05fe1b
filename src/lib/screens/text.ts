/** Text in a drawing: what XML can hold, and labels wrapped to fit by an estimate of their width. No label is ever cut. */

/** Average glyph width of a system sans-serif, as a share of the font size. */
export const GLYPH = 0.56;
/** Bold is wider. */
export const BOLD = 0.62;

export const leading = (size: number) => Math.round(size * 1.3);

/**
 * Drops the characters XML 1.0 cannot hold, which no escaping can save: control characters other than
 * tab and line breaks, U+FFFE and U+FFFF; a lone surrogate becomes U+FFFD.
 */
export function xmlSafe(text: string): string {
	// eslint-disable-next-line no-control-regex -- matching control characters is the point
	return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '').replace(/\p{Cs}/gu, '\uFFFD');
}

/** Hangul, CJK and full-width forms take a whole em, about twice a Latin letter. */
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const split = (text: string) => Array.from(graphemes.segment(text), (s) => s.segment);

/** The estimated width of a text at a font size; `glyph` is the average width of a narrow character. */
export function textWidth(text: string, size: number, glyph = GLYPH): number {
	return split(text).reduce((sum, g) => sum + (WIDE.test(g) ? 1 : glyph), 0) * size;
}

/**
 * Splits a label into as many lines as it needs to fit a width, breaking at spaces. A word wider than a
 * whole line (a long compound, or text in a script written without spaces) is broken between characters,
 * never inside an emoji or an accented letter. Every character of the label is kept.
 */
export function wrap(text: string, width: number, size: number, glyph = GLYPH): string[] {
	const fits = (s: string) => textWidth(s, size, glyph) <= width;
	const lines: string[] = [];
	let line = '';
	for (const word of text.trim().split(/\s+/)) {
		const next = line ? `${line} ${word}` : word;
		if (fits(next)) {
			line = next;
			continue;
		}
		if (line) lines.push(line);
		line = '';
		for (const g of split(word)) {
			if (line && !fits(line + g)) {
				lines.push(line);
				line = '';
			}
			line += g;
		}
	}
	if (line) lines.push(line);
	return lines;
}

/** Baseline of the first line so that a block of lines sits centred on `middle`. */
export const firstBaseline = (middle: number, count: number, size: number) => middle + Math.round(size * 0.35) - ((count - 1) * leading(size)) / 2;
