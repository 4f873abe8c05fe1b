/**
 * The little Markdown a translated category body uses: paragraphs separated by blank lines, and links
 * written [text](address). Everything else stays plain text, so it is rendered as data, never as HTML.
 */

export type Inline = { text: string } | { text: string; href: string };

/** Paragraphs, each a list of plain text and links. */
export function lightMarkdown(source: string): Inline[][] {
	return source
		.trim()
		.split(/\n\s*\n/)
		.map((block) => block.replace(/\s*\n\s*/g, ' ').trim())
		.filter(Boolean)
		.map((block) => {
			const parts: Inline[] = [];
			let last = 0;
			for (const match of block.matchAll(/\[([^\]]+)\]\(([^)\s]+)\)/g)) {
				if (match.index > last) parts.push({ text: block.slice(last, match.index) });
				parts.push({ text: match[1]!, href: match[2]! });
				last = match.index + match[0].length;
			}
			if (last < block.length) parts.push({ text: block.slice(last) });
			return parts;
		});
}
