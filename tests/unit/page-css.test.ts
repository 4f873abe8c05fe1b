import { describe, expect, test } from 'vitest';
import { keepUsedRules, scriptClassCandidates } from '../../src/lib/page-css';

describe('cutting the stylesheet down to a page', () => {
	const css = [
		'.chip{color:red}',
		'.unused{color:blue}',
		':where(.space-y-2>:not(:last-child)){margin-top:8px}',
		'@media (width>=40rem){.sm\\:ml-auto{margin-left:auto}.lg\\:grid{display:grid}}',
		'.chip[aria-current]{font-weight:700}',
		'.btn.wide{width:100%}',
		'h1{font-weight:700}',
	].join('');

	test('keeps rules for classes the page uses, and rules without classes; drops the rest', () => {
		const kept = keepUsedRules(css, new Set(['chip', 'space-y-2', 'sm:ml-auto', 'btn']));
		expect(kept).toContain('.chip{color:red}');
		expect(kept).toContain('.chip[aria-current]{font-weight:700}');
		expect(kept).toContain(':where(.space-y-2>:not(:last-child))');
		expect(kept).toContain('.sm\\:ml-auto{margin-left:auto}');
		expect(kept).toContain('h1{font-weight:700}');
		expect(kept).not.toContain('unused');
		expect(kept).not.toContain('lg\\:grid');
		// Needs both classes; only one is used.
		expect(kept).not.toContain('.wide');
	});

	test('a class inside :not() is not needed; one alternative of :is() is enough', () => {
		const kept = keepUsedRules('.a:not(.b){color:red}.c:is(.d,.e){color:blue}.f:is(.g){color:green}', new Set(['a', 'c', 'e', 'f']));
		expect(kept).toContain('.a:not(.b){color:red}');
		expect(kept).toContain('.c:is(.d,.e){color:#00f}');
		expect(kept).not.toContain('.f');
	});

	test('finds class names a script may add, inside strings and template literals', () => {
		const found = scriptClassCandidates('h("a",{class:"rounded-md border-2"});x=`h-auto ${y?"max-w-72":""}`');
		for (const name of ['rounded-md', 'border-2', 'h-auto', 'max-w-72']) expect(found).toContain(name);
	});
});
