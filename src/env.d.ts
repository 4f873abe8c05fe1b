/// <reference types="astro/client" />

declare namespace App {
	/** Set for every page by src/middleware.ts: the page's language and its words. */
	interface Locals {
		lang: import('./i18n/lang').Lang;
		i18n: import('./i18n').I18n;
		/** How current the facts are, for every page's frame. */
		freshness: import('./lib/freshness').Freshness;
	}
}

interface ImportMetaEnv {
	/** Where readers report a change, worked out once in astro.config.mjs ('' when there is none). */
	readonly SITE_REPORT_URL: string;
}
