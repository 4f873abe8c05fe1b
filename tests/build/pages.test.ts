import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { documentFor, fileFor, pagePaths } from '../helpers/dist';
import { LANG_PREFIX, langOfPath, OTHER_LANGS } from '../helpers/langs';
import { DIST, SITE } from '../helpers/paths';

const pages = pagePaths();
const site = SITE;
/** German and French frames around English content (sources, the change log): they name the English page as theirs. */
const ENGLISH_FRAME = new RegExp(`^/(?:${OTHER_LANGS.join('|')})(/(sources|changes)/.*)$`);

describe('every page', () => {
	test('the site has its main pages', () => {
		for (const path of ['/', '/guide/', '/data/', '/timeline/', '/sources/', '/about/', '/404.html']) expect(pages).toContain(path);
	});

	test.each(pages)('%s has one h1, lang, title, description and canonical URL', (path) => {
		const doc = documentFor(path);
		expect(doc.querySelectorAll('h1')).toHaveLength(1);
		expect(doc.documentElement.getAttribute('lang')).toBe(langOfPath(path));
		expect(doc.querySelector('title')?.textContent?.trim().length).toBeGreaterThan(10);
		expect(doc.querySelector('meta[name=description]')?.getAttribute('content')?.length).toBeGreaterThan(50);
		const canonical = doc.querySelector('link[rel=canonical]')?.getAttribute('href');
		if (path !== '/404.html') expect(canonical).toBe(`${site}${ENGLISH_FRAME.exec(path)?.[1] ?? path}`);
		expect(doc.querySelector('meta[property="og:url"]')?.getAttribute('content')).toBe(canonical);
	});

	// A screen reader lists buttons by name: each "Sources" button says whose sources it opens, once per page.
	test.each(pages)('%s: every sources button has its own name, starting with the word it shows', (path) => {
		const buttons = [...documentFor(path).querySelectorAll('button[popovertarget]')];
		const names = buttons.map((b) => b.getAttribute('aria-label') ?? '');
		for (const [i, button] of buttons.entries()) expect(names[i]!.startsWith(`${button.textContent!.trim()} `), names[i]).toBe(true);
		expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
	});

	test.each(pages)('%s: every internal link and #fragment resolves', (path) => {
		const doc = documentFor(path);
		const broken: string[] = [];
		const refs = [...doc.querySelectorAll('a[href], link[href], img[src], script[src]')].map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? '');
		for (const ref of refs) {
			const url = new URL(ref, `${site}${path}`);
			if (url.origin !== site) continue;
			const targetPath = url.pathname;
			if (!fileFor(targetPath)) {
				broken.push(`${ref} (no file)`);
				continue;
			}
			if (url.hash && targetPath.endsWith('/')) {
				const id = decodeURIComponent(url.hash.slice(1));
				if (!documentFor(targetPath === path ? path : targetPath).getElementById(id)) broken.push(`${ref} (no element #${id})`);
			}
		}
		expect(broken).toEqual([]);
	});

	// rel=noreferrer sends no Referer to the other site and, by the HTML standard, implies noopener.
	test.each(pages)('%s loads nothing from another origin, and outbound links are noreferrer', (path) => {
		const doc = documentFor(path);
		const external = [...doc.querySelectorAll('link[href], img[src], script[src], iframe, source[src], video, audio')]
			.map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? el.tagName)
			.filter((ref) => /^(https?:)?\/\//.test(ref) || /^(IFRAME|VIDEO|AUDIO)$/.test(ref));
		// The page's own address and its versions in other languages: named, never loaded, and on this site.
		const canonicalAndOg = new Set([
			doc.querySelector('link[rel=canonical]')?.getAttribute('href'),
			...[...doc.querySelectorAll('link[rel=alternate][hreflang]')].map((l) => l.getAttribute('href')).filter((h) => h?.startsWith(`${site}/`)),
		]);
		expect(external.filter((ref) => !canonicalAndOg.has(ref))).toEqual([]);
		const outbound = [...doc.querySelectorAll('a[href^="http"]')].filter((a) => new URL(a.getAttribute('href')!).origin !== site);
		for (const a of outbound) expect((a.getAttribute('rel') ?? '').split(/\s+/), a.getAttribute('href')!).toContain('noreferrer');
	});
});

