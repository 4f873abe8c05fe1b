/**
 * Byte budgets every page must keep. Bytes are deterministic, so they are tested; timings are not, so
 * they live in the benchmark script.
 */

import { parse } from 'es-module-lexer';
import { DEFAULT_LANG, langOfPath } from '../i18n/lang.ts';

export const BUDGETS = {
	/** HTML with its inlined CSS, gzipped: fits the first round trip (about 14 KB). */
	htmlGzip: 14 * 1024,
	/**
	 * A page with the guide island (every guide and chooser page): its HTML leaves room in that first round
	 * trip for the island's own code, and for the words of longer languages.
	 */
	islandPageHtmlGzip: 11 * 1024,
	/** The same pages in German and French, whose sentences run about a tenth longer than English. */
	translatedIslandPageHtmlGzip: 12 * 1024,
	/** JavaScript on a page without the island: only the lazy search loader. */
	plainPageJsGzip: 1024,
	/** All JavaScript a guide page loads up front (island, framework, loader, inline scripts), gzipped. */
	islandPageJsGzip: 12 * 1024,
	/** Stylesheets fetched separately: none, so nothing blocks rendering. */
	externalCss: 0,
} as const;

export interface Weight {
	raw: number;
	gzip: number;
}

export interface PageWeight {
	path: string;
	html: Weight;
	/** Stylesheets the page links to (render-blocking requests). */
	css: Weight;
	/** JavaScript loaded up front: scripts, their static imports, and island code. */
	js: Weight;
	hasIsland: boolean;
}

/** Every budget a page breaks, as readable sentences. */
export function budgetProblems(page: PageWeight): string[] {
	const problems: string[] = [];
	const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
	const translated = langOfPath(page.path) !== DEFAULT_LANG;
	const htmlBudget = !page.hasIsland ? BUDGETS.htmlGzip : translated ? BUDGETS.translatedIslandPageHtmlGzip : BUDGETS.islandPageHtmlGzip;
	if (page.html.gzip > htmlBudget) problems.push(`${page.path}: HTML is ${kb(page.html.gzip)} gzipped, over ${kb(htmlBudget)}`);
	if (page.css.raw > BUDGETS.externalCss) problems.push(`${page.path}: links ${kb(page.css.raw)} of CSS that blocks rendering`);
	const jsBudget = page.hasIsland ? BUDGETS.islandPageJsGzip : BUDGETS.plainPageJsGzip;
	if (page.js.gzip > jsBudget) problems.push(`${page.path}: loads ${kb(page.js.gzip)} of JavaScript gzipped, over ${kb(jsBudget)}`);
	return problems;
}

/**
 * Static imports of an ES module (not dynamic `import()`, which loads later, on demand), re-exports
 * included: `import{a}from"./x.js"`, `import"./x.js"`, `export*from"./x.js"`. es-module-lexer reads the
 * code as JavaScript, so an import-like string or comment is not mistaken for one. `name` labels parse errors.
 */
export function staticImports(code: string, name?: string): string[] {
	// parse() compiles the lexer synchronously on first use, so callers need not await init().
	const [imports] = parse(code, name);
	const found = imports.flatMap((i) => ((i.type === 'static' || i.type === 'reexport-star') && !i.typeOnly ? [i.specifier] : []));
	return [...new Set(found)];
}
