/** The data categories: what LinkedIn says it uses for training, what it leaves out, and what it collects in general. */
import type { CollectionEntry } from 'astro:content';
import { i18n } from '../i18n';
import { CATEGORY_STATUS_LABEL, SOURCE_KIND_LABEL } from '../i18n/labels';
import type { Lang } from '../i18n/lang';
import { paths } from '../lib/paths';
import type { CategoryView, StatementView } from '../lib/views';
import { CATEGORY_STATUSES } from '../schemas/category';
import { citesFor } from './cites';
import { byOrder, contentIn, resolveRef, type Content } from './load';
import { regionList, statementView } from './regions';
import { disputeLink } from './timeline';
import { inEveryLanguage } from './static-paths';

export function categoryView(content: Content, category: CollectionEntry<'categories'>): CategoryView {
	const all = regionList(content);
	const c = category.data;
	const where = category.filePath ?? `content/categories/${category.id}.mdx`;
	const named = c.regions.map((r) => resolveRef(content.regions, r, `${where}: field "regions"`));
	return {
		id: category.id,
		path: paths.category(content.lang, category.id),
		name: c.name,
		status: c.status,
		inPractice: c.inPractice,
		examples: c.examples,
		searchTerms: c.searchTerms,
		cites: citesFor(content, c.claims, `${where}: field "claims"`),
		// Every reference is looked up (a typo fails the build); a card for every region says nothing about regions.
		regions: new Set(named.map((r) => r.id)).size === all.length ? undefined : named.map((r) => r.data.name),
		disputes: c.conflicts.map((ref) => disputeLink(content, ref, `${where}: field "conflicts"`)),
		notes: c.notes.map((ref) => statementView(content, resolveRef(content.statements, ref, `${where}: field "notes"`), undefined)),
	};
}

/** The notes every category of a group carries, said once above the group on /data/ rather than on every card. */
export function sharedNotes(entries: readonly CategoryView[]): StatementView[] {
	const [first, ...rest] = entries;
	if (!first) return [];
	return first.notes.filter((n) => rest.every((e) => e.notes.some((m) => m.id === n.id)));
}

export const categoryList = (content: Content) => [...content.categories.values()].sort(byOrder);

/** The kinds of source behind a category's claims (official, regulator…), each once. */
export function sourceKindsOf(content: Content, category: CollectionEntry<'categories'>) {
	return [...new Set(category.data.claims.map((ref) => content.sources.get(content.claims.get(ref.id)?.data.source.id ?? '')?.data.kind))].filter(
		(k) => k !== undefined,
	);
}

/** /data/: every category by status, and what its search can be narrowed by. */
export async function dataIndexView(lang: Lang) {
	const content = await contentIn(lang);
	const { t } = i18n(lang);
	const sorted = categoryList(content);
	return {
		groups: CATEGORY_STATUSES.map((status) => {
			const entries = sorted.filter((c) => c.data.status === status).map((c) => categoryView(content, c));
			const notes = entries.length > 1 ? sharedNotes(entries) : [];
			// A note said above the group is left off each card.
			return { status, notes, entries: entries.map((e) => ({ ...e, notes: e.notes.filter((n) => !notes.some((m) => m.id === n.id)) })) };
		}),
		filters: [
			{ name: 'status', label: t('data.filter.status'), values: CATEGORY_STATUSES.map((s) => t(CATEGORY_STATUS_LABEL[s])) },
			{ name: 'region', label: t('data.filter.region'), values: regionList(content).map((r) => r.data.name) },
			{ name: 'source', label: t('data.filter.source'), values: Object.values(SOURCE_KIND_LABEL).map((key) => t(key)) },
		],
	};
}

/** Each category's page in every language, with its text (the English MDX or the language's own) to render. */
export const categoryPages = () =>
	inEveryLanguage(async (lang) => {
		const content = await contentIn(lang);
		const { t } = i18n(lang);
		return categoryList(content).map((category) => ({
			params: { id: category.id },
			props: {
				view: categoryView(content, category),
				body: content.categoryBodies.get(category.id)!,
				filters: {
					status: t(CATEGORY_STATUS_LABEL[category.data.status]),
					regions: category.data.regions.map((r) => resolveRef(content.regions, r, `content/categories/${category.id}.mdx: field "regions"`).data.name),
					sources: sourceKindsOf(content, category).map((k) => t(SOURCE_KIND_LABEL[k])),
				},
			},
		}));
	});
