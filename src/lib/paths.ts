/**
 * Every address of the site, in one place: one function per route, taking the language, returning the
 * root-relative path. Pages, components, the island, the feed and the tests all build links here, so a
 * link is right when it is rendered and a route changes in one line. `parseSitePath` reads them back.
 */
import { DEFAULT_LANG, langOfPath, langPrefix, type Lang } from '../i18n/lang';

const at = (lang: Lang, path: string) => `${langPrefix(lang)}${path}`;

export interface GuideChoice {
	region?: string | undefined;
	platform?: string | undefined;
}

/** The element id of a claim on its source's page; claim ids look like "s0/default-on". */
export const claimAnchor = (claimId: string) => `claim-${claimId.replace(/\//g, '--')}`;
/** The source a claim belongs to: the part of its id before the slash. */
export const sourceIdOf = (claimId: string) => claimId.split('/')[0] ?? claimId;
/** The element id of a change-log entry; prefixed so an entry id never clashes with another id on the page. */
export const changeAnchor = (id: string) => `change-${id}`;
export const eventAnchor = (id: string) => `event-${id}`;
export const conflictAnchor = (id: string) => `conflict-${id}`;
/** A country's authorities on a region's authorities page: "country-DE". */
export const countryAnchor = (code: string) => `country-${code}`;

export const paths = {
	home: (lang: Lang) => at(lang, '/'),
	guideIndex: (lang: Lang) => at(lang, '/guide/'),
	/** The static page of one region and platform. */
	guide: (lang: Lang, region: string, platform: string) => at(lang, `/guide/${region}/${platform}/`),
	/**
	 * The page for a reader who has answered one question, which asks the other; with both answers, the
	 * guide itself; with none, the guide index. Without JavaScript every choice link leads somewhere useful.
	 */
	choice(lang: Lang, choice: GuideChoice): string {
		if (choice.region && choice.platform) return paths.guide(lang, choice.region, choice.platform);
		const one = choice.region ?? choice.platform;
		return one ? at(lang, `/guide/${one}/`) : paths.guideIndex(lang);
	},
	/** The "check again in six months" calendar file of a guide page. */
	reminder: (lang: Lang, region: string, platform: string) => `${paths.guide(lang, region, platform)}remind.ics`,
	/** A guide page's own address as a QR code (SVG), for opening the same steps on a phone. */
	qr: (lang: Lang, region: string, platform: string) => `${paths.guide(lang, region, platform)}qr.svg`,
	region: (lang: Lang, id: string) => at(lang, `/regions/${id}/`),
	/** After switching off: objecting, a copy, correcting or deleting, complaining, with letters to fill in. */
	rights: (lang: Lang, id: string) => at(lang, `/rights/${id}/`),
	/** Where a region with many countries (the EU and EEA) lists each country's data-protection authorities. */
	authorities: (lang: Lang, id: string) => at(lang, `/rights/${id}/authorities/`),
	timeline: (lang: Lang, region?: string) => at(lang, region ? `/timeline/${region}/` : '/timeline/'),
	event: (lang: Lang, id: string) => `${paths.timeline(lang)}#${eventAnchor(id)}`,
	data: (lang: Lang) => at(lang, '/data/'),
	category: (lang: Lang, id: string) => at(lang, `/data/${id}/`),
	sources: (lang: Lang) => at(lang, '/sources/'),
	source: (lang: Lang, id: string) => at(lang, `/sources/${id}/`),
	claim: (lang: Lang, claimId: string) => `${paths.source(lang, sourceIdOf(claimId))}#${claimAnchor(claimId)}`,
	/** Every point on which sources disagree, each with both sides. */
	disagreements: (lang: Lang) => at(lang, '/disagreements/'),
	conflict: (lang: Lang, id: string) => `${paths.disagreements(lang)}#${conflictAnchor(id)}`,
	changes: (lang: Lang) => at(lang, '/changes/'),
	change: (lang: Lang, id: string) => `${paths.changes(lang)}#${changeAnchor(id)}`,
	/** The change log as RSS: one feed, in English, like the entries. */
	feed: () => '/changes.xml',
	about: (lang: Lang) => at(lang, '/about/'),
	report: (lang: Lang) => `${paths.about(lang)}#report`,
	/** A step's drawing on one device, with LinkedIn's labels in the page's language. */
	screen: (lang: Lang, device: string, id: string) => at(lang, `/screens/${device}/${id}.svg`),
	/** The country box's words, fetched when the box appears. */
	countryWords: (lang: Lang) => at(lang, '/country-words.json'),
	/** The places readers may type instead of their country, named in the language; fetched with the country table. */
	places: (lang: Lang) => at(lang, '/places.json'),
	/** What search needs in words, fetched with the search code. */
	searchWords: (lang: Lang) => at(lang, '/search-words.json'),
	/** Every country's region and every time zone's country: the same in every language. */
	countryTable: () => '/countries.json',
} as const;

