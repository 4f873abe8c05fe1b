// Wiring only: loaders and schema factories. The schemas live in src/schemas so tests can use them without Astro.
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { CategorySchema } from './schemas/category';
import { ChangeSchema } from './schemas/change';
import { ClaimSchema } from './schemas/claim';
import { ConflictSchema } from './schemas/conflict';
import { EventSchema } from './schemas/event';
import { CountryLanguagesSchema, PlaceSchema } from './schemas/place';
import { PlatformSchema, RegionSchema } from './schemas/region';
import { RegulatorSchema } from './schemas/regulator';
import { RightsSchema } from './schemas/rights';
import { ScreenSchema } from './schemas/screen';
import { SourceSchema } from './schemas/source';
import { StatementSchema } from './schemas/statement';
import { CategoryWordsSchema, TRANSLATION_SCHEMAS, type TranslatedCollection } from './schemas/translation';
import { WalkthroughSchema } from './schemas/walkthrough';
import type { RefFactory } from './schemas/common';

const ref: RefFactory = reference;

/**
 * Astro hands back file() entries sorted by id, not as written. Where the order written is the order shown
 * (statements within a group, same-day events), the loader records each entry's position as `position`.
 */
const inFileOrder = (text: string) => (parseYaml(text) as Record<string, unknown>[]).map((entry, position) => ({ ...entry, position }));

/** One language's words for a collection: content/i18n/<lang>/<name>.yaml, an entry per language (its id is the language). */
const wordsOf = <C extends TranslatedCollection>(name: C) =>
	defineCollection({
		loader: glob({ base: './content/i18n', pattern: `*/${name}.yaml`, generateId: ({ entry }) => entry.split('/')[0]! }),
		schema: TRANSLATION_SCHEMAS[name],
	});

export const collections = {
	sources: defineCollection({ loader: glob({ base: './content/sources', pattern: '*.mdx' }), schema: SourceSchema({ ref }) }),
	claims: defineCollection({ loader: glob({ base: './content/claims', pattern: '**/*.yaml' }), schema: ClaimSchema({ ref }) }),
	conflicts: defineCollection({ loader: glob({ base: './content/conflicts', pattern: '*.yaml' }), schema: ConflictSchema({ ref }) }),
	regions: defineCollection({ loader: file('./content/regions.yaml'), schema: RegionSchema({ ref }) }),
	platforms: defineCollection({ loader: file('./content/platforms.yaml'), schema: PlatformSchema() }),
	screens: defineCollection({ loader: file('./content/screens.yaml'), schema: ({ image }) => ScreenSchema({ image }) }),
	walkthroughs: defineCollection({ loader: glob({ base: './content/walkthroughs', pattern: '*.yaml' }), schema: WalkthroughSchema({ ref }) }),
	events: defineCollection({ loader: file('./content/events.yaml', { parser: inFileOrder }), schema: EventSchema({ ref }) }),
	statements: defineCollection({ loader: file('./content/statements.yaml', { parser: inFileOrder }), schema: StatementSchema({ ref }) }),
	categories: defineCollection({ loader: glob({ base: './content/categories', pattern: '*.mdx' }), schema: CategorySchema({ ref }) }),
	changes: defineCollection({ loader: file('./content/changes.yaml'), schema: ChangeSchema({ ref }) }),
	regulators: defineCollection({ loader: file('./content/regulators.yaml', { parser: inFileOrder }), schema: RegulatorSchema({ ref }) }),
	rights: defineCollection({ loader: file('./content/rights.yaml'), schema: RightsSchema({ ref }) }),
	/** Places readers type instead of their country, with their names in each language (not translated words: every language is in the one file). */
	places: defineCollection({ loader: file('./content/places.yaml'), schema: PlaceSchema() }),
	countryLanguages: defineCollection({ loader: file('./content/country-languages.yaml'), schema: CountryLanguagesSchema() }),

	// The content's words in the other languages (src/lib/content-words.ts puts them on the English entries).
	regionWords: wordsOf('regions'),
	platformWords: wordsOf('platforms'),
	statementWords: wordsOf('statements'),
	walkthroughWords: wordsOf('walkthroughs'),
	screenWords: wordsOf('screens'),
	eventWords: wordsOf('events'),
	conflictWords: wordsOf('conflicts'),
	/** A category's words and its page's text in another language: content/i18n/<lang>/categories/<id>.mdx. */
	categoryWords: defineCollection({ loader: glob({ base: './content/i18n', pattern: '*/categories/*.mdx' }), schema: CategoryWordsSchema }),
};
