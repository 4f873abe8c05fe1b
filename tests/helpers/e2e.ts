/** One static server and one browser per test file, and pages that record every problem a reader could hit. */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { HAS_BROWSER, launch } from './browser';
import { serveDist, type StaticServer } from './server';

export interface Watched {
	page: Page;
	/** Console errors, uncaught exceptions, dialogs, failed requests and requests to other origins. */
	problems: string[];
}

export function useSite() {
	const state: { server?: StaticServer; browser?: Browser } = {};
	beforeAll(async () => {
		if (!HAS_BROWSER) return;
		state.server = await serveDist();
		state.browser = await launch();
	});
	afterAll(async () => {
		await state.browser?.close();
		await state.server?.close();
	});

	/** `before` runs on the new page before it navigates (to throttle it, say). */
	async function open(path: string, options: BrowserContextOptions & { init?: string; before?: (page: Page) => Promise<void> } = {}): Promise<Watched> {
		const { init, before, ...contextOptions } = options;
		const context = await state.browser!.newContext(contextOptions);
		if (init) await context.addInitScript(init);
		const page = await context.newPage();
		const problems: string[] = [];
		const origin = state.server!.url;
		const missingDocuments = new Set<string>();
		page.on('console', (m) => {
			// A made-up address is meant to get the 404 page; the browser logs that as an error.
			if (m.type() === 'error' && !missingDocuments.has(m.location().url)) problems.push(`console: ${m.text()}`);
		});
		page.on('pageerror', (e) => problems.push(`exception: ${e.message}`));
		page.on('dialog', (d) => {
			problems.push(`dialog: ${d.message()}`);
			void d.dismiss();
		});
		page.on('request', (r) => {
			const url = r.url();
			if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) problems.push(`other origin: ${url}`);
		});
		// A request the browser aborts because the test navigated away is not a reader-visible failure.
		page.on('requestfailed', (r) => {
			if (r.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`failed: ${r.url()}`);
		});
		page.on('response', (r) => {
			if (r.status() < 400) return;
			if (r.request().resourceType() === 'document') missingDocuments.add(r.url());
			else problems.push(`HTTP ${r.status()}: ${r.url()}`);
		});
		await before?.(page);
		await page.goto(`${origin}${path}`);
		if (contextOptions.javaScriptEnabled !== false) await hydrated(page);
		return { page, problems };
	}

	return { open, url: (path: string) => `${state.server!.url}${path}` };
}

/**
 * Waits until the page is ready for a reader's hand: every island that wakes at load has hydrated (Astro
 * drops the `ssr` attribute then) and run its first effects (the chooser marks itself `data-enhanced`), and
 * the walkthrough on the page, if any, is wired (ticks restored). A guide page's chooser waits to be seen;
 * `awaken()` brings it to life. A click before that reaches only the server-rendered HTML, so tests act after it.
 */
export async function hydrated(page: Page): Promise<void> {
	await page.waitForFunction(() => {
		const eager = [...document.querySelectorAll('astro-island')].filter((island) => island.getAttribute('client') !== 'visible');
		const walkthrough = document.getElementById('walkthrough');
		return (
			eager.every((island) => !island.hasAttribute('ssr') && !island.querySelector('[aria-labelledby="chooser-title"]:not([data-enhanced])')) &&
			(!walkthrough || walkthrough.hasAttribute('data-wired'))
		);
	});
}

/** Scrolls a guide page's chooser into view, as a reader reaching for it would, and waits until it is running. */
export async function awaken(page: Page): Promise<void> {
	await page.locator('#chooser-title').scrollIntoViewIfNeeded();
	await page.waitForSelector('[aria-labelledby="chooser-title"][data-enhanced]');
}

export { HAS_BROWSER };
