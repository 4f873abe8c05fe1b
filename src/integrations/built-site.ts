/**
 * What happens to the built site after Astro has written it, as one integration with named steps in a
 * fixed order. Pages are read with a real HTML parser (src/lib/html.ts) and edited in place.
 *
 * 1. page-css: each page inlines only the CSS rules it can use, and gets a Content-Security-Policy listing
 *    exactly its own inline scripts and styles (Astro lists every hash the site needs on every page).
 * 2. search-index: Pagefind indexes the pages, one index per language, each with its kind and tier for
 *    search (src/lib/search-labels.ts), which Pagefind reads from the copy it is given, not from the file.
 * 3. headers: the header form of the CSP (the union of the pages' policies) goes into _headers.
 *
 * Links and words are right when rendered; nothing here changes what a page says.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { existsSync, globSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { mergeCsp, pagePolicy } from '../lib/csp';
import { applyEdits, attribute, byId, byTag, classesIn, elements, parseHtml, rangeOf, replaceText, textOf, type Document, type Edit } from '../lib/html';
import { keepUsedRules, scriptClassCandidates } from '../lib/page-css';
import { pathOfFile, withSearchLabels } from '../lib/search-labels';

interface BuiltPage {
	file: string;
	html: string;
}

/** The CSP <meta> Astro writes (security.csp). */
const cspMeta = (doc: Document) => elements(doc, (e) => e.name === 'meta' && e.attribs['http-equiv']?.toLowerCase() === 'content-security-policy')[0];

/** Inline scripts: those without a src, whose code the page's policy must hash. */
const inlineScripts = (doc: Document) => byTag(doc, 'script').filter((s) => s.attribs['src'] === undefined);

/** Step 1: per-page CSS and CSP. */
function pageCss(dist: string, pages: BuiltPage[], logger: AstroIntegrationLogger): void {
	const fromScripts = new Set<string>();
	for (const file of globSync('_astro/**/*.js', { cwd: dist }))
		for (const name of scriptClassCandidates(readFileSync(join(dist, file), 'utf8'))) fromScripts.add(name);
	const parsed = pages.map((page) => ({ ...page, doc: parseHtml(page.html) }));
	// The chooser island swaps in any pair's walkthrough, so a page that carries it may show every walkthrough's classes.
	const fromWalkthroughs = new Set<string>();
	for (const { doc } of parsed) {
		const walkthrough = byId(doc, 'walkthrough');
		if (walkthrough) for (const name of classesIn(walkthrough)) fromWalkthroughs.add(name);
	}
	let before = 0;
	let after = 0;
	for (const { file, html, doc } of parsed) {
		const body = byTag(doc, 'body')[0];
		const used = new Set([...classesIn(doc), ...fromScripts, ...(body?.attribs['data-island']?.startsWith('chooser') ? fromWalkthroughs : [])]);
		const edits: Edit[] = [];
		const styles = byTag(doc, 'style').map((style) => {
			const css = textOf(style);
			const kept = keepUsedRules(css, used);
			before += css.length;
			after += kept.length;
			edits.push(replaceText(html, style, kept));
			return kept;
		});
		const meta = cspMeta(doc);
		if (!meta) throw new Error(`${file}: no Content-Security-Policy <meta>; security.csp must be on.`);
		const policy = pagePolicy(meta.attribs['content'] ?? '', { scripts: inlineScripts(doc).map(textOf), styles });
		edits.push({ ...rangeOf(meta), text: `<meta http-equiv="content-security-policy" content="${attribute(policy)}">` });
		writeFileSync(file, applyEdits(html, edits));
	}
	logger.info(`page-css: trimmed inlined CSS on ${pages.length} pages from ${before} to ${after} characters`);
}

/** Fails the build on any Pagefind error instead of shipping a half-written index. */
function assertNoErrors(step: string, errors: readonly string[]): void {
	if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

/**
 * Step 2: the search index. Pagefind reads each page's <html lang> and keeps one index per language. Each page
 * is handed over with its search labels added, so the file on disk, which readers get, stays as it was.
 */
async function searchIndex(dist: string, pages: BuiltPage[], logger: AstroIntegrationLogger): Promise<void> {
	try {
		// Sources buttons and their notes are not page text: kept out here, so no page carries a marker on each one.
		const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['.cites'] });
		assertNoErrors('start', errors);
		if (!index) throw new Error('Pagefind returned no index');
		for (const { file } of pages) {
			const sourcePath = relative(dist, file);
			const added = await index.addHTMLFile({ sourcePath, content: withSearchLabels(readFileSync(file, 'utf8'), pathOfFile(sourcePath)) });
			assertNoErrors(`indexing ${sourcePath}`, added.errors);
		}
		assertNoErrors('writing', (await index.writeFiles({ outputPath: join(dist, 'pagefind') })).errors);
		logger.info(`search-index: indexed ${pages.length} pages`);
	} finally {
		await pagefind.close();
	}
}

/** Step 3: the CSP as a header, for hosts that read _headers: every page's policy merged, plus frame-ancestors. */
function headers(dist: string, pages: BuiltPage[], logger: AstroIntegrationLogger): void {
	const file = join(dist, '_headers');
	if (!existsSync(file)) return;
	const policies = pages.flatMap(({ file: page }) => {
		const content = cspMeta(parseHtml(readFileSync(page, 'utf8')))?.attribs['content'];
		return content ? [content] : [];
	});
	if (policies.length === 0) throw new Error('No page carries a Content-Security-Policy <meta>; security.csp must be on.');
	writeFileSync(file, readFileSync(file, 'utf8').replace('BUILT_CSP', mergeCsp(policies, ["frame-ancestors 'none'"])));
	logger.info(`headers: wrote the CSP header for ${policies.length} pages`);
}

export const builtSite = (): AstroIntegration => ({
	name: 'site:built-site',
	hooks: {
		'astro:build:done': async ({ dir, logger }) => {
			const dist = fileURLToPath(dir);
			const pages = globSync('**/*.html', { cwd: dist, exclude: ['pagefind/**'] }).map((name) => {
				const file = join(dist, name);
				return { file, html: readFileSync(file, 'utf8') };
			});
			pageCss(dist, pages, logger);
			await searchIndex(dist, pages, logger);
			headers(dist, pages, logger);
		},
	},
});
