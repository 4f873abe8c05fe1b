/**
 * The change log (/changes/ and its feed): ordering, anchors, the "Affects" links and the feed items.
 * Pure, so it is tested without Astro; src/data/site.ts feeds it resolved content.
 */
import { t as english, type Translate, type TranslationKey } from '../i18n';
import { CHANGE_KIND_LABEL } from '../i18n/labels';
import type { ChangeKind } from '../schemas/change';

export { formatDate } from './status';

export const CHANGES_PATH = '/changes/';
export const FEED_PATH = '/changes.xml';

/** The words shown for each kind, on the page's badge and in feed titles, so the kind never rests on colour. */
export function kindText(kind: ChangeKind, t: Translate = english): string {
	return t(CHANGE_KIND_LABEL[kind]);
}

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

const FIXED_PAGES: Record<string, TranslationKey> = {
	'/': 'nav.home',
	'/guide/': 'nav.guide',
	'/data/': 'nav.data',
	'/timeline/': 'nav.timeline',
	'/sources/': 'nav.sources',
	'/about/': 'nav.about',
	'/changes/': 'nav.changes',
};

/**
 * A readable link text for a site path ("/guide/uk/ios/" → "Guide: UK, iPhone or iPad app"). Throws for a
 * path that names no page, so a mistyped path in content fails the build instead of printing a dead link.
 */
export function pageLabel(path: string, names: PageNames, t: Translate = english): string {
	const fixed = FIXED_PAGES[path];
	if (fixed) return t(fixed);
	const parts = path.split('/').filter(Boolean);
	const name = (map: ReadonlyMap<string, string>, id: string | undefined) => {
		const found = id === undefined ? undefined : map.get(id);
		if (found === undefined) throw new Error(`"${path}" is not a page of this site`);
		return found;
	};
	const [section, first, second] = parts;
	if (section === 'guide' && parts.length === 3)
		return t('changes.page.guide', { region: name(names.regions, first), platform: name(names.platforms, second) });
	if (parts.length === 2) {
		if (section === 'regions') return t('changes.page.region', { region: name(names.regions, first) });
		if (section === 'timeline') return t('changes.page.timeline', { region: name(names.regions, first) });
		if (section === 'data') return t('changes.page.data', { category: name(names.categories, first) });
		if (section === 'sources') return t('changes.page.source', { source: name(names.sources, first) });
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
export function affectsLinks(affected: Affected, names: PageNames, t: Translate = english): Link[] {
	const links: Link[] = [
		...affected.regions.map((r) => ({ href: `/regions/${r.id}/`, label: t('changes.page.region', { region: r.name }) })),
		...affected.pages.map((path) => ({ href: path, label: pageLabel(path, names, t) })),
		...affected.categories.map((c) => ({ href: `/data/${c.id}/`, label: t('changes.page.data', { category: c.name }) })),
		// Same anchor as EventItem.astro gives each event on the timeline.
		...affected.events.map((e) => ({ href: `/timeline/#event-${e.id}`, label: t('changes.page.event', { title: e.title }) })),
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
		title: `${kindText(entry.kind)}: ${entry.title}`,
		link: new URL(`${CHANGES_PATH}#${changeAnchor(entry.id)}`, site).href,
		// Midnight UTC of the calendar day: content dates carry no time or zone.
		pubDate: new Date(`${entry.date}T00:00:00Z`),
		description: entry.summary,
		categories: [kindText(entry.kind)],
	}));
}