describe('sitemap and search index', () => {
	// The 11 pages per language that only ask the question still open (/guide/uk/, /guide/ios/) lead elsewhere.
	const ONE_QUESTION = new RegExp(`^${LANG_PREFIX}/guide/(us|canada|eu-eea|switzerland|uk|hong-kong|other|desktop|ios|android|mobile-web)/$`);
	const listable = pages.filter((p) => p !== '/404.html' && !ONE_QUESTION.test(p) && !ENGLISH_FRAME.test(p));

	test('the sitemap lists every page but the 404, the one-question pages and the frames around English content, each with its German and French versions', () => {
		expect(pages.filter((p) => ONE_QUESTION.test(p))).toHaveLength(33);
		const xml = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
		const listed = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname).sort();
		expect(listed).toEqual(listable);
		expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="de" href="${site}/de/guide/uk/ios/"/>`);
	});

	test('robots.txt points at the sitemap with an absolute address', () => {
		expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${site}/sitemap-index.xml`);
	});

	test('Pagefind keeps one index per language, holding every page of it the sitemap lists', () => {
		const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
		// Every reader page in German: the 70 of every language but the 11 one-question ones, and the disagreements,
		// then the 7 rights pages and the EU and EEA's authorities.
		expect(listable.filter((p) => langOfPath(p) === 'de')).toHaveLength(68);
		expect(entry.languages['en']?.page_count).toBe(listable.filter((p) => langOfPath(p) === 'en').length);
		for (const lang of OTHER_LANGS) expect(entry.languages[lang]?.page_count, lang).toBe(listable.filter((p) => langOfPath(p) === lang).length);
	});
});

describe('search filters', () => {
	const filtersOf = (path: string) =>
		[...documentFor(path).querySelectorAll('[data-pagefind-filter]')].map((el) => {
			const [name, value] = (el.getAttribute('data-pagefind-filter') ?? '').split(':');
			return { name, value };
		});
	const regionNames = new Set([...documentFor('/guide/').querySelectorAll('a.chip')].map((a) => a.textContent?.trim()).filter(Boolean));
	const dataPages = pages.filter((p) => /^\/data\/[^/]+\/$/.test(p));

	test('there is a page for every data category', () => {
		expect(dataPages.length).toBeGreaterThanOrEqual(11);
	});

	test.each(dataPages)('%s can be found by status, region and source kind', (path) => {
		const filters = filtersOf(path);
		const values = (name: string) => filters.filter((f) => f.name === name).map((f) => f.value);
		expect(values('status')).toHaveLength(1);
		expect(values('status')[0]).toMatch(/^(Used for training|Not used \(excluded\)|Collected, not the training list)$/);
		expect(values('region').length).toBeGreaterThan(0);
		for (const region of values('region')) expect(regionNames, `${path}: region filter "${region}"`).toContain(region);
		expect(values('source').length).toBeGreaterThan(0);
		for (const kind of values('source')) expect(kind).toMatch(/^[A-Z][\w ()-]+$/);
	});
});

describe('the home page’s table of regions', () => {
	test.each([
		['/', 'Data used for AI training? Yes, unless you opt out, in every region below.'],
		['/de/', 'Daten für KI-Training verwendet? Ja, sofern Sie es nicht ausschalten, in allen Regionen unten.'],
		['/fr/', 'Données utilisées pour l’entraînement de l’IA\u00a0? Oui, sauf si vous le désactivez, dans toutes les régions ci-dessous.'],
	])('on %s says an answer every region shares once, above it, and repeats no cell in every row', (path, once) => {
		const doc = documentFor(path);
		expect(doc.querySelector('[data-shared-answer]')?.textContent?.trim()).toBe(once);
		const rows = [...doc.querySelectorAll('section[aria-labelledby=by-region] tbody tr')].map((tr) =>
			[...tr.children].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim()),
		);
		expect(rows.length).toBe(3);
		for (let column = 0; column < rows[0]!.length; column++) {
			expect(new Set(rows.map((row) => row[column])).size, `column ${column + 1}`).toBeGreaterThan(1);
		}
	});
});
