/**
 * Byte budgets every page must keep. Bytes are deterministic, so they are tested; timings are not, so
 * they live in the benchmark script.
 */
export const BUDGETS = {
	/** HTML with its inlined CSS, gzipped: fits the first round trip (about 14 KB). */
	htmlGzip: 14 * 1024,
	/** JavaScript on a page without the island: only the lazy search loader. */
	plainPageJsGzip: 1024,
	/** All JavaScript a guide page loads up front (island, framework, loader), gzipped. */
	islandPageJsGzip: 15 * 1024,
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
	if (page.html.gzip > BUDGETS.htmlGzip) problems.push(`${page.path}: HTML is ${kb(page.html.gzip)} gzipped, over ${kb(BUDGETS.htmlGzip)}`);
	if (page.css.raw > BUDGETS.externalCss) problems.push(`${page.path}: links ${kb(page.css.raw)} of CSS that blocks rendering`);
	const jsBudget = page.hasIsland ? BUDGETS.islandPageJsGzip : BUDGETS.plainPageJsGzip;
	if (page.js.gzip > jsBudget) problems.push(`${page.path}: loads ${kb(page.js.gzip)} of JavaScript gzipped, over ${kb(jsBudget)}`);
	return problems;
}

/**
 * Static imports of an ES module (not dynamic `import()`, which loads later, on demand). Handles the
 * minified forms bundlers write: `import{a}from"./x.js"` and `import"./x.js"`.
 */
export function staticImports(code: string): string[] {
	const found = new Set<string>();
	for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g)) found.add(m[1]!);
	for (const m of code.matchAll(/(?:^|[;\s}])export\s*(?:\*|\{[^}]*\})\s*from\s*["']([^"']+)["']/g)) found.add(m[1]!);
	return [...found];
}
