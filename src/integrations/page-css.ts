import type { AstroIntegration } from 'astro';
import { globSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pagePolicy } from '../lib/csp';
import { htmlClasses, keepUsedRules, scriptClassCandidates } from '../lib/page-css';

const STYLE = /(<style[^>]*>)([\s\S]*?)(<\/style>)/g;
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;
const CSP_META = /(<meta http-equiv="content-security-policy" content=")([^"]+)(")/i;

/**
 * After the build, cuts each page's inlined stylesheet down to the rules it can use, then gives the page
 * a CSP listing the hashes of exactly its own inline scripts and styles. A class counts as used when it
 * is in the page, in any client script (the island, the search), or, on pages with the guide island, in
 * any walkthrough, since the island can swap one in. Runs before the CSP header is merged from the pages.
 */
export const pageCss = (): AstroIntegration => ({
	name: 'site:page-css',
	hooks: {
		'astro:build:done': ({ dir, logger }) => {
			const site = fileURLToPath(dir);
			const pages = globSync('**/*.html', { cwd: site }).map((file) => join(site, file));
			const fromScripts = new Set<string>();
			for (const file of globSync('_astro/**/*.js', { cwd: site }))
				for (const name of scriptClassCandidates(readFileSync(join(site, file), 'utf8'))) fromScripts.add(name);
			const fromWalkthroughs = new Set<string>();
			for (const file of globSync('guide/*/*/index.html', { cwd: site }))
				for (const name of htmlClasses(readFileSync(join(site, file), 'utf8'))) fromWalkthroughs.add(name);

			let before = 0;
			let after = 0;
			for (const file of pages) {
				const html = readFileSync(file, 'utf8');
				const used = new Set([...htmlClasses(html), ...fromScripts, ...(html.includes('<astro-island') ? fromWalkthroughs : [])]);
				const styles: string[] = [];
				const trimmed = html.replace(STYLE, (_, open: string, css: string, close: string) => {
					const kept = keepUsedRules(css, used);
					before += css.length;
					after += kept.length;
					styles.push(kept);
					return `${open}${kept}${close}`;
				});
				const scripts = [...trimmed.matchAll(INLINE_SCRIPT)].map((m) => m[1]!);
				const withPolicy = trimmed.replace(CSP_META, (_, open: string, policy: string, close: string) => {
					const own = pagePolicy(policy.replace(/&#39;/g, "'"), { scripts, styles });
					return `${open}${own.replace(/'/g, '&#39;')}${close}`;
				});
				if (!CSP_META.test(withPolicy)) throw new Error(`${file}: no Content-Security-Policy <meta>; security.csp must be on.`);
				writeFileSync(file, withPolicy);
			}
			logger.info(`trimmed inlined CSS on ${pages.length} pages from ${before} to ${after} characters`);
		},
	},
});
