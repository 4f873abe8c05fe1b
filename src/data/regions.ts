/** A region's status, history and statements, worked out from dated events and the statements that apply to it. */
import type { CollectionEntry } from 'astro:content';
import { i18n } from '../i18n';
import type { Lang } from '../i18n/lang';
import { coverageSentence, regionCoverage, type Capture } from '../lib/coverage';
import { historyAnswer, periodLines, regionHistory } from '../lib/history';
import { paths } from '../lib/paths';
import { eventsFor, regionStatus, statusSentence } from '../lib/status';
import type { ChooserOptions, Cited, HistoryView, StatementView, StatusRow, StatusView } from '../lib/views';
import { STATEMENT_GROUPS, type StatementGroup } from '../schemas/statement';
import { factsAsOf } from './chrome';
import { citesFor } from './cites';
import { byOrder, byPosition, contentIn, resolveRef, type Content } from './load';
import { inEveryLanguage } from './static-paths';

export const regionList = (content: Content): CollectionEntry<'regions'>[] => [...content.regions.values()].sort(byOrder);
export const platformList = (content: Content): CollectionEntry<'platforms'>[] => [...content.platforms.values()].sort(byOrder);

export function chooserOptions(content: Content): ChooserOptions {
	return {
		regions: regionList(content).map((r) => ({ id: r.id, name: r.data.name })),
		platforms: platformList(content).map((p) => ({ id: p.id, name: p.data.name })),
	};
}

/** Every event as the status logic takes it, in file order (so events of one day keep their written order), with its entry alongside. */
export function statusEvents(content: Content) {
	return [...content.events.values()].sort(byPosition).map((entry) => ({ ...entry.data, id: entry.id, regions: entry.data.regions.map((r) => r.id), entry }));
}

export async function statusOf(content: Content, regionId: string) {
	return regionStatus(statusEvents(content), regionId, await factsAsOf());
}

/** A region's caveat on its status (content/regions.yaml), with its claims, or undefined. */
export function caveatOf(content: Content, region: CollectionEntry<'regions'>): Cited | undefined {
	const caveat = region.data.caveat;
	return caveat && { text: caveat.text, cites: citesFor(content, caveat.claims, `content/regions.yaml: ${region.id}.caveat.claims`) };
}

/** The one-sentence answer for a region, its state, the claims of the event that set it, and the caveat. */
export async function statusView(content: Content, regionId: string): Promise<StatusView> {
	const region = resolveRef(content.regions, regionId, 'status');
	const status = await statusOf(content, regionId);
	return {
		sentence: statusSentence(status, region.data.inSentence, i18n(content.lang)),
		training: status.training ?? 'unknown',
		cites: status.since ? citesFor(content, status.since.claims, `content/events.yaml: ${status.since.id}.claims`, regionId) : [],
		caveat: caveatOf(content, region),
	};
}

/** "Was my data already used?" for one region: its periods, the answer in sentences, and the disagreements behind it. */
export async function historyView(content: Content, regionId: string): Promise<HistoryView> {
	const region = resolveRef(content.regions, regionId, 'history');
	const words = i18n(content.lang);
	const asOf = await factsAsOf();
	const events = statusEvents(content);
	const history = regionHistory(events, regionId, asOf);
	// Only the events that moved the region between states: the rest do not answer "was my data used?".
	const turning = eventsFor(events, regionId, asOf).filter((e) => e.training !== undefined || e.settingOffered !== undefined);
	// The claims of the event that set today's state are cited by the status sentence just above.
	const seen = new Set<string>(regionStatus(events, regionId, asOf).since?.claims.map((c) => c.id));
	const claimRefs = turning.flatMap((e) => e.claims).filter((c) => !seen.has(c.id) && seen.add(c.id));
	// Only what is still open: a settled disagreement is not a doubt about this region's history.
	const disputed = [...new Set(turning.flatMap((e) => e.conflicts.map((c) => c.id)))]
		.map((id) => resolveRef(content.conflicts, id, `content/events.yaml (events of ${regionId}).conflicts`))
		.filter(
			(k) => (k.data.kind === 'unknown' || k.data.status === 'unresolved') && (k.data.regions.length === 0 || k.data.regions.some((r) => r.id === regionId)),
		);
	return {
		...historyAnswer(history, region.data.inSentence, words),
		regulators: statementsFor(content, regionId, ['regulators']),
		switchingOff: statementsFor(content, regionId, ['switching-off']),
		periods: periodLines(history, words),
		cites: citesFor(content, claimRefs, `content/events.yaml (events of ${regionId}).claims`, regionId),
		disputes: disputed.map((k) => ({ kind: k.data.kind, title: k.data.title, href: paths.conflict(content.lang, k.id) })),
	};
}

export function statementView(content: Content, s: CollectionEntry<'statements'>, regionId: string | undefined): StatementView {
	// A sentence for some regions cites, on each region's page, the claims that speak for that region.
	const forRegion = s.data.regions.length > 0 ? regionId : undefined;
	const cites = citesFor(content, s.data.claims, `content/statements.yaml: ${s.id}.claims`, forRegion);
	return { id: s.id, group: s.data.group, text: s.data.text, link: s.data.link, cites };
}

/** The statements that apply to a region (or, without one, to the home page), from the given groups, in file order. */
export function statementsFor(content: Content, regionId: string | undefined, groups: readonly StatementGroup[]): StatementView[] {
	return [...content.statements.values()]
		.filter((s) => groups.includes(s.data.group) && (regionId === undefined || s.data.regions.length === 0 || s.data.regions.some((r) => r.id === regionId)))
		.sort(byPosition)
		.map((s) => statementView(content, s, regionId));
}

