/**
 * The change log (/changes/ and its feed): ordering, the "Affects" links and the feed items. Pure, so it is
 * tested without Astro; src/data/changes.ts feeds it resolved content.
 */
import type { I18n, Translate, TranslationKey } from '../i18n';
import { CHANGE_KIND_LABEL } from '../i18n/labels';
import type { Lang } from '../i18n/lang';
import type { ChangeKind } from '../schemas/change';
import { parseSitePath, paths, type SiteRoute } from './paths';

/** The words shown for each kind, on the page's badge and in feed titles, so the kind never rests on colour. */
export function kindText(kind: ChangeKind, t: Translate): string {
	return t(CHANGE_KIND_LABEL[kind]);
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

/** The pages without parameters that content may name, with the words for each. */
const FIXED_PAGES: Partial<Record<SiteRoute['route'], [TranslationKey, (lang: Lang) => string]>> = {
	home: ['nav.home', paths.home],
	guideIndex: ['nav.guide', paths.guideIndex],
	data: ['nav.data', paths.data],
	timeline: ['nav.timeline', paths.timeline],
	sources: ['nav.sources', paths.sources],
	disagreements: ['disagreements.title', paths.disagreements],
	about: ['nav.about', paths.about],
	changes: ['nav.changes', paths.changes],
};

/**
 * A readable link for a site path written in content ("/guide/uk/ios/" → "Guide: UK, iPhone or iPad app"),
 * in the page's language. Throws for a path that names no page, so a mistyped path in content fails the
 * build instead of printing a dead link.
 */
export function pageLink(path: string, names: PageNames, t: Translate, lang: Lang): Link {
	const parsed = parseSitePath(path);
	const fail = () => new Error(`"${path}" is not a page of this site`);
	if (!parsed || parsed.lang !== 'en') throw fail();
	const { page } = parsed;
	const name = (map: ReadonlyMap<string, string>, id: string) => {
		const found = map.get(id);
		if (found === undefined) throw fail();
		return found;
	};
	const fixed = FIXED_PAGES[page.route];
	if (fixed) return { href: fixed[1](lang), label: t(fixed[0]) };
	switch (page.route) {
		case 'guide':
			return {
				href: paths.guide(lang, page.region, page.platform),
				label: t('changes.page.guide', { region: name(names.regions, page.region), platform: name(names.platforms, page.platform) }),
			};
		case 'region':
			return { href: paths.region(lang, page.id), label: t('changes.page.region', { region: name(names.regions, page.id) }) };
		case 'regionTimeline':
			return { href: paths.timeline(lang, page.id), label: t('changes.page.timeline', { region: name(names.regions, page.id) }) };
		case 'rights':
			return { href: paths.rights(lang, page.id), label: t('changes.page.rights', { region: name(names.regions, page.id) }) };
		case 'category':
			return { href: paths.category(lang, page.id), label: t('changes.page.data', { category: name(names.categories, page.id) }) };
		case 'source':
			return { href: paths.source(lang, page.id), label: t('changes.page.source', { source: name(names.sources, page.id) }) };
		default:
			throw fail();
	}
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
export function affectsLinks(affected: Affected, names: PageNames, { t }: Pick<I18n, 't'>, lang: Lang): Link[] {
	const links: Link[] = [
		...affected.regions.map((r) => ({ href: paths.region(lang, r.id), label: t('changes.page.region', { region: r.name }) })),
		...affected.pages.map((path) => pageLink(path, names, t, lang)),
		...affected.categories.map((c) => ({ href: paths.category(lang, c.id), label: t('changes.page.data', { category: c.name }) })),
		...affected.events.map((e) => ({ href: paths.event(lang, e.id), label: t('changes.page.event', { title: e.title }) })),
	];
	const seen = new Set<string>();
	return links.filter((link) => !seen.has(link.href) && Boolean(seen.add(link.href)));
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
export function feedItems(entries: readonly FeedEntry[], site: URL | string, t: Translate): FeedItem[] {
	return newestFirst(entries).map((entry) => ({
		title: `${kindText(entry.kind, t)}: ${entry.title}`,
		link: new URL(paths.change('en', entry.id), site).href,
		// Midnight UTC of the calendar day: content dates carry no time or zone.
		pubDate: new Date(`${entry.date}T00:00:00Z`),
		description: entry.summary,
		categories: [kindText(entry.kind, t)],
	}));
}
