/**
 * What a page costs on its first load: the HTML, the stylesheets that block rendering, and the JavaScript
 * fetched up front, each gzipped. One function weighs our pages (`npm run size`, the budget tests) and
 * the Starlight page they are compared with (`npm run bench`), so both are counted the same way.
 *
 * Counted: the HTML itself (inline <style> and <script> included); <link rel="stylesheet"> unless it is
 * only for print or disabled; script files (<script src>, modulepreload and `as="script"` preloads, the
 * component, renderer and before-hydration URLs of islands that hydrate at load or when idle) with
 * everything they and inline module scripts import statically. Not counted: images, fonts, icons, dynamic
 * `import()`, islands that wait to be seen or used, `nomodule` scripts, data blocks such as JSON-LD, and
 * anything from another origin.
 */
import { gzipSync } from 'node:zlib';
import { staticImports, type Weight } from './budgets.ts';
import { byTag, parseHtml, textOf } from './html.ts';

/** The bytes at a site-absolute path ("/_astro/x.js"), or undefined when the site has no such file. */
export type ReadAsset = (path: string) => Uint8Array | undefined;

export interface FirstLoad {
	/** The page as served, inline styles and scripts included. */
	html: Weight;
	/** Render-blocking stylesheets. */
	css: Weight;
	/** Script files loaded up front and their static imports. */
	js: Weight;
	/** The code of the inline scripts. Already inside `html`; the budgets count it as JavaScript as well. */
	inlineJs: Weight;
	/** html + css + js: every byte of the first load, each counted once. */
	total: Weight;
	/** One for the page, one per stylesheet and script file. */
	requests: number;
	/** Paths of the stylesheets and scripts, in the order found. */
	files: string[];
	/** Paths the page or a module refers to that the site does not have (not counted). */
	missing: string[];
}

export const weigh = (bytes: Uint8Array): Weight => ({ raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
export const addWeights = (a: Weight, b: Weight): Weight => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const ZERO: Weight = { raw: 0, gzip: 0 };

/** Types a browser runs as JavaScript; anything else in a <script> (JSON, templates) is data. */
const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/**
 * Island directives whose component is fetched as the page loads (at once, or as soon as the browser is
 * idle); an island that waits until it is scrolled to or used (`visible`, `media`, `only`) loads on demand.
 */
const EAGER_ISLANDS = new Set(['load', 'idle']);

/** A reference resolved against `base` to a path on this site; undefined for other origins and data: URLs. */
function sitePath(ref: string, base: string): string | undefined {
	const origin = 'http://site.invalid';
	let url: URL;
	try {
		url = new URL(ref.trim(), origin + base);
	} catch {
		return undefined;
	}
	if (url.origin !== origin) return undefined;
	try {
		return decodeURIComponent(url.pathname);
	} catch {
		return url.pathname;
	}
}

/**
 * Weighs the first load of the page at `pagePath` ("/guide/eu-eea/android/") whose HTML is `html`,
 * reading the files it loads with `read`.
 */
export function firstLoad(pagePath: string, html: Uint8Array | string, read: ReadAsset): FirstLoad {
	const bytes = typeof html === 'string' ? new TextEncoder().encode(html) : html;
	const text = typeof html === 'string' ? html : new TextDecoder().decode(html);

	const doc = parseHtml(text);
	const inlineCode: string[] = [];
	const inlineModules: string[] = [];
	const scriptRefs: string[] = [];
	for (const script of byTag(doc, 'script')) {
		const type = (script.attribs['type'] ?? '').trim().toLowerCase();
		if (!JS_TYPES.has(type) || 'nomodule' in script.attribs) continue;
		const src = script.attribs['src'];
		if (src !== undefined) scriptRefs.push(src);
		else {
			inlineCode.push(textOf(script));
			if (type === 'module') inlineModules.push(textOf(script));
		}
	}

	const cssRefs: string[] = [];
	for (const link of byTag(doc, 'link')) {
		const rel = (link.attribs['rel'] ?? '').toLowerCase().split(/\s+/);
		const href = link.attribs['href'];
		if (href === undefined) continue;
		if (rel.includes('stylesheet') && !('disabled' in link.attribs) && (link.attribs['media'] ?? '').trim().toLowerCase() !== 'print') cssRefs.push(href);
		if (rel.includes('modulepreload') || (rel.includes('preload') && link.attribs['as'] === 'script')) scriptRefs.push(href);
	}
	// An island's code is fetched when it hydrates: up front for one that wakes at once, on demand for one that waits.
	for (const island of byTag(doc, 'astro-island')) {
		if (!EAGER_ISLANDS.has(island.attribs['client'] ?? 'load')) continue;
		for (const attr of ['component-url', 'renderer-url', 'before-hydration-url']) {
			const ref = island.attribs[attr];
			if (ref) scriptRefs.push(ref);
		}
	}

	const files: string[] = [];
	const missing: string[] = [];
	const seen = new Set<string>();
	/** Reads a file the first time it is referred to; undefined if already counted, elsewhere or absent. */
	const take = (ref: string, base: string): { path: string; bytes: Uint8Array } | undefined => {
		const path = sitePath(ref, base);
		if (path === undefined || seen.has(path)) return undefined;
		seen.add(path);
		const found = read(path);
		if (!found) {
			missing.push(path);
			return undefined;
		}
		files.push(path);
		return { path, bytes: found };
	};

	let css = ZERO;
	for (const ref of cssRefs) {
		const file = take(ref, pagePath);
		if (file) css = addWeights(css, weigh(file.bytes));
	}

	let js = ZERO;
	const queue = [...scriptRefs, ...inlineModules.flatMap((code) => staticImports(code, `inline script in ${pagePath}`))].map((ref) => ({
		ref,
		base: pagePath,
	}));
	while (queue.length) {
		const { ref, base } = queue.shift()!;
		const file = take(ref, base);
		if (!file) continue;
		js = addWeights(js, weigh(file.bytes));
		for (const dep of staticImports(new TextDecoder().decode(file.bytes), file.path)) queue.push({ ref: dep, base: file.path });
	}

	const htmlWeight = weigh(bytes);
	return {
		html: htmlWeight,
		css,
		js,
		inlineJs: weigh(new TextEncoder().encode(inlineCode.join(''))),
		total: addWeights(addWeights(htmlWeight, css), js),
		requests: 1 + files.length,
		files,
		missing,
	};
}