/** The setting's own address, from the `direct-link` statement, with the claims behind it. */
export function directLink(content: Content): { href: string; cites: StatementView['cites'] } {
	const statement = resolveRef(content.statements, 'direct-link', 'the direct link (content/statements.yaml)');
	if (!statement.data.link) throw new Error('content/statements.yaml: direct-link needs a "link" with the setting\'s address');
	return { href: statement.data.link.href, cites: citesFor(content, statement.data.claims, 'content/statements.yaml: direct-link.claims') };
}

/** One row per region for the home page's table, worked out from events. */
export async function statusRows(content: Content): Promise<StatusRow[]> {
	return Promise.all(
		regionList(content).map(async (region) => {
			const status = await statusOf(content, region.id);
			return {
				id: region.id,
				name: region.data.name,
				path: paths.region(content.lang, region.id),
				training: status.training,
				since: status.since && { date: status.since.date, precision: status.since.precision },
				again: status.training === 'on' && status.firstOn !== undefined && status.firstOn !== status.since,
				caveat: caveatOf(content, region),
			};
		}),
	);
}

/** Groups shown elsewhere than under a heading of their own: the home page's answer, with the history, on data pages. */
const SHOWN_ELSEWHERE = [
	'lead',
	'regulators',
	'switching-off',
	'data-notes',
	'rights-object',
	'rights-copy',
	'rights-fix',
	'rights-complain',
] as const satisfies readonly StatementGroup[];
/** The order statement groups appear in on a region's page. Every other group has a place, so none can go missing. */
export const GROUP_ORDER = ['does', 'does-not', 'object', 'who', 'related', 'not-showing'] as const satisfies readonly Exclude<
	StatementGroup,
	(typeof SHOWN_ELSEWHERE)[number]
>[];
const unplaced = STATEMENT_GROUPS.filter((g) => !(SHOWN_ELSEWHERE as readonly string[]).includes(g) && !(GROUP_ORDER as readonly string[]).includes(g));
if (unplaced.length > 0) throw new Error(`src/data/regions.ts: GROUP_ORDER does not place the statement group(s) ${unplaced.join(', ')}`);

/** Every copy of LinkedIn's documents the sources' check records list, with the regions it was made for. */
const captures = (content: Content): (Capture & { claim?: { id: string } | undefined })[] =>
	[...content.sources.values()].flatMap((s) =>
		(s.data.checked.captures ?? []).map((c) => ({ regions: c.regions.map((r) => r.id), upTo: c.upTo, claim: c.claim })),
	);

/**
 * Up to when the region's LinkedIn documents are known, citing what the newest copies made for it showed
 * (for a region with none of its own, what the newest copies of the global documents showed).
 */
function coverageView(content: Content, region: CollectionEntry<'regions'>): Cited {
	const all = captures(content);
	const coverage = regionCoverage(all, region.id);
	const own = all.filter((c) => c.regions.includes(region.id));
	const behind = (own.length > 0 ? own.filter((c) => c.upTo === coverage.local) : all.filter((c) => c.upTo === coverage.global)).flatMap((c) => c.claim ?? []);
	const unique = [...new Map(behind.map((c) => [c.id, c])).values()];
	return {
		text: coverageSentence(coverage, region.data.inSentence, i18n(content.lang)),
		cites: citesFor(content, unique, `content/sources (check records for ${region.id}).checked.captures.claim`, region.id),
	};
}

/** A region's page: its status and history, how to switch off on each device, its statements by group and its legal context. */
async function regionView(content: Content, region: CollectionEntry<'regions'>) {
	const statements = statementsFor(content, region.id, GROUP_ORDER);
	return {
		id: region.id,
		name: region.data.name,
		where: region.data.inSentence,
		covers: region.data.covers,
		status: await statusView(content, region.id),
		asOf: await factsAsOf(),
		coverage: coverageView(content, region),
		history: await historyView(content, region.id),
		guides: platformList(content).map((p) => ({ name: p.data.name, href: paths.guide(content.lang, region.id, p.id) })),
		groups: GROUP_ORDER.map((group) => ({ group, items: statements.filter((s) => s.group === group) })).filter((g) => g.items.length > 0),
		legal: region.data.legal.map((l, i) => ({
			id: `legal-${i}`,
			text: l.text,
			cites: citesFor(content, l.claims, `content/regions.yaml: ${region.id}.legal[${i}].claims`),
		})),
		timelinePath: paths.timeline(content.lang, region.id),
		allTimelinePath: paths.timeline(content.lang),
		rightsPath: paths.rights(content.lang, region.id),
	};
}

export const regionPages = () =>
	inEveryLanguage(async (lang) => {
		const content = await contentIn(lang);
		return Promise.all(regionList(content).map(async (region) => ({ params: { id: region.id }, props: { region: await regionView(content, region) } })));
	});

/** What the country box needs in a language: each region as it reads inside a sentence. */
export async function regionsInSentence(lang: Lang): Promise<Record<string, string>> {
	return Object.fromEntries(regionList(await contentIn(lang)).map((r) => [r.id, r.data.inSentence]));
}

/** Which countries each region lists, for the country table (/countries.json). */
export async function regionCountries() {
	return regionList(await contentIn('en')).map((r) => ({ id: r.id, countries: r.data.countries, fallback: r.data.fallback }));
}
