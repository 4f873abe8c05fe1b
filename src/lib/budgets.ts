/**
 * Byte budgets every page must keep. Bytes are deterministic, so they are tested; timings are not, so
 * they live in the benchmark script.
 */

import { parse } from 'es-module-lexer';

/**
 * What a page carries, as its <body data-island> marker says: the chooser island ready at once (home, the
 * guide index, the one-question pages), the chooser waking only when a reader reaches it (guide pages, whose
 * steps are server HTML), the rights kit's letters (no island, but a script of their own), or nothing.
 */
export type IslandKind = 'chooser' | 'chooser-when-seen' | 'letters' | undefined;

export const BUDGETS = {
	/** HTML with its inlined CSS, gzipped: fits the first round trip (about 14 KB). */
	htmlGzip: 14 * 1024,
	/**
	 * A page whose chooser wakes at once: its HTML leaves room in those first round trips for the island's
	 * own code, which loads up front.
	 */
	chooserPageHtmlGzip: 11 * 1024,
	/**
	 * A rights page carries its three letters in full, so they read and copy without JavaScript. Its first
	 * screen (heading, intro, what switching off did) is still in the first 14 KB, which the browser renders
	 * as it arrives; the letters further down may take one more round trip.
	 */
	lettersPageHtmlGzip: 16 * 1024,
	/** JavaScript on a page without the island: only the lazy search loader (0.2 KB), with room for a small script. */
	plainPageJsGzip: 1.5 * 1024,
	/**
	 * A guide page, whose chooser waits: the tick and share wiring, and Astro's small island loader that
	 * wakes the chooser when it is seen (inline scripts included).
	 */
	guidePageJsGzip: 5 * 1024,
	/**
	 * A rights page with letters: the script that fills them as the reader types, copies them and makes the
	 * follow-up calendar file in the browser (about 1.7 KB), beside the search loader.
	 */
	lettersPageJsGzip: 3 * 1024,
	/** All JavaScript a page whose chooser wakes at once loads up front (island, framework, loader, inline scripts). */
	chooserPageJsGzip: 12 * 1024,
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
	/** JavaScript loaded up front: scripts, their static imports, island code that wakes at load, inline scripts. */
	js: Weight;
	island: IslandKind;
}

/** Every budget a page breaks, as readable sentences. */
export function budgetProblems(page: PageWeight): string[] {
	const problems: string[] = [];
	const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
	const htmlBudget = page.island === 'chooser' ? BUDGETS.chooserPageHtmlGzip : page.island === 'letters' ? BUDGETS.lettersPageHtmlGzip : BUDGETS.htmlGzip;
	if (page.html.gzip > htmlBudget) problems.push(`${page.path}: HTML is ${kb(page.html.gzip)} gzipped, over ${kb(htmlBudget)}`);
	if (page.css.raw > BUDGETS.externalCss) problems.push(`${page.path}: links ${kb(page.css.raw)} of CSS that blocks rendering`);
	const jsBudget =
		page.island === 'chooser'
			? BUDGETS.chooserPageJsGzip
			: page.island === 'chooser-when-seen'
				? BUDGETS.guidePageJsGzip
				: page.island === 'letters'
					? BUDGETS.lettersPageJsGzip
					: BUDGETS.plainPageJsGzip;
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
