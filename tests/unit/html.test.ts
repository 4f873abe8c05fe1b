import { describe, expect, test } from 'vitest';
import { applyEdits, byId, byTag, classesIn, parseHtml, rangeOf, replaceText, textOf } from '../../src/lib/html';

const page =
	'<!doctype html><html><head><style>.a{color:red}</style>' +
	'<meta http-equiv="content-security-policy" content="script-src &#39;self&#39; &quot;x&quot;"></head>' +
	'<body data-island="chooser"><p class="a  sm:b"><span class="c">x</span><i data-class="d"></i></p><script>let s = "</p>";</script></body></html>';

describe('reading a built page', () => {
	test('class names come from class attributes only', () => {
		expect([...classesIn(parseHtml(page))]).toEqual(['a', 'sm:b', 'c']);
	});

	test('attribute values are decoded by the parser', () => {
		const meta = byTag(parseHtml(page), 'meta')[0]!;
		expect(meta.attribs['content']).toBe(`script-src 'self' "x"`);
	});

	test("a script's code is its text, markup-looking strings included", () => {
		expect(textOf(byTag(parseHtml(page), 'script')[0]!)).toBe('let s = "</p>";');
	});

	test('an element is found by id', () => {
		expect(byId(parseHtml('<main><article id="walkthrough"><h1>Hi</h1></article></main>'), 'walkthrough')?.name).toBe('article');
	});
});

describe('editing a built page in place', () => {
	test('a style and a meta element are replaced and nothing else moves', () => {
		const doc = parseHtml(page);
		const style = byTag(doc, 'style')[0]!;
		const meta = byTag(doc, 'meta')[0]!;
		const out = applyEdits(page, [replaceText(page, style, '.a{color:#00f}'), { ...rangeOf(meta), text: '<meta name="x">' }]);
		expect(out).toBe(page.replace('.a{color:red}', '.a{color:#00f}').replace(/<meta http-equiv[^>]*>/, '<meta name="x">'));
	});

	test('an empty style element gets its rules after the start tag', () => {
		const html = '<head><style data-x="1"></style></head>';
		const style = byTag(parseHtml(html), 'style')[0]!;
		expect(applyEdits(html, [replaceText(html, style, 'p{margin:0}')])).toBe('<head><style data-x="1">p{margin:0}</style></head>');
	});
});
