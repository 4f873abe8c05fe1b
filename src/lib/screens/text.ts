/** Text in a drawing: what XML can hold, and labels shortened or wrapped to fit by an estimate of their width. */

/** Average glyph width of a system sans-serif, as a share of the font size; used to shorten long labels. */
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

/** Baseline of the first line so that a block of lines sits centred on `middle`. */
export const firstBaseline = (middle: number, count: number, size: number) => middle + Math.round(size * 0.35) - ((count - 1) * leading(size)) / 2;
