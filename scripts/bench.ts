/**
 * Lighthouse in mobile mode (its default: a mid-range phone on a throttled network) against the built
 * site served locally. Timings vary from run to run, so they are reported here, not asserted in tests.
 *
 * Then the first load of a guide page side by side with Starlight's default docs page carrying the same
 * text (bench/starlight/, installed with npm on first use), both weighed by src/lib/first-load.ts.
 *
 * Usage: npm run build && npm run bench
 *        npm run bench -- --first-load   (or BENCH_ONLY=first-load): the side-by-side part only, no browser
 * DIST_DIR benches another build; BENCH_PAGE picks the guide page (default /guide/eu-eea/android/).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { findChromium, CHROMIUM_FLAGS } from '../tests/helpers/browser.ts';
import { DIST } from '../tests/helpers/paths.ts';
import { serveDist } from '../tests/helpers/server.ts';
import { firstLoad, type FirstLoad } from '../src/lib/first-load.ts';
import { siteReader } from './size.ts';
import { buildStarlight, mainToMarkdown, STARLIGHT_PAGE, StarlightUnavailable } from './starlight.ts';

const PAGES = ['/', '/guide/eu-eea/android/', '/data/', '/timeline/'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const GUIDE = process.env['BENCH_PAGE'] ?? '/guide/eu-eea/android/';
const FIRST_LOAD_ONLY = process.argv.includes('--first-load') || process.env['BENCH_ONLY'] === 'first-load';

async function lighthouseTable(): Promise<void> {
	const chromePath = findChromium();
	if (!chromePath) throw new Error('No Chromium found: install Debian\'s "chromium" or set CHROME_PATH.');
	const server = await serveDist();
	const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROMIUM_FLAGS });
	try {
		console.log(`${'page'.padEnd(26)} perf  a11y  best  seo   LCP ms  TBT ms  CLS`);
		for (const path of PAGES) {
			const result = await lighthouse(`${server.url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
			if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
			const { categories, audits } = result.lhr;
			const score = (id: string) => String(Math.round((categories[id]?.score ?? 0) * 100)).padStart(4);
			const num = (id: string, digits = 0) => (audits[id]?.numericValue ?? NaN).toFixed(digits).padStart(7);
			console.log(
				`${path.padEnd(26)} ${CATEGORIES.map(score).join('  ')}  ${num('largest-contentful-paint')} ${num('total-blocking-time')}  ${num('cumulative-layout-shift', 3)}`,
			);
		}
	} finally {
		chrome.kill();
		await server.close();
	}
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const ratio = (a: number, b: number) => (b ? (a / b).toFixed(2) : a ? '∞' : '–');

function row(label: string, cells: string[]): string {
	return `${label.padEnd(34)}${cells.map((c, i) => c.padStart(i === 4 ? 10 : 9)).join('')}`;
}

function loadRow(label: string, load: FirstLoad): string {
	return row(label, [kb(load.html.gzip), kb(load.css.gzip), kb(load.js.gzip), kb(load.total.gzip), String(load.requests)]);
}

/** Our guide page and Starlight's page with the same text, weighed the same way. Returns false if Starlight could not be built. */
function firstLoadTable(): boolean {
	const file = join(DIST, GUIDE, 'index.html');
	if (!existsSync(file)) throw new Error(`${DIST} has no page ${GUIDE}.`);
	const html = readFileSync(file);
	const ours = firstLoad(GUIDE, html, siteReader(DIST));

	console.log(`\nFirst load, gzipped (KB): ${GUIDE} and Starlight's default docs page with the same text`);
	let theirs: FirstLoad | undefined;
	try {
		const starlightDist = buildStarlight(mainToMarkdown(html.toString('utf8')).markdown);
		const page = readFileSync(join(starlightDist, STARLIGHT_PAGE, 'index.html'));
		theirs = firstLoad(STARLIGHT_PAGE, page, siteReader(starlightDist));
	} catch (error) {
		if (!(error instanceof StarlightUnavailable)) throw error;
		console.log(`Starlight side skipped: ${error.message}`);
	}

	console.log(row('page', ['HTML gz', 'CSS gz', 'JS gz', 'total gz', 'requests']));
	console.log(loadRow(`ours ${GUIDE}`, ours));
	if (theirs) {
		console.log(loadRow(`Starlight ${STARLIGHT_PAGE}`, theirs));
		const cols = (['html', 'css', 'js', 'total'] as const).map((k) => ratio(ours[k].gzip, theirs[k].gzip));
		console.log(row('ours / Starlight', [...cols, ratio(ours.requests, theirs.requests)]));
	}
	console.log(
		'HTML counts its inline CSS and scripts; CSS is stylesheets that block rendering; JS is script files loaded up front with their static imports.\nImages, fonts, print-only CSS and code imported on demand are not counted.',
	);
	for (const [name, load] of [
		['ours', ours],
		['Starlight', theirs],
	] as const) {
		if (load?.missing.length) console.log(`Warning: ${name} refers to files its build lacks (not counted): ${load.missing.join(', ')}`);
	}
	if (!theirs) return false;
	const verdict = ours.total.gzip <= theirs.total.gzip ? 'no heavier than' : 'heavier than';
	console.log(
		`\nRatio ours/Starlight, total gzipped: ${ratio(ours.total.gzip, theirs.total.gzip)} (${ours.total.gzip} B vs ${theirs.total.gzip} B): our page is ${verdict} Starlight's.`,
	);
	return true;
}

async function main(): Promise<void> {
	if (!existsSync(join(DIST, 'index.html'))) throw new Error(`No built site in ${DIST}. Run "npm run build" first.`);
	if (!FIRST_LOAD_ONLY) await lighthouseTable();
	// Without the registry the comparison cannot be made; that is reported, and fails only a run that asked for nothing else.
	if (!firstLoadTable() && FIRST_LOAD_ONLY) process.exitCode = 1;
}

await main();
