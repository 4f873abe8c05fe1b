/**
 * The sources pages: every source with its claims, verdicts and evidence, and where sources disagree. Their
 * words are English in every language (claims quote their sources); only the page around them is translated.
 */
import type { CollectionEntry } from 'astro:content';
import { citedSources } from '../lib/cite';
import { paths } from '../lib/paths';
import type { Lang } from '../i18n/lang';
import type { VERDICTS } from '../schemas/claim';
import { SOURCE_KINDS } from '../schemas/source';
import { contentIn, type Content } from './load';
import { regionList } from './regions';

type Verdict = (typeof VERDICTS)[number];

/** One claim as its source's page lists it. */
export interface ClaimView {
	id: string;
	anchor: string;
	verdict: Verdict;
	topic: CollectionEntry<'claims'>['data']['topic'];
	confidence: CollectionEntry<'claims'>['data']['confidence'];
	text: string;
	labels: string[];
	regions: string[];
	dates: string[];
	verdictNote: string | undefined;
	evidence: { href: string; source: string; text: string }[];
	conflicts: { href: string; title: string; kind: 'disagreement' | 'unknown' }[];
	/** Sources whose claims rely on this one: one link each, to its first such claim. */
	supports: { href: string; name: string }[];
	/** Retired addresses this claim may show, since its verdict explains they changed. */
	retired: string | undefined;
}

export interface SourceView {
	id: string;
	data: CollectionEntry<'sources'>['data'];
	entry: CollectionEntry<'sources'>;
	/** The newest copy for each vantage, with the regions it was made for, by name. */
	captures: { regions: string[]; upTo: string; record: string }[];
	claims: ClaimView[];
}

function sourceView(content: Content, source: CollectionEntry<'sources'>, retired: readonly string[]): SourceView {
	const { claims, conflicts, sources, lang } = content;
	const regionName = new Map(regionList(content).map((r) => [r.id, r.data.name]));
	const sourceName = (claimId: string) => sources.get(claims.get(claimId)?.data.source.id ?? '')?.data.name ?? claimId;
	const own = [...claims.values()]
		.filter((c) => c.data.source.id === source.id)
		.sort((a, b) => (a.data.factBaseItem ?? 99) - (b.data.factBaseItem ?? 99) || a.id.localeCompare(b.id));
	return {
		id: source.id,
		data: source.data,
		entry: source,
		captures: (source.data.checked.captures ?? []).map((c) => ({
			regions: c.regions.map((r) => regionName.get(r.id) ?? r.id),
			upTo: c.upTo,
			record: c.record,
		})),
		claims: own.map((claim) => {
			const c = claim.data;
			const citedBy = [...claims.values()].filter((other) => other.data.evidence.some((e) => e.id === claim.id));
			return {
				id: claim.id,
				anchor: paths.claim(lang, claim.id).split('#')[1]!,
				verdict: c.verdict,
				topic: c.topic,
				confidence: c.confidence,
				text: c.text,
				labels: c.labels,
				regions: c.regions.map((r) => regionName.get(r.id) ?? r.id),
				dates: c.dates,
				verdictNote: c.verdictNote,
				evidence: c.evidence.map((e) => ({ href: paths.claim(lang, e.id), source: sourceName(e.id), text: claims.get(e.id)?.data.text ?? '' })),
				conflicts: [...conflicts.values()]
					.filter((k) => (k.data.kind === 'unknown' ? k.data.claims : k.data.sides.flatMap((side) => side.claims)).some((ref) => ref.id === claim.id))
					.map((k) => ({ href: paths.conflict(lang, k.id), title: k.data.title, kind: k.data.kind })),
				supports: citedSources(citedBy.map((other) => ({ href: paths.claim(lang, other.id), source: other.data.source.id, name: sourceName(other.id) }))).map(
					(s) => ({ href: s.hrefs[0]!, name: s.name }),
				),
				// An outdated or corrected claim may quote an address LinkedIn has since retired: its verdict explains the change.
				retired: c.verdict === 'outdated' || c.verdict === 'corrected' ? retired.filter((url) => c.text.includes(url)).join(' ') || undefined : undefined,
			};
		}),
	};
}

/** Addresses LinkedIn has retired, from events' `retires`; pages may show them only where they explain the change. */
export function retiredAddresses(content: Content): string[] {
	return [...content.events.values()].flatMap((e) => e.data.retires);
}

/**
 * Every source's page in a language. Sources and claims are not translated (claims quote their sources),
 * so the page is English inside the language's frame, with region names and disagreements in that language.
 */
export async function sourcePages(lang: Lang) {
	const content = await contentIn(lang);
	const retired = retiredAddresses(content);
	return [...content.sources.values()].map((source) => ({ params: { id: source.id }, props: { source: sourceView(content, source, retired) } }));
}

const isSeed = (label: string) => /^S\d$/.test(label);
const byLabel = (a: { data: { label: string } }, b: { data: { label: string } }) => a.data.label.localeCompare(b.data.label, 'en', { numeric: true });

/** /sources/: the seed articles with their verdict counts, every other source by kind, and every disagreement. */
export async function sourcesIndexView(lang: Lang) {
	const content = await contentIn(lang);
	const claimsOf = (id: string) => [...content.claims.values()].filter((c) => c.data.source.id === id);
	const all = [...content.sources.values()].sort(byLabel);
	const listed = (s: CollectionEntry<'sources'>) => ({
		id: s.id,
		href: paths.source(lang, s.id),
		name: s.data.name,
		title: s.data.title,
		claims: claimsOf(s.id).length,
	});
	return {
		seeds: all
			.filter((s) => isSeed(s.data.label))
			.map((s) => ({
				...listed(s),
				publisher: s.data.publisher,
				date: s.data.date.shown,
				verdicts: [...Map.groupBy(claimsOf(s.id), (c) => c.data.verdict)].map(([verdict, claims]) => ({ verdict, n: claims.length })),
			})),
		kinds: SOURCE_KINDS.map((kind) => ({ kind, sources: all.filter((s) => s.data.kind === kind && !isSeed(s.data.label)).map(listed) })).filter(
			(k) => k.sources.length > 0,
		),
		disagreements: { count: content.conflicts.size, href: paths.disagreements(lang) },
	};
}
