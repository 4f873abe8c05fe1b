import { describe, expect, test } from 'vitest';
import { BUDGETS, budgetProblems, staticImports } from '../../src/lib/budgets';

const page = (over: Partial<Parameters<typeof budgetProblems>[0]> = {}) => ({
	path: '/x/',
	html: { raw: 30_000, gzip: 8_000 },
	css: { raw: 0, gzip: 0 },
	js: { raw: 1_000, gzip: 600 },
	island: undefined,
	...over,
});

describe('budgets', () => {
	test('a light page passes', () => {
		expect(budgetProblems(page())).toEqual([]);
	});
	test('heavy HTML, linked CSS and too much JavaScript are each named', () => {
		const problems = budgetProblems(page({ html: { raw: 90_000, gzip: BUDGETS.htmlGzip + 1 }, css: { raw: 500, gzip: 200 }, js: { raw: 9_000, gzip: 2_000 } }));
		expect(problems).toHaveLength(3);
		expect(problems[0]).toMatch(/^\/x\/: HTML is 14\.0 KB gzipped/);
	});
	test('a page whose chooser wakes at once gets 12 KB of JavaScript but only 11 KB of HTML', () => {
		const chooser = { island: 'chooser' } as const;
		expect(budgetProblems(page({ js: { raw: 30_000, gzip: 12 * 1024 }, ...chooser }))).toEqual([]);
		expect(budgetProblems(page({ js: { raw: 30_000, gzip: 12 * 1024 + 1 }, ...chooser }))).toEqual(['/x/: loads 12.0 KB of JavaScript gzipped, over 12.0 KB']);
		expect(budgetProblems(page({ html: { raw: 40_000, gzip: 11 * 1024 }, ...chooser }))).toEqual([]);
		expect(budgetProblems(page({ html: { raw: 40_000, gzip: 11 * 1024 + 1 }, ...chooser }))).toEqual(['/x/: HTML is 11.0 KB gzipped, over 11.0 KB']);
	});
	test('a guide page, whose chooser waits, gets the 14 KB of HTML of any page and 5 KB of JavaScript', () => {
		const guide = { island: 'chooser-when-seen' } as const;
		expect(budgetProblems(page({ html: { raw: 40_000, gzip: 11 * 1024 + 1 }, js: { raw: 9_000, gzip: 5 * 1024 }, ...guide }))).toEqual([]);
		expect(budgetProblems(page({ js: { raw: 9_000, gzip: 5 * 1024 + 1 }, ...guide }))).toEqual(['/x/: loads 5.0 KB of JavaScript gzipped, over 5.0 KB']);
	});
	test('a page without the island gets 1.5 KB of JavaScript', () => {
		expect(budgetProblems(page({ js: { raw: 3_000, gzip: 1536 } }))).toEqual([]);
		expect(budgetProblems(page({ js: { raw: 3_000, gzip: 1537 } }))).toEqual(['/x/: loads 1.5 KB of JavaScript gzipped, over 1.5 KB']);
	});
	test('static imports are found in minified code; dynamic ones are not', () => {
		const code = 'import{a as b}from"./chunk.js";import"./side.js";export*from"./re.js";const x=()=>import("./lazy.js");';
		expect(staticImports(code).sort()).toEqual(['./chunk.js', './re.js', './side.js']);
	});
	test('named re-exports count; import.meta, strings and comments that look like imports do not', () => {
		const code = 'export{x as y}from"./named.js";const u=new URL("a",import.meta.url);const s=\'import"./not.js"\';/* import"./comment.js" */';
		expect(staticImports(code)).toEqual(['./named.js']);
	});
	test('the same module imported twice is listed once', () => {
		expect(staticImports('import{a}from"./m.js";import{b}from"./m.js";')).toEqual(['./m.js']);
	});
});
