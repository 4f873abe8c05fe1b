/**
 * The text Pagefind indexed for each page, as its excerpts will show it. Pagefind separates only some block
 * elements (p, li, td, div…), so a dt runs into its dd and a table header into its first row unless the
 * markup keeps them apart.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { DIST } from '../helpers/paths';
import { langOfPath } from '../helpers/langs';

interface Fragment {
	url: string;
	content: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
}

const dir = join(DIST, 'pagefind', 'fragment');
const fragments: Fragment[] = readdirSync(dir).map(
	(name) =>
		JSON.parse(
			gunzipSync(readFileSync(join(dir, name)))
				.toString('utf8')
				.replace(/^pagefind_dcd/, ''),
		) as Fragment,
);
const page = (url: string) => fragments.find((f) => f.url === url)!;

describe('search text', () => {
	test.each([
		['a source’s details', /Published by\S|\S(Date|Kind|Address|Last checked)(?=[A-Z0-9])/],
		['a table’s headings and its first row', /Profile location(Desktop|Data used)|SinceUnited/],
		['the verdicts and what they mean', /Confirmed(Backed|\d)|sources\.Partly/],
		['a change’s date and its kind', /\d{4}(We corrected|LinkedIn changed|A regulator said)/],
		['an event’s regions', /Regions: \S*[a-z][A-Z]/],
	])('no page runs %s together', (_, glued) => {
		expect(fragments.length).toBeGreaterThan(100);
		expect(fragments.filter((f) => glued.test(f.content)).map((f) => `${f.url}: ${glued.exec(f.content)?.[0]}`)).toEqual([]);
	});

	test('a source page is searched by its publisher, kept as metadata, and its details stay out of the text', () => {
		expect(page('/sources/p15/').meta['publisher']).toBe('Windows Report');
		expect(page('/sources/p15/').content).not.toContain('Published by');
	});

	test('the words readers type for a page are metadata, never page text', () => {
		expect(page('/data/private-messages/').meta['keywords']).toBe('DMs, DM, direct messages, InMail, inbox, chats, private messages, messaging');
		expect(page('/guide/').meta['keywords']).toBe('opt out, opt-out, turn off, switch off, disable, stop, AI training, setting, toggle');
		for (const f of fragments) expect(f.content, f.url).not.toMatch(/DMs, DM, direct messages|resume, résumé, CV|opt out, opt-out, turn off/);
	});

	test('a category’s status is its label in results, not repeated in its text', () => {
		expect(page('/data/jobs-data/').meta['status']).toBe('Used for training');
		expect(page('/data/jobs-data/').content).toMatch(/^Job-related data you save for reuse\. A résumé or screening answer/);
	});

	test('every page in the index says what it is, and answers are told from the evidence behind them', () => {
		const labels = (url: string) => ({ kind: page(url).meta['kind'], tier: page(url).filters['tier'] });
		expect(labels('/data/groups-data/')).toEqual({ kind: 'category', tier: ['answer'] });
		expect(labels('/fr/data/private-messages/')).toEqual({ kind: 'category', tier: ['answer'] });
		expect(labels('/guide/uk/ios/')).toEqual({ kind: 'guide', tier: ['answer'] });
		expect(labels('/de/regions/uk/')).toEqual({ kind: 'region', tier: ['answer'] });
		expect(labels('/timeline/')).toEqual({ kind: 'timeline', tier: ['answer'] });
		expect(labels('/sources/p15/')).toEqual({ kind: 'source', tier: ['reference'] });
		expect(labels('/disagreements/')).toEqual({ kind: 'disagreements', tier: ['reference'] });
		const unlabelled = fragments.filter((f) => !f.meta['kind'] || f.filters['tier']?.length !== 1).map((f) => f.url);
		expect(unlabelled).toEqual([]);
		// Each language has answers of its own, not only English evidence.
		for (const lang of new Set(fragments.map((f) => langOfPath(f.url))))
			expect(fragments.filter((f) => langOfPath(f.url) === lang && f.filters['tier']?.[0] === 'answer').length, lang).toBeGreaterThan(40);
	});

	test('the labels are given to the index, not written into pages readers download', () => {
		const pages = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html') && !name.startsWith('pagefind'));
		expect(pages.length).toBeGreaterThan(100);
		expect(pages.filter((name) => /data-pagefind-(meta|filter)="(kind|tier):/.test(readFileSync(join(DIST, name), 'utf8')))).toEqual([]);
	});
});
