import { z } from 'astro/zod';

/**
 * A language's wording of the content: content/i18n/<lang>/<collection>.yaml, each a map from an entry's
 * id to its translated fields. Facts (dates, regions, claims, links) stay in the English entries; only
 * words live here. Claims, sources and the change log are not translated: claims quote their sources.
 */
const text = z.string().min(1);

/** A category's words: the frontmatter of content/i18n/<lang>/categories/<id>.mdx, whose body is the page's text. */
export const CategoryWordsSchema = z.object({ name: text, inPractice: text, examples: z.array(text), searchTerms: z.array(text).default([]) }).strict();

export const TRANSLATION_SCHEMAS = {
	regions: z.record(
		z.string(),
		z.object({ name: text, inSentence: text, shortName: text, covers: text, legal: z.array(text).optional(), caveat: text.optional() }).strict(),
	),
	platforms: z.record(z.string(), z.object({ name: text, shortName: text }).strict()),
	statements: z.record(z.string(), z.object({ text, linkLabel: text.optional() }).strict()),
	walkthroughs: z.record(
		z.string(),
		z
			.object({
				steps: z.record(
					z.string(),
					z
						.object({
							title: text,
							text,
							labels: z.array(text).default([]),
							/** Claims (by id) recording the labels this language's step quotes, cited after the English step's. */
							claims: z.array(text).default([]),
						})
						.strict(),
				),
				notice: text.optional(),
				otherPath: text.optional(),
			})
			.strict(),
	),
	screens: z.record(z.string(), z.object({ alt: text, labels: z.record(z.string(), text).default({}) }).strict()),
	categories: z.record(z.string(), CategoryWordsSchema),
	events: z.record(z.string(), z.object({ title: text, summary: text }).strict()),
	conflicts: z.record(
		z.string(),
		z.union([z.object({ title: text, sides: z.array(text), resolution: text }).strict(), z.object({ title: text, known: text, unknown: text }).strict()]),
	),
};

export type TranslatedCollection = keyof typeof TRANSLATION_SCHEMAS;
export type Translation<C extends TranslatedCollection> = z.output<(typeof TRANSLATION_SCHEMAS)[C]>;
