/** The timeline's events and the disagreements behind them. */
import type { CollectionEntry } from 'astro:content';
import { byDate, eventsFor } from '../lib/status';
import type { ConflictView, DisputeLink, EventView } from '../lib/views';
import { factsAsOf } from './chrome';
import { citesFor } from './cites';
import type { Lang } from '../i18n/lang';
import { paths } from '../lib/paths';
import { contentIn, resolveRef, type Content } from './load';
import { regionList, statusEvents } from './regions';
import { inEveryLanguage } from './static-paths';

export function conflictView(content: Content, id: string, where: string): ConflictView {
	const conflict = resolveRef(content.conflicts, id, where);
	const file = conflict.filePath ?? `content/conflicts/${id}.yaml`;
	const c = conflict.data;
	if (c.kind === 'unknown')
		return { kind: 'unknown', id, title: c.title, known: c.known, unknown: c.unknown, cites: citesFor(content, c.claims, `${file}: claims`) };
	return {
		kind: 'disagreement',
		id,
		title: c.title,
		status: c.status,
		resolution: c.resolution,
		sides: c.sides.map((side, i) => ({ position: side.position, cites: citesFor(content, side.claims, `${file}: sides[${i}].claims`) })),
	};
}

/** A disagreement or unknown as a link to the page that sets it out. */
export function disputeLink(content: Content, ref: { id: string } | string, where: string): DisputeLink {
	const conflict = resolveRef(content.conflicts, ref, where);
	return { kind: conflict.data.kind, title: conflict.data.title, href: paths.conflict(content.lang, conflict.id) };
}

export const allConflicts = (content: Content): ConflictView[] => [...content.conflicts.keys()].map((id) => conflictView(content, id, 'content/conflicts'));

function eventView(content: Content, event: CollectionEntry<'events'>): EventView {
	const where = `content/events.yaml: ${event.id}`;
	const e = event.data;
	return {
		id: event.id,
		date: e.date,
		precision: e.precision,
		title: e.title,
		summary: e.summary,
		regions: e.regions.map((r, i) => ({ id: r.id, shortName: resolveRef(content.regions, r, `${where}.regions[${i}]`).data.shortName })),
		training: e.training,
		cites: citesFor(content, e.claims, `${where}.claims`),
		disputes: e.conflicts.map((c, i) => disputeLink(content, c, `${where}.conflicts[${i}]`)),
	};
}

/** Every event oldest first, or only one region's, in the same order as the status logic uses. */
export async function eventViews(content: Content, region?: string): Promise<EventView[]> {
	const events = statusEvents(content);
	const shown = region ? eventsFor(events, region, await factsAsOf()) : byDate(events);
	return shown.map((e) => eventView(content, e.entry));
}

const timelineRegions = (content: Content) =>
	regionList(content).map((r) => ({ id: r.id, name: r.data.name, where: r.data.inSentence, statusPath: paths.region(content.lang, r.id) }));

/** /timeline/: every event. */
export async function timelineView(lang: Lang) {
	const content = await contentIn(lang);
	return { events: await eventViews(content), regions: timelineRegions(content) };
}

/** /timeline/<region>/: one region's events, in every language. */
export const regionTimelinePages = () =>
	inEveryLanguage(async (lang) => {
		const content = await contentIn(lang);
		const regions = timelineRegions(content);
		return Promise.all(regions.map(async (r) => ({ params: { region: r.id }, props: { events: await eventViews(content, r.id), regions, current: r } })));
	});

/** /disagreements/: every point on which sources disagree, then every point nobody has settled, in the page's language. */
export async function disagreementsView(lang: Lang) {
	const all = allConflicts(await contentIn(lang));
	return { disagreements: all.filter((c) => c.kind === 'disagreement'), unknowns: all.filter((c) => c.kind === 'unknown') };
}
