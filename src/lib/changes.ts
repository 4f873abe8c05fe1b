/**
 * The change log (/changes/ and its feed): ordering, anchors, the "Affects" links and the feed items.
 * Pure, so it is tested without Astro; src/data/site.ts feeds it resolved content.
 */
import type { ChangeKind } from '../schemas/change';

export { formatDate } from './status';

export const CHANGES_PATH = '/changes/';
export const FEED_PATH = '/changes.xml';

/** The words shown for each kind, on the page's badge and in feed titles, so the kind never rests on colour. */
export const KIND_TEXT: Record<ChangeKind, string> = {
	linkedin: 'LinkedIn changed',
	site: 'We corrected',
};

/** The element id of an entry on /changes/; prefixed so an entry id can never clash with another id on the page. */
export function changeAnchor(id: string): string {
	return `change-${id}`;
}

/**
 * Newest first; entries of the same day by id. Astro's collections do not keep file order (they come back
 * sorted by id), so the tie-break is spelled out rather than left to whatever order the loader returns.
 */
export function newestFirst<T extends { date: string; id: string }>(entries: readonly T[]): T[] {
	return [...entries].sort((a, b) => b.date.localeCompare(a.date) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export interface Link {
	href: string;
	label: string;
}

/** Names of the entries a site path can point at, by id. */
export interface PageNames {
	regions: ReadonlyMap<string, string>;
	platforms: ReadonlyMap<string, string>;
	categories: ReadonlyMap<string, string>;
	sources: ReadonlyMap<string, string>;
}

const FIXED_PAGES: Record<string, string> = {
	'/': 'Home',
	'/guide/': 'Guide',
	'/data/': 'Data used',
	'/timeline/': 'Timeline',
	'/sources/': 'Sources',
	'/about/': 'About',
	'/changes/': 'Changes',
};

/**
 * A readable link text for a site path ("/guide/uk/ios/" → "Guide: UK, iPhone or iPad app"). Throws for a
 * path that names no page, so a mistyped path in content fails the build instead of printing a dead link.
 */
export function pageLabel(path: string, names: PageNames): string {
	const fixed = FIXED_PAGES[path];
	if (fixed) return fixed;
	const parts = path.split('/').filter(Boolean);
	const name = (map: ReadonlyMap<string, string>, id: string | undefined) => {
		const found = id === undefined ? undefined : map.get(id);
		if (found === undefined) throw new Error(`"${path}" is not a page of this site`);
		return found;
	};
	const [section, first, second] = parts;
	if (section === 'guide' && parts.length === 3) return `Guide: ${name(names.regions, first)}, ${name(names.platforms, second)}`;
	if (parts.length === 2) {
		if (section === 'regions') return `${name(names.regions, first)}: status`;
		if (section === 'timeline') return `Timeline: ${name(names.regions, first)}`;
		if (section === 'data') return `Data used: ${name(names.categories, first)}`;
		if (section === 'sources') return `Source ${name(names.sources, first)}`;
	}
	throw new Error(`"${path}" is not a page of this site`);
}

/** What an entry affects, as it is written in content, with the referenced entries' names resolved. */
export interface Affected {
	regions: readonly { id: string; name: string }[];
	pages: readonly string[];
	categories: readonly { id: string; name: string }[];
	events: readonly { id: string; title: string }[];
}

/**
 * The "Affects" links of an entry: regions, then pages, categories and events, each address once (a region
 * named both as a region and as a page is listed once, under the first label).
 */
export function affectsLinks(affected: Affected, names: PageNames): Link[] {
	const links: Link[] = [
		...affected.regions.map((r) => ({ href: `/regions/${r.id}/`, label: `${r.name}: status` })),
		...affected.pages.map((path) => ({ href: path, label: pageLabel(path, names) })),
		...affected.categories.map((c) => ({ href: `/data/${c.id}/`, label: `Data used: ${c.name}` })),
		// Same anchor as EventItem.astro gives each event on the timeline.
		...affected.events.map((e) => ({ href: `/timeline/#event-${e.id}`, label: `Timeline: ${e.title}` })),
	];
	const seen = new Set<string>();
	return links.filter((link) => {
		if (seen.has(link.href)) return false;
		seen.add(link.href);
		return true;
	});
}

/** What a feed item needs of an entry. */
export interface FeedEntry {
	id: string;
	date: string;
	kind: ChangeKind;
	title: string;
	summary: string;
}

export interface FeedItem {
	title: string;
	/** Absolute: feed readers open it outside the site. @astrojs/rss also writes it as the item's permalink guid. */
	link: string;
	pubDate: Date;
	description: string;
	categories: string[];
}

/** Feed items, newest first, linking to each entry's anchor on /changes/ at the site's address. */
export function feedItems(entries: readonly FeedEntry[], site: URL | string): FeedItem[] {
	return newestFirst(entries).map((entry) => ({
		title: `${KIND_TEXT[entry.kind]}: ${entry.title}`,
		link: new URL(`${CHANGES_PATH}#${changeAnchor(entry.id)}`, site).href,
		// Midnight UTC of the calendar day: content dates carry no time or zone.
		pubDate: new Date(`${entry.date}T00:00:00Z`),
		description: entry.summary,
		categories: [KIND_TEXT[entry.kind]],
	}));
}
