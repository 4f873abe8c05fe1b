import { z } from 'astro/zod';
import type { RefFactory } from './common';

/**
 * Two kinds of open points, kept apart on the page and in the data:
 * - a disagreement: sources say different things; each side with its claims, and what the evidence supports;
 * - an unknown: nobody has said; what the sources do say, what no source says, and the claims that show the gap.
 * "Sources disagree" is never the label of an unknown.
 */
export const CONFLICT_KINDS = ['disagreement', 'unknown'] as const;
export type ConflictKind = (typeof CONFLICT_KINDS)[number];

export const ConflictSchema = ({ ref }: { ref: RefFactory }) =>
	z.union([
		z.object({
			kind: z.literal('unknown'),
			title: z.string().min(5),
			/** What the sources do say, in our words. */
			known: z.string().min(10),
			/** What no source says, in our words. */
			unknown: z.string().min(10),
			claims: z.array(ref('claims')).min(1),
			regions: z.array(ref('regions')).default([]),
		}),
		z.object({
			kind: z.literal('disagreement').default('disagreement'),
			title: z.string().min(5),
			sides: z
				.array(
					z.object({
						/** What this side says, in our words. */
						position: z.string().min(5),
						claims: z.array(ref('claims')).min(1),
					}),
				)
				.min(2),
			/** What the evidence supports, or why it stays open. */
			resolution: z.string().min(10),
			status: z.enum(['resolved', 'unresolved']),
			regions: z.array(ref('regions')).default([]),
		}),
	]);
