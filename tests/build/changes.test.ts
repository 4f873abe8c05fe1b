import { DOMParser } from 'linkedom';
import sax from 'sax';
import { describe, expect, test } from 'vitest';
import { byCollection, loadContent, type Reference } from '../helpers/content';
import { distFiles, documentFor, fileFor, pagePaths, readPage } from '../helpers/dist';
import { LANG_PREFIX, OTHER_LANGS } from '../helpers/langs';
import { SITE } from '../helpers/paths';

const site = SITE;
// The address LinkedIn replaced in February 2026: readers must not be sent there without being told.
const RETIRED_AD_SHARING = 'share-data-with-select-partners';

/** Well-formedness errors, from a strict XML parser (linkedom forgives broken markup, as browsers do). */
function xmlErrors(xml: string): string[] {
	const errors: string[] = [];
	const parser = sax.parser(true);
	parser.onerror = (error) => {
		errors.push(error.message.split('\n')[0] ?? String(error));
		parser.resume();
	};
	parser.write(xml).close();
	return errors;
}

describe('the change feed, /changes.xml', () => {
	const xml = readPage('/changes.xml');
	const feed = new DOMParser().parseFromString(xml, 'text/xml') as unknown as Document;
	const items = [...feed.querySelectorAll('channel > item')];
	const text = (el: Element, name: string) => el.querySelector(name)?.textContent?.trim() ?? '';

	test('is well-formed XML and RSS 2.0 with a title, link, description and its own address', () => {
		expect(xmlErrors(xml)).toEqual([]);
		expect(feed.documentElement.tagName).toBe('rss');
		expect(feed.documentElement.getAttribute('version')).toBe('2.0');
		const channel = feed.querySelector('rss > channel')!;
		expect(text(channel, 'title').length).toBeGreaterThan(5);
		expect(text(channel, 'description').length).toBeGreaterThan(20);
		expect(text(channel, 'link')).toBe(`${site}/`);
		expect(channel.querySelector('atom\\:link')?.getAttribute('href')).toBe(`${site}/changes.xml`);
	});

	test('has at least 8 entries', () => {
		expect(items.length).toBeGreaterThanOrEqual(8);
	});

	test('every entry has a unique guid, a title and a description', () => {
		const guids = items.map((item) => text(item, 'guid'));
		for (const [i, item] of items.entries()) {
			expect(guids[i], `item ${i + 1}`).not.toBe('');
			expect(text(item, 'title'), `item ${i + 1}`).not.toBe('');
			expect(text(item, 'description').length, `item ${i + 1}`).toBeGreaterThan(20);
		}
		expect(new Set(guids).size).toBe(items.length);
	});

	test('every entry has a valid date in RFC 822 form, newest first', () => {
		const dates = items.map((item) => text(item, 'pubDate'));
		for (const date of dates) {
			expect(date).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/);
			expect(Number.isNaN(Date.parse(date)), date).toBe(false);
		}
		const times = dates.map((d) => Date.parse(d));
		expect(times).toEqual([...times].sort((a, b) => b - a));
	});

	test('every entry links, with an absolute address on this site, to its entry on /changes/', () => {
		for (const item of items) {
			const link = new URL(text(item, 'link'));
			expect(link.origin).toBe(site);
			expect(link.pathname).toBe('/changes/');
			expect(fileFor(link.pathname), link.href).toBeDefined();
			const id = decodeURIComponent(link.hash.slice(1));
			expect(documentFor(link.pathname).getElementById(id)?.tagName, link.href).toBe('ARTICLE');
		}
	});

	test('never gives the retired ad-sharing address', () => {
		expect(xml).not.toContain(RETIRED_AD_SHARING);
	});
});

