/**
 * What search knows about a page beyond its text: its kind (the route, which picks the result's title
 * wording) and its tier (an answer, or the evidence behind the answers). Both are worked out from the page's
 * address and given to Pagefind as the page is indexed, not written into the page, so no reader downloads
 * them (pages keep their byte budgets) and no page can forget them.
 */
import { SEARCH_KIND, SEARCH_TIER, SEARCH_TIERS } from '../scripts/search.js';
import { byTag, parseHtml } from './html';
import { parseSitePath, type SiteRoute } from './paths';

export type SearchTier = (typeof SEARCH_TIERS)[number];

/**
 * Pages listed after the answers: sources, the list of them, the disagreements between them, the change log
 * and the about page. They back up or explain an answer; a reader asking a question wants the answer first.
 */
const REFERENCE: ReadonlySet<SiteRoute['route']> = new Set(['source', 'sources', 'disagreements', 'changes', 'about']);

/** The kind and tier of the page at a root-relative address, or undefined for anything that is not a page of the site. */
export function searchLabels(path: string): { kind: SiteRoute['route']; tier: SearchTier } | undefined {
	const route = parseSitePath(path)?.page.route;
	if (!route) return undefined;
	return { kind: route, tier: REFERENCE.has(route) ? 'reference' : 'answer' };
}

/** The address a built file is served at: "de/data/x/index.html" → "/de/data/x/". */
export function pathOfFile(file: string): string {
	return `/${file.replace(/\\/g, '/')}`.replace(/(^|\/)index\.html$/, '$1');
}

/**
 * The page as Pagefind should read it: with an empty element at the start of its searchable <main> that
 * carries the kind as metadata and the tier as a filter. Pages search leaves out (no data-pagefind-body),
 * and files that are not pages of the site, come back unchanged.
 */
export function withSearchLabels(html: string, path: string): string {
	const labels = searchLabels(path);
	const main = byTag(parseHtml(html), 'main').find((m) => 'data-pagefind-body' in m.attribs);
	if (!labels || !main || main.endIndex === null) return html;
	const at = main.children[0]?.startIndex ?? main.endIndex + 1 - '</main>'.length;
	const span = `<span data-pagefind-meta="${SEARCH_KIND}:${labels.kind}" data-pagefind-filter="${SEARCH_TIER}:${labels.tier}"></span>`;
	return html.slice(0, at) + span + html.slice(at);
}
