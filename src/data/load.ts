/**
 * Loading the content: the only module that reads collections. Each language's content is the English
 * entries with that language's words on them (src/lib/content-words.ts), loaded once per language per
 * build. References are resolved strictly (src/lib/refs.ts): a dangling one fails the build, naming the
 * file and field that hold it.
 */
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { DEFAULT_LANG, type Lang } from '../i18n/lang';
import { assertComplete, translateEntries, type WordsFile } from '../lib/content-words';
import type { TranslatedCollection, Translation } from '../schemas/translation';

type ById<C extends CollectionKey> = Map<string, CollectionEntry<C>>;

async function byId<C extends CollectionKey>(collection: C): Promise<ById<C>> {
	return new Map((await getCollection(collection)).map((e) => [e.id, e]));
}

async function loadEnglish() {
	const [sources, claims, conflicts, regions, platforms, screens, events, statements, categories, walkthroughs, changes, regulators, rights] =
		await Promise.all([
			byId('sources'),
			byId('claims'),
			byId('conflicts'),
			byId('regions'),
			byId('platforms'),
			byId('screens'),
			byId('events'),
			byId('statements'),
			byId('categories'),
			getCollection('walkthroughs'),
			byId('changes'),
			byId('regulators'),
			byId('rights'),
		]);
	/** A category's page text: the English MDX entry itself, or the language's own MDX file. */
	const categoryBodies = new Map<string, CollectionEntry<'categories'> | CollectionEntry<'categoryWords'>>(categories);
	return {
		lang: DEFAULT_LANG as Lang,
		sources,
		claims,
		conflicts,
		regions,
		platforms,
		screens,
		events,
		statements,
		categories,
		walkthroughs,
		changes,
		regulators,
		rights,
		categoryBodies,
	};
}

/** All content in one language: every word in it, every fact as in English. */
export type Content = Awaited<ReturnType<typeof loadEnglish>>;

const WORDS = {
	regions: 'regionWords',
	platforms: 'platformWords',
	statements: 'statementWords',
	walkthroughs: 'walkthroughWords',
	screens: 'screenWords',
	events: 'eventWords',
	conflicts: 'conflictWords',
} as const satisfies Partial<Record<TranslatedCollection, CollectionKey>>;

/** One collection's words in `lang`, from its content/i18n file; a missing file fails, naming it. */
async function wordsOf<C extends keyof typeof WORDS>(collection: C, lang: Lang): Promise<WordsFile<C>> {
	const file = `content/i18n/${lang}/${collection}.yaml`;
	const entry = (await getCollection(WORDS[collection])).find((e) => e.id === lang);
	if (!entry) throw new Error(`${file} is missing: every language needs a wording of every ${collection} entry`);
	return { file: entry.filePath ?? file, entries: entry.data as Translation<C> };
}

async function loadIn(lang: Lang): Promise<Content> {
	const english = await contentIn(DEFAULT_LANG);
	const problems: string[] = [];
	const translate = async <C extends keyof typeof WORDS, E extends { id: string; data: unknown }>(collection: C, entries: Iterable<E>) =>
		new Map(translateEntries(collection, [...entries] as never[], await wordsOf(collection, lang), problems).map((e: E) => [e.id, e] as const));

	// Categories keep their words and their page text together, one MDX file each.
	const ownBodies = (await getCollection('categoryWords')).filter((e) => e.id.startsWith(`${lang}/`));
	const bodies = new Map(ownBodies.map((e) => [e.id.slice(`${lang}/categories/`.length), e]));
	const categoryFile = `content/i18n/${lang}/categories/`;
	const categories = new Map(
		translateEntries(
			'categories',
			[...english.categories.values()],
			{ file: categoryFile, entries: Object.fromEntries([...bodies].map(([id, e]) => [id, e.data])) },
			problems,
		).map((e) => [e.id, e]),
	);

	const content: Content = {
		...english,
		lang,
		regions: await translate('regions', english.regions.values()),
		platforms: await translate('platforms', english.platforms.values()),
		statements: await translate('statements', english.statements.values()),
		walkthroughs: [...(await translate('walkthroughs', english.walkthroughs)).values()],
		screens: await translate('screens', english.screens.values()),
		events: await translate('events', english.events.values()),
		conflicts: await translate('conflicts', english.conflicts.values()),
		categories,
		categoryBodies: bodies,
	};
	assertComplete(lang, problems);
	return content;
}

const loaded = new Map<Lang, Promise<Content>>();

/** The content in `lang`, loaded once per build. */
export function contentIn(lang: Lang): Promise<Content> {
	let content = loaded.get(lang);
	if (!content) {
		content = lang === DEFAULT_LANG ? loadEnglish() : loadIn(lang);
		loaded.set(lang, content);
	}
	return content;
}

/**
 * The places readers may type into the country box, and the languages read in each country.
 * Not part of `Content`: they hold every language's names in one file, so they are the same in every language.
 */
export async function placeContent() {
	const [places, countryLanguages] = await Promise.all([getCollection('places'), getCollection('countryLanguages')]);
	return {
		places: places.map((e) => e.data),
		countryLanguages: countryLanguages.map((e) => e.data),
	};
}

export { fileOf, resolveRef } from '../lib/refs';

/** In `order`, as content lists sort regions, platforms and categories. */
export const byOrder = <T extends { data: { order: number } }>(a: T, b: T) => a.data.order - b.data.order;
/** In file order, for entries whose loader records it. */
export const byPosition = <T extends { data: { position: number } }>(a: T, b: T) => a.data.position - b.data.position;
