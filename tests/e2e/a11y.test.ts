import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { HAS_BROWSER, useSite } from '../helpers/e2e';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One page of each template. */
const TEMPLATES = [
	'/',
	'/guide/',
	'/guide/eu-eea/android/',
	'/guide/us/desktop/',
	'/data/',
	'/data/private-messages/',
	'/timeline/',
	'/timeline/canada/',
	'/regions/uk/',
	'/sources/',
	'/sources/s2/',
	'/about/',
	'/changes/',
	'/no-such-page/',
	'/rights/eu-eea/',
	'/rights/eu-eea/authorities/',
	'/rights/switzerland/',
	'/rights/us/',
	// The same templates in German and French, where words run longer.
	'/de/',
	'/de/guide/uk/',
	'/de/guide/eu-eea/android/',
	'/de/data/jobs-data/',
	'/de/regions/switzerland/',
	'/de/rights/uk/',
	'/de/rights/eu-eea/',
	'/fr/',
	'/fr/guide/canada/ios/',
	'/fr/timeline/',
	'/fr/about/',
	'/fr/rights/canada/',
	'/fr/rights/eu-eea/authorities/',
];
const VIEWS = [
	{ width: 320, height: 640, scheme: 'light' },
	{ width: 1280, height: 800, scheme: 'dark' },
	{ width: 320, height: 640, scheme: 'dark' },
	{ width: 1280, height: 800, scheme: 'light' },
] as const;

describe.skipIf(!HAS_BROWSER)('accessibility (axe-core, WCAG 2.2 AA)', () => {
	const site = useSite();

	test.each(TEMPLATES.flatMap((path) => VIEWS.map((v) => [path, v.width, v.scheme] as const)))(
		'%s at %i px, %s scheme: no violations',
		async (path, width, scheme) => {
			// A Swiss time zone, so chooser pages in English also show the region hint and the offer of German and French.
			const { page, problems } = await site.open(path, { viewport: { width, height: 800 }, colorScheme: scheme, timezoneId: 'Europe/Zurich' });
			await page.waitForLoadState('networkidle');
			// Evaluated through the driver, so the page's own CSP (no inline scripts) stays in force.
			await page.evaluate(axeSource);
			const violations = await page.evaluate(async () => {
				const axe = (
					window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }
				).axe;
				const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
				return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
			});
			expect(violations).toEqual([]);
			expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), 'no sideways scrolling').toBe(true);
			expect(problems).toEqual([]);
		},
	);
});
