/**
 * What pages hand to components: plain data with every reference resolved (through site.ts, which fails the
 * build on a dangling one). Components take these as props and never load content themselves.
 */
import type { CollectionEntry } from 'astro:content';
import type { Cite } from '../lib/guide-view';
import { byDate, eventsFor } from '../lib/status';
import type { DatePrecision, TrainingState } from '../schemas/event';
import { caveatOf, citesFor, factsAsOf, must, regionList, site, statusEvents, statusOf } from './site';

export interface ConflictView {
	id: string;
	title: string;
	status: 'resolved' | 'unresolved';
	resolution: string;
	sides: { position: string; cites: Cite[] }[];
}

export async function conflictView(id: string, where: string): Promise<ConflictView> {
	const { conflicts } = await site();
	const conflict = must(conflicts, id, where);
	const file = conflict.filePath ?? `content/conflicts/${id}.yaml`;
	return {
		id,
		title: conflict.data.title,
		status: conflict.data.status,
		resolution: conflict.data.resolution,
		sides: await Promise.all(
			conflict.data.sides.map(async (side, i) => ({ position: side.position, cites: await citesFor(side.claims, `${file}: sides[${i}].claims`) })),
		),
	};
}

export async function allConflicts(): Promise<ConflictView[]> {
	const { conflicts } = await site();
	return Promise.all([...conflicts.keys()].map((id) => conflictView(id, 'content/conflicts')));
}

export interface EventView {
	id: string;
	date: string;
	precision: DatePrecision;
	title: string;
	summary: string;
	regions: { id: string; shortName: string }[];
	training?: TrainingState | undefined;
	cites: Cite[];
	conflicts: ConflictView[];
}

async function eventView(event: CollectionEntry<'events'>): Promise<EventView> {
	const { regions } = await site();
	const where = `content/events.yaml: ${event.id}`;
	const e = event.data;
	return {
		id: event.id,
		date: e.date,
		precision: e.precision,
		title: e.title,
		summary: e.summary,
		regions: e.regions.map((r, i) => ({ id: r.id, shortName: must(regions, r, `${where}.regions[${i}]`).data.shortName })),
		training: e.training,
		cites: await citesFor(e.claims, `${where}.claims`),
		conflicts: await Promise.all(e.conflicts.map((c, i) => conflictView(c.id, `${where}.conflicts[${i}]`))),
	};
}

/** Every event oldest first, or only one region's, in the same order as the status logic uses. */
export async function eventViews(region?: string): Promise<EventView[]> {
	const events = await statusEvents();
	const shown = region ? eventsFor(events, region, await factsAsOf()) : byDate(events);
	return Promise.all(shown.map((e) => eventView(e.entry)));
}

export interface CategoryView {
	id: string;
	name: string;
	status: CollectionEntry<'categories'>['data']['status'];
	inPractice: string;
	examples: string[];
	searchTerms: string[];
	cites: Cite[];
	/** Region names, or undefined when the category applies in every region. */
	regions: string[] | undefined;
	disputes: { title: string; href: string }[];
}

/** True when the entries are every region, each once. */
const everyRegion = (named: readonly { id: string }[], all: readonly { id: string }[]) => new Set(named.map((r) => r.id)).size === all.length;

export async function categoryView(category: CollectionEntry<'categories'>): Promise<CategoryView> {
	const all = await regionList();
	const { conflicts } = await site();
	const c = category.data;
	const where = category.filePath ?? `content/categories/${category.id}.mdx`;
	const byRegion = new Map(all.map((r) => [r.id, r]));
	const named = c.regions.map((r) => must(byRegion, r, `${where}: field "regions"`));
	return {
		id: category.id,
		name: c.name,
		status: c.status,
		inPractice: c.inPractice,
		examples: c.examples,
		searchTerms: c.searchTerms,
		cites: await citesFor(c.claims, `${where}: field "claims"`),
		// Every reference is looked up (a typo fails the build); a card for every region says nothing about regions.
		regions: everyRegion(named, all) ? undefined : named.map((r) => r.data.name),
		disputes: c.conflicts.map((ref) => ({ title: must(conflicts, ref, `${where}: field "conflicts"`).data.title, href: `/sources/#conflict-${ref.id}` })),
	};
}

export interface StatusRow {
	id: string;
	name: string;
	training: TrainingState | undefined;
	since: { date: string; precision: DatePrecision } | undefined;
	/** Training was on before, then stopped: today's state is a return, not a first. */
	again: boolean;
	caveat: { text: string; cites: Cite[] } | undefined;
}

/** One row per region for the home page's table, worked out from events. */
export async function statusRows(): Promise<StatusRow[]> {
	return Promise.all(
		(await regionList()).map(async (region) => {
			const status = await statusOf(region.id);
			return {
				id: region.id,
				name: region.data.name,
				training: status.training,
				since: status.since && { date: status.since.date, precision: status.since.precision },
				again: status.training === 'on' && status.firstOn !== undefined && status.firstOn !== status.since,
				caveat: await caveatOf(region),
			};
		}),
	);
}
