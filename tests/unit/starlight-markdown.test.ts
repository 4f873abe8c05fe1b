import { describe, expect, test } from 'vitest';
import { mainToMarkdown } from '../../scripts/starlight';

const page = (main: string) => `<!doctype html><html><body><header><p>Site header</p></header><main>${main}</main><footer>Footer</footer></body></html>`;

describe('mainToMarkdown', () => {
	test("the main's headings, paragraphs, lists, links and images in order; the h1 is the title", () => {
		const html = page(
			'<article><header><h1 id="t">Turn it <em>off</em></h1><p class="lead">Yes. <strong>Switch</strong> it off.</p></header>' +
				'<section><h2>Step by step</h2><ol><li><p><input type="checkbox"><label>Step 1. Tap <q>Settings</q></label></p><figure><img src="/screens/a.svg" alt="The menu"><figcaption>A drawing.</figcaption></figure></li><li>Tap <a href="/b/">Data privacy</a></li></ol></section>' +
				'<ul><li>One</li><li>Two</li></ul></article>',
		);
		expect(mainToMarkdown(html)).toEqual({
			title: 'Turn it off',
			markdown: [
				'---',
				'title: "Turn it off"',
				'---',
				'',
				'Yes. **Switch** it off.',
				'',
				'## Step by step',
				'',
				'- Step 1. Tap “Settings”',
				'',
				'  ![The menu](/screens/a.svg)',
				'',
				'  A drawing.',
				'',
				'- Tap [Data privacy](/b/)',
				'',
				'- One',
				'- Two',
				'',
			].join('\n'),
		});
	});

	test('text not on screen at load is left out: hidden, popovers, screen-reader-only, controls, scripts', () => {
		const html = page(
			'<h1>T</h1><p>Seen.<span popover="auto">Sources</span><button>Copy</button></p><p hidden>Later</p><p class="sr-only">Status</p><p aria-hidden="true">Decor</p><script>x()</script><style>p{}</style><svg><text>Drawn</text></svg>',
		);
		expect(mainToMarkdown(html).markdown).toBe('---\ntitle: "T"\n---\n\nSeen.\n');
	});

	test('Markdown syntax in the text prints as text', () => {
		const html = page('<h1>T</h1><p>1. Where is it?</p><p>- not a list, *not* em, [L6] &lt;b&gt;</p><p><a href="/a b/(x)">link</a></p>');
		expect(mainToMarkdown(html).markdown).toBe(
			'---\ntitle: "T"\n---\n\n1\\. Where is it?\n\n\\- not a list, \\*not\\* em, \\[L6\\] \\<b\\>\n\n[link](</a b/(x)>)\n',
		);
	});

	test('a page without <main> is an error', () => {
		expect(() => mainToMarkdown('<p>no main</p>')).toThrow(/no <main>/);
	});
});
