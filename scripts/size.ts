/**
 * Measures what each built page costs a reader: HTML (CSS is inlined), linked CSS, and the JavaScript it
 * loads up front. `npm run size` prints the table; the build tests enforce the budgets with measure().
 */
import { existsSync, globSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUDGETS, budgetProblems, type IslandKind, type PageWeight } from '../src/lib/budgets.ts';
import { byTag, parseHtml } from '../src/lib/html.ts';
import { addWeights, firstLoad, type ReadAsset } from '../src/lib/first-load.ts';

/** DIST_DIR measures another build (one made with --outDir, say), as the build tests allow. */
const DIST = process.env['DIST_DIR'] ? resolve(process.env['DIST_DIR']) : fileURLToPath(new URL('../dist/', import.meta.url));

/** Every page; Pagefind's folders hold its own UI, which pages load only on demand. */
function htmlFiles(dir: string): string[] {
	return globSync('**/*.html', { cwd: dir, exclude: ['**/pagefind'] }).map((name) => join(dir, name));
}

/** Reads site paths ("/_astro/x.js") from a built site's folder; nothing outside it. */
export function siteReader(dir: string): ReadAsset {
	return (path) => {
		const file = join(dir, path);
		if (relative(dir, file).startsWith('..') || !existsSync(file) || !statSync(file).isFile()) return undefined;
		return readFileSync(file);
	};
}

/** The site path of a built HTML file: "/guide/eu-eea/android/" for …/guide/eu-eea/android/index.html. */
export function pagePath(dir: string, file: string): string {
	return `/${relative(dir, file).split(sep).join('/')}`.replace(/index\.html$/, '');
}

export function measure(): PageWeight[] {
	const read = siteReader(DIST);
	return htmlFiles(DIST)
		.map((file) => {
			const html = readFileSync(file);
			const path = pagePath(DIST, file);
			const load = firstLoad(path, html, read);
			// The budgets count inline scripts as JavaScript too, so a page cannot dodge them by inlining.
			const island = byTag(parseHtml(html.toString('utf8')), 'body')[0]?.attribs['data-island'] as IslandKind;
			return { path, html: load.html, css: load.css, js: addWeights(load.js, load.inlineJs), island };
		})
		.sort((a, b) => a.path.localeCompare(b.path));
}

function main(): void {
	if (!existsSync(join(DIST, 'index.html'))) {
		console.error(`No built site in ${DIST}. Run "npm run build" first.`);
		process.exit(1);
	}
	const pages = measure();
	const kb = (n: number) => (n / 1024).toFixed(1).padStart(6);
	console.log(
		`${'page'.padEnd(44)} ${'HTML raw'.padStart(8)} ${'HTML gz'.padStart(8)} ${'CSS gz'.padStart(7)} ${'JS raw'.padStart(7)} ${'JS gz'.padStart(7)}  (KB)`,
	);
	for (const p of pages) console.log(`${p.path.padEnd(44)} ${kb(p.html.raw)}   ${kb(p.html.gzip)}   ${kb(p.css.gzip)}  ${kb(p.js.raw)}  ${kb(p.js.gzip)}`);
	const problems = pages.flatMap(budgetProblems);
	console.log(
		`\nBudgets: HTML ≤ ${BUDGETS.htmlGzip / 1024} KB gz (≤ ${BUDGETS.chooserPageHtmlGzip / 1024} KB where the chooser wakes at once); JS ≤ ${BUDGETS.plainPageJsGzip / 1024} KB gz (≤ ${BUDGETS.guidePageJsGzip / 1024} KB on guide pages, ≤ ${BUDGETS.chooserPageJsGzip / 1024} KB where the chooser wakes at once); no linked CSS.`,
	);
	console.log(problems.length ? `\n${problems.length} over budget:\n${problems.join('\n')}` : `All ${pages.length} pages within budget.`);
	process.exitCode = problems.length ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
