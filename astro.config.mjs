// @ts-check
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { execFileSync } from 'node:child_process';
import { DEFAULT_LANG, LANGS } from './src/i18n/lang.ts';
import { builtSite } from './src/integrations/built-site.ts';
import { parseSitePath } from './src/lib/paths.ts';
import { reportUrl } from './src/lib/report-url.ts';
import { minifySync } from 'rolldown/utils';

// The public address decides canonical URLs, Open Graph URLs and the sitemap. A deployment sets SITE_URL;
// locally the preview server's address is used.
const site = process.env.SITE_URL ?? 'http://localhost:4321';

/** The build's git remote, if it has one: without REPORT_URL, readers report a change through its issue form. */
function gitRemote() {
	try {
		return execFileSync('git', ['config', '--get', 'remote.origin.url'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
	} catch {
		return undefined;
	}
}

/** Pages that exist to be read, not to be found: the 404 page, the one-question pages, and the other languages' frames around English content. */
function inSitemap(/** @type {string} */ page) {
	if (/\/404\/?$/.test(new URL(page).pathname)) return false;
	const parsed = parseSitePath(new URL(page).pathname);
	if (!parsed || parsed.page.route === 'choice') return false;
	const englishOnly = ['sources', 'source', 'changes'].includes(parsed.page.route);
	return !(englishOnly && parsed.lang !== DEFAULT_LANG);
}

/**
 * The search code is loaded by address when a reader first focuses a search box (Search.astro), so the
 * bundler emits it as a file, untouched. A dynamic import would minify it but wrap it in Vite's preload
 * helper, which then rides on every page. So it is minified here, comments and all, as it is written out.
 */
function minifyLazyScripts() {
	return {
		name: 'site:minify-lazy-scripts',
		apply: /** @type {const} */ ('build'),
		/** @param {unknown} _ @param {Record<string, { type: string; fileName: string; source?: string | Uint8Array }>} bundle */
		generateBundle(_, bundle) {
			for (const file of Object.values(bundle)) {
				if (file.type !== 'asset' || !/(^|\/)search\.[\w-]+\.js$/.test(file.fileName)) continue;
				const source = typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source);
				const { code, errors } = minifySync(file.fileName, source, { compress: true, mangle: true });
				if (errors.length > 0) throw new Error(`${file.fileName}: ${errors.map((e) => e.message).join('; ')}`);
				file.source = code;
			}
		},
	};
}

export default defineConfig({
	site,
	// English at the root, the other languages under their code (src/pages/[...lang]/; src/i18n/lang.ts).
	i18n: { locales: [...LANGS], defaultLocale: DEFAULT_LANG, routing: { prefixDefaultLocale: false } },
	trailingSlash: 'always',
	build: {
		format: 'directory',
		// Inline the (small) stylesheet so a page renders from its HTML alone, in one round trip.
		inlineStylesheets: 'always',
	},
	integrations: [
		mdx(),
		preact(),
		sitemap({
			// Only HTML pages meant to be found, each with its other languages as alternates.
			filter: inSitemap,
			i18n: { defaultLocale: DEFAULT_LANG, locales: Object.fromEntries(LANGS.map((lang) => [lang, lang])) },
		}),
		builtSite(),
		{
			// Astro sets its own modulePreload; turning it off here drops Vite's preload helper, which would
			// double the lazy search loader. Pages load few modules, so preloading buys nothing.
			name: 'site:no-module-preload',
			hooks: {
				'astro:build:setup': ({ updateConfig }) => {
					updateConfig({
						build: { modulePreload: false },
						environments: {
							client: {
								build: {
									modulePreload: false,
									// The chooser island and the small modules it shares with its lazy parts travel as one file, the
									// walkthrough's ticks and sharing as another, and the placeholder filler both use as a third: each
									// chunk costs a request's worth of headers and compresses worse alone, but a guide page needs only
									// the walkthrough's, and a chooser page should not fetch it before a walkthrough is on screen.
									rolldownOptions: {
										output: {
											codeSplitting: {
												groups: [
													// A group takes its modules' dependencies too, so the shared filler's group comes first.
													{ name: 'words', priority: 3, test: /src[\\/]i18n[\\/]format\.ts/ },
													{ name: 'walkthrough', priority: 2, test: /src[\\/](components[\\/]walkthrough[\\/]wiring\.ts|lib[\\/]progress\.ts)/ },
													{
														name: 'chooser',
														priority: 1,
														test: /src[\\/](components[\\/]chooser[\\/]Chooser\.tsx|lib[\\/](chooser|paths)\.ts|i18n[\\/]lang\.ts)|preact[\\/]jsx-runtime/,
													},
												],
											},
										},
									},
								},
							},
						},
					});
				},
			},
		},
	],
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"connect-src 'self'",
				"worker-src 'self' blob:",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			// Pagefind compiles its WebAssembly search engine; nothing else is evaluated.
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
		},
	},
	// The site shows no code, and Shiki's inline styles would need 'unsafe-inline' under the CSP.
	markdown: { syntaxHighlight: false },
	devToolbar: { enabled: false },
	vite: {
		plugins: [tailwindcss(), minifyLazyScripts()],
		// Where readers report a change, worked out once here rather than while rendering a page.
		define: { 'import.meta.env.SITE_REPORT_URL': JSON.stringify(reportUrl(process.env.REPORT_URL, gitRemote()) ?? '') },
	},
});
