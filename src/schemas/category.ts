import { z } from 'astro/zod';
import type { RefFactory } from './common';

/** used: trains content-generating models; excluded: LinkedIn says it does not; collected: general collection, not the training list. */
export const CATEGORY_STATUSES = ['used', 'excluded', 'collected'] as const;

/** One category of member data and where LinkedIn says it stands for AI training. */
export const CategorySchema = ({ ref }: { ref: RefFactory }) =>
	z.object({
		name: z.string().min(3),
		status: z.enum(CATEGORY_STATUSES),
		order: z.number().int(),
		examples: z.array(z.string().min(2)).min(1),
		/** What it means for a member, in a sentence or two. */
		inPractice: z.string().min(10),
		regions: z.array(ref('regions')).min(1),
		claims: z.array(ref('claims')).min(1),
		/** Words readers type for this (DMs, CV…): the category page is found and ranked by them, but they are never shown. */
		searchTerms: z.array(z.string().min(2)).default([]),
		conflicts: z.array(ref('conflicts')).default([]),
		/** Statements that qualify the category for some readers (narrower use in the EU, a different tool for feedback). */
		notes: z.array(ref('statements')).default([]),
	});