/** What a site path names, read back by `parseSitePath`. */
export type SiteRoute =
	| { route: 'home' | 'guideIndex' | 'data' | 'timeline' | 'sources' | 'disagreements' | 'changes' | 'about' }
	| { route: 'guide'; region: string; platform: string }
	| { route: 'choice'; id: string }
	| { route: 'region' | 'regionTimeline' | 'rights' | 'authorities' | 'category' | 'source'; id: string };

const FIXED: Record<string, SiteRoute['route']> = {
	'': 'home',
	guide: 'guideIndex',
	data: 'data',
	timeline: 'timeline',
	sources: 'sources',
	disagreements: 'disagreements',
	changes: 'changes',
	about: 'about',
};
const NAMED: Record<string, 'region' | 'regionTimeline' | 'rights' | 'category' | 'source'> = {
	regions: 'region',
	rights: 'rights',
	timeline: 'regionTimeline',
	data: 'category',
	sources: 'source',
};

/**
 * The page a root-relative path names, with its language, or undefined for anything that is not a page
 * of this site's shape (a file, a typo). It knows shapes, not ids: callers check the ids exist.
 */
export function parseSitePath(path: string): { lang: Lang; page: SiteRoute } | undefined {
	const lang = langOfPath(path);
	const bare = lang === DEFAULT_LANG ? path : path.slice(lang.length + 1);
	if (!bare.startsWith('/') || !bare.endsWith('/')) return undefined;
	const parts = bare.split('/').filter(Boolean);
	const [section = '', first, second] = parts;
	if (parts.length <= 1 && section in FIXED) return { lang, page: { route: FIXED[section]! } as SiteRoute };
	if (section === 'guide' && parts.length === 3) return { lang, page: { route: 'guide', region: first!, platform: second! } };
	if (section === 'guide' && parts.length === 2) return { lang, page: { route: 'choice', id: first! } };
	if (parts.length === 2 && section in NAMED) return { lang, page: { route: NAMED[section]!, id: first! } };
	if (section === 'rights' && parts.length === 3 && second === 'authorities') return { lang, page: { route: 'authorities', id: first! } };
	return undefined;
}

/**
 * A link written in content as an English site path ("/data/", "/sources/p8/#claim-…"), in the page's
 * language. Anything that is not a page of the site (a file such as /changes.xml, another site) is left
 * as it is.
 */
export function localize(lang: Lang, href: string): string {
	if (!href.startsWith('/') || href.startsWith('//')) return href;
	const cut = href.search(/[?#]/);
	const path = cut === -1 ? href : href.slice(0, cut);
	const rest = cut === -1 ? '' : href.slice(cut);
	const parsed = parseSitePath(path);
	if (!parsed || parsed.lang !== DEFAULT_LANG) return href;
	return `${at(lang, path)}${rest}`;
}
