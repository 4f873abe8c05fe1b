// @ts-check
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { DEFAULT_LANG, LANGS, pathIn } from './src/i18n/lang.ts';
import { cspHeaders } from './src/integrations/csp-headers.ts';
import { localizedLinks } from './src/integrations/localized-links.ts';
import { pageCss } from './src/integrations/page-css.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { retiredLinks } from './src/integrations/retired-links.ts';

// The public address decides canonical URLs, Open Graph URLs and the sitemap. A deployment sets SITE_URL;
// locally the preview server's address is used.
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
	site,
	// English at the root, German and French under /de/ and /fr/ (src/pages/[...lang]/; src/i18n/lang.ts).
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
		// Only HTML pages belong in the sitemap: not the 404 page, the JSON data or the screen pictures.
		sitemap({
			// Not the 404 page, nor the pages that only ask the one question still open (/guide/uk/, /de/guide/ios/).
			filter: (page) => {
				const path = pathIn(DEFAULT_LANG, new URL(page).pathname);
				return !/\/404\/?$|^\/guide\/[^/]+\/$/.test(path);
			},
			// Each page lists its German and French versions as alternates.
			i18n: { defaultLocale: DEFAULT_LANG, locales: Object.fromEntries(LANGS.map((lang) => [lang, lang])) },
		}),
		retiredLinks(),
		localizedLinks(),
		// Before the CSP header is merged from the pages: it changes their styles and their policies.
		pageCss(),
		pagefindIndex(),
		cspHeaders(),
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
									// The guide island and the small modules it shares with its lazy parts travel as one file:
									// each separate chunk costs a request's worth of headers and compresses worse alone.
									rolldownOptions: {
										output: {
											codeSplitting: {
												groups: [
													{
														name: 'guide',
														test: /src[\\/](components[\\/]guide[\\/]Guide\.tsx|lib[\\/](chooser|guide-path)\.ts|i18n[\\/]format\.ts)|preact[\\/]jsx-runtime/,
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
		plugins: [tailwindcss()],
	},
});
