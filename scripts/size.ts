/**
 * Measures what each built page costs a reader: HTML (CSS is inlined), linked CSS, and the JavaScript it
 * loads up front. `npm run size` prints the table; the build tests enforce the budgets with measure().
 */
import { existsSync, globSync, readFileSync } from 'node:fs';
import { join, posix, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { BUDGETS, budgetProblems, staticImports, type PageWeight, type Weight } from '../src/lib/budgets.ts';

/** DIST_DIR measures another build (one made with --outDir, say), as the build tests allow. */
const DIST = process.env['DIST_DIR'] ? resolve(process.env['DIST_DIR']) : fileURLToPath(new URL('../dist/', import.meta.url));

const weigh = (bytes: Buffer): Weight => ({ raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
const add = (a: Weight, b: Weight): Weight => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const ZERO: Weight = { raw: 0, gzip: 0 };

/** Every page; Pagefind's folders hold its own UI, which pages load only on demand. */
function htmlFiles(dir: string): string[] {
	return globSync('**/*.html', { cwd: dir, exclude: ['**/pagefind'] }).map((name) => join(dir, name));
}

/** Resolves a script URL found in a page or module to a file in dist/. */
function toFile(url: string, fromUrl: string): string | undefined {
	if (/^(https?:)?\/\//.test(url) || url.startsWith('data:')) return undefined;
	const path = url.startsWith('/') ? url : posix.join(posix.dirname(fromUrl), url);
	const file = join(DIST, path);
	return existsSync(file) ? file : undefined;
}

/** A module and everything it statically imports, each file counted once. */
function moduleClosure(entries: string[], pageUrl: string): Set<string> {
	const seen = new Set<string>();
	const queue = entries.map((u) => ({ url: u, from: pageUrl }));
	while (queue.length) {
		const { url, from } = queue.pop()!;
		const file = toFile(url, from);
		if (!file || seen.has(file)) continue;
		seen.add(file);
		const fileUrl = `/${relative(DIST, file).split(sep).join('/')}`;
		for (const dep of staticImports(readFileSync(file, 'utf8'), fileUrl)) queue.push({ url: dep, from: fileUrl });
	}
	return seen;
}

export function measure(): PageWeight[] {
	return htmlFiles(DIST)
		.map((file) => {
			const html = readFileSync(file);
			const text = html.toString('utf8');
			const path = `/${relative(DIST, file).split(sep).join('/')}`.replace(/index\.html$/, '');
			const attrs = (pattern: RegExp) => [...text.matchAll(pattern)].map((m) => m[1]!);
			const cssFiles = attrs(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)
				.map((u) => toFile(u, path))
				.filter((f): f is string => Boolean(f));
			// Island code is fetched as soon as the island hydrates, so it counts as loaded up front.
			const scripts = [
				...attrs(/<script[^>]+src="([^"]+)"/g),
				...attrs(/<link[^>]+rel="modulepreload"[^>]*href="([^"]+)"/g),
				...attrs(/component-url="([^"]+)"/g),
				...attrs(/renderer-url="([^"]+)"/g),
			];
			const inline = [...text.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
			const inlineImports = inline.flatMap((code) => staticImports(code, `inline script in ${path}`));
			let js = [...moduleClosure([...scripts, ...inlineImports], path)].reduce((sum, f) => add(sum, weigh(readFileSync(f))), ZERO);
			js = add(js, weigh(Buffer.from(inline.join(''))));
			return {
				path,
				html: weigh(html),
				css: cssFiles.reduce((sum, f) => add(sum, weigh(readFileSync(f))), ZERO),
				js,
				hasIsland: text.includes('<astro-island'),
			};
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
		`\nBudgets: HTML ≤ ${BUDGETS.htmlGzip / 1024} KB gz; JS ≤ ${BUDGETS.plainPageJsGzip / 1024} KB gz (≤ ${BUDGETS.islandPageJsGzip / 1024} KB with the guide island); no linked CSS.`,
	);
	console.log(problems.length ? `\n${problems.length} over budget:\n${problems.join('\n')}` : `All ${pages.length} pages within budget.`);
	process.exitCode = problems.length ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
