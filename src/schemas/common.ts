import { z } from 'astro/zod';

/**
 * A calendar date written as YYYY-MM-DD, kept as a string so content stays timezone-free. YAML reads an
 * unquoted date as a Date, so that is turned back into its UTC calendar day.
 */
export const IsoDate = z.preprocess(
	(value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
	z
		.string()
		.regex(/^\d{4}-\d{2}-\d{2}$/, 'write dates as YYYY-MM-DD')
		// Date.parse rolls 2025-02-30 over to 2 March, so compare the round trip instead.
		.refine((value) => {
			const parsed = new Date(`${value}T00:00:00Z`);
			return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
		}, 'not a real calendar date'),
);

export type CollectionName =
	'sources' | 'claims' | 'regions' | 'platforms' | 'screens' | 'conflicts' | 'events' | 'statements' | 'categories' | 'changes' | 'regulators';

/** What a reference field holds once parsed: Astro's reference() and the tests' stand-in both yield this. */
export interface EntryRef {
	collection: string;
	id: string;
}

/**
 * Each collection's reference() is passed in, so the schemas stay testable without Astro. The output type
 * is spelled out: a bare z.ZodType would type every reference field as `unknown` downstream.
 */
export type RefFactory = (collection: CollectionName) => z.ZodType<EntryRef, string>;

export const CONFIDENCE = ['high', 'med', 'low'] as const;
