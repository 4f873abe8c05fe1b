/** The change log (/changes/ and its feed), newest first, every reference resolved: a dangling one fails the build. */
import { i18n } from '../i18n';
import { affectsLinks, newestFirst, type PageNames } from '../lib/changes';
import type { Cite } from '../lib/cite';
import type { DatePrecision } from '../schemas/event';
import type { Link } from '../lib/changes';
import { citesFor } from './cites';
import type { Lang } from '../i18n/lang';
import { contentIn, resolveRef, type Content } from './load';

export interface ChangeView {
	id: string;
	date: string;
	precision: DatePrecision;
	kind: 'linkedin' | 'regulator' | 'site';
	title: string;
	summary: string;
	cites: Cite[];
	affects: Link[];
}

export function changeList(content: Content): ChangeView[] {
	const { changes, regions, platforms, events, categories, sources } = content;
	const words = i18n(content.lang);
	const nameOf = <T extends { data: unknown }>(map: Map<string, T>, name: (data: T['data']) => string) =>
		new Map([...map].map(([id, e]) => [id, name(e.data)]));
	const names: PageNames = {
		regions: nameOf(regions, (d) => d.name),
		platforms: nameOf(platforms, (d) => d.name),
		categories: nameOf(categories, (d) => d.name),
		sources: nameOf(sources, (d) => d.name),
	};
	const entries = newestFirst([...changes.values()].map((entry) => ({ ...entry.data, id: entry.id })));
	return entries.map((change) => {
		const where = (field: string) => `content/changes.yaml: ${change.id}.${field}`;
		const affected = {
			regions: change.regions.map((ref) => ({ id: ref.id, name: resolveRef(regions, ref, where('regions')).data.name })),
			pages: change.pages,
			categories: change.categories.map((ref) => ({ id: ref.id, name: resolveRef(categories, ref, where('categories')).data.name })),
			events: change.events.map((ref) => ({ id: ref.id, title: resolveRef(events, ref, where('events')).data.title })),
		};
		let affects: Link[];
		try {
			affects = affectsLinks(affected, names, words, content.lang);
		} catch (error) {
			throw new Error(`${where('pages')}: ${(error as Error).message}`);
		}
		return {
			id: change.id,
			date: change.date,
			precision: change.precision,
			kind: change.kind,
			title: change.title,
			summary: change.summary,
			cites: citesFor(content, change.claims, where('claims')),
			affects,
		};
	});
}

/** /changes/ in a language: the entries as written (English), their "Affects" links in the page's language. */
export async function changesView(lang: Lang) {
	return { changes: changeList(await contentIn(lang)) };
}

/** The feed's entries: English, like the change log. */
export async function feedEntries() {
	return changeList(await contentIn('en'));
}
