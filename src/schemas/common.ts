import { z } from 'astro/zod';
import { isIsoDate, toIsoDate } from '../lib/dates';

/**
 * A calendar date written as YYYY-MM-DD, kept as a string so content stays timezone-free. YAML reads an
 * unquoted date as a Date, so that is turned back into its UTC calendar day.
 */
export const IsoDate = z.preprocess(
	(value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? toIsoDate(value) : value),
	z
		.string()
		.regex(/^\d{4}-\d{2}-\d{2}$/, 'write dates as YYYY-MM-DD')
		.refine(isIsoDate, 'not a real calendar date'),
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