describe('the changes page, /changes/', () => {
	const doc = documentFor('/changes/');
	const articles = [...doc.querySelectorAll('main article')];

	test('has one article per feed entry, in the same order', () => {
		const feed = new DOMParser().parseFromString(readPage('/changes.xml'), 'text/xml') as unknown as Document;
		const fragments = [...feed.querySelectorAll('item > link')].map((link) => new URL(link.textContent ?? '').hash.slice(1));
		expect(articles.map((a) => a.id)).toEqual(fragments);
	});

	test('every article has an id, a machine-readable date, a kind in words, a title, and links to its sources', () => {
		for (const article of articles) {
			expect(article.id).toMatch(/^change-[a-z0-9-]+$/);
			expect(article.querySelector('time')?.getAttribute('datetime'), article.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(article.textContent, article.id).toMatch(/LinkedIn changed|We corrected/);
			expect(article.querySelector('h2')?.textContent?.trim().length, article.id).toBeGreaterThan(5);
			expect(article.querySelectorAll('a[href^="/sources/"]').length, article.id).toBeGreaterThan(0);
		}
	});

	test('dates run newest first, and every kind of entry is there', () => {
		const dates = articles.map((a) => a.querySelector('time')?.getAttribute('datetime') ?? '');
		expect(dates).toEqual([...dates].sort().reverse());
		expect(new Set(articles.map((a) => a.getAttribute('data-kind')))).toEqual(new Set(['linkedin', 'regulator', 'site']));
	});

	test('tells readers how to follow it', () => {
		expect(doc.querySelector('main a[href="/changes.xml"]')).not.toBeNull();
	});

	test('never gives the retired ad-sharing address', () => {
		expect(readPage('/changes/')).not.toContain(RETIRED_AD_SHARING);
	});
});

describe('every change the log names is on the pages it lists as affected', () => {
	// Written out, not taken from src/lib/paths: these are the addresses readers' links carry.
	const claimHref = (id: string) => `/sources/${id.split('/')[0]}/#claim-${id.replace('/', '--')}`;
	const claimAnchor = (id: string) => `claim-${id.replace('/', '--')}`;
	const eventAnchor = (id: string) => `event-${id}`;
	const entries = byCollection(loadContent().entries, 'changes').map((e) => {
		const d = e.data as { claims: Reference[]; regions: Reference[]; categories: Reference[]; events: Reference[]; pages: string[]; links: string[] };
		return {
			id: e.id,
			claims: d.claims.map((r) => r.id),
			events: d.events.map((r) => r.id),
			links: d.links,
			pages: [
				...d.regions.map((r) => `/regions/${r.id}/`),
				...d.pages,
				...d.categories.map((r) => `/data/${r.id}/`),
				...(d.events.length > 0 ? ['/timeline/'] : []),
			],
		};
	});
	const cases = entries.flatMap((entry) => [...new Set(entry.pages)].map((page) => [entry.id, page, entry] as const));

	test('there are entries to check', () => {
		expect(cases.length).toBeGreaterThan(20);
	});

	test.each(cases)('%s: %s cites one of its claims, or carries its event or link', (_, page, entry) => {
		const doc = documentFor(page);
		const hrefs = new Set([...doc.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')));
		const shows =
			entry.claims.some((id) => hrefs.has(claimHref(id)) || doc.getElementById(claimAnchor(id)) !== null) ||
			entry.events.some((id) => doc.getElementById(eventAnchor(id)) !== null) ||
			entry.links.some((href) => hrefs.has(href));
		expect(shows, `${page} shows none of ${[...entry.claims, ...entry.events, ...entry.links].join(', ')}`).toBe(true);
	});
});

describe('"remind me" calendar files', () => {
	const guidePages = pagePaths().filter((p) => new RegExp(`^${LANG_PREFIX}/guide/[^/]+/[^/]+/$`).test(p));
	const icsFiles = distFiles().filter((f) => f.endsWith('.ics'));

	test('there is one for every guide page, in its language, and no other', () => {
		expect(guidePages.length).toBeGreaterThanOrEqual((1 + OTHER_LANGS.length) * 28);
		expect(icsFiles.sort()).toEqual(guidePages.map((p) => `${p}remind.ics`).sort());
	});

	/** Whole months from one YYYYMMDD to another, when the day matches or was clamped to a shorter month's end. */
	function monthsBetween(from: string, to: string): number | undefined {
		const [y1, m1, d1] = [Number(from.slice(0, 4)), Number(from.slice(4, 6)), Number(from.slice(6, 8))];
		const [y2, m2, d2] = [Number(to.slice(0, 4)), Number(to.slice(4, 6)), Number(to.slice(6, 8))];
		const lastDayOfTarget = new Date(Date.UTC(y2, m2, 0)).getUTCDate();
		const sameDay = d2 === d1 || (d1 > lastDayOfTarget && d2 === lastDayOfTarget);
		return sameDay ? y2 * 12 + m2 - (y1 * 12 + m1) : undefined;
	}

	test.each(guidePages)('%sremind.ics is a calendar with CRLF lines, falling six months after it was made', (path) => {
		const ics = readPage(`${path}remind.ics`);
		expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
		expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
		expect(ics).not.toMatch(/[^\r]\n|\r[^\n]/);
		expect(ics.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(1);
		const stamp = /^DTSTAMP:(\d{8})T\d{6}Z\r$/m.exec(ics)?.[1];
		const start = /^DTSTART;VALUE=DATE:(\d{8})\r$/m.exec(ics)?.[1];
		expect(stamp).toBeDefined();
		expect(start).toBeDefined();
		expect(monthsBetween(stamp!, start!), `${stamp} → ${start}`).toBe(6);
		expect(ics).toContain(`\r\nURL:${site}${path}\r\n`);
		expect(ics).toMatch(/^UID:remind-[a-z0-9-]+@[^\r]+\r$/m);
	});

	test('each guide has its own UID, the same in every language, so re-importing replaces rather than duplicates', () => {
		const uid = (p: string) => /^UID:(.*)\r$/m.exec(readPage(`${p}remind.ics`))?.[1];
		const english = guidePages.filter((p) => p.startsWith('/guide/'));
		expect(new Set(english.map(uid)).size).toBe(english.length);
		for (const p of english)
			expect(
				OTHER_LANGS.map((l) => uid(`/${l}${p}`)),
				p,
			).toEqual(OTHER_LANGS.map(() => uid(p)));
	});
});
