import { describe, expect, test } from 'vitest';
import { frontmatter } from '../helpers/content';

describe('frontmatter of content files', () => {
	test('is read with Unix or Windows line endings alike', () => {
		const lf = '---\ntitle: LinkedIn FAQ\nlabel: L1\n---\n\nOur summary.\n';
		expect(frontmatter(lf, 'lf.mdx')).toEqual({ title: 'LinkedIn FAQ', label: 'L1' });
		expect(frontmatter(lf.replace(/\n/g, '\r\n'), 'crlf.mdx')).toEqual({ title: 'LinkedIn FAQ', label: 'L1' });
	});

	test('ends at a line that is only the fence, even at the end of the file', () => {
		expect(frontmatter('---\ntitle: a---b\nnote: |\n  --- not the end\n---', 'x.mdx')).toEqual({ title: 'a---b', note: '--- not the end\n' });
	});

	test('a file without it is named in the error', () => {
		expect(() => frontmatter('title: no fences\n', 'content/sources/x.mdx')).toThrow('content/sources/x.mdx: no frontmatter');
		expect(() => frontmatter('---\ntitle: never closed\n', 'content/sources/y.mdx')).toThrow('content/sources/y.mdx: no frontmatter');
	});
});
