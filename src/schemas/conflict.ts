import { z } from 'astro/zod';
import type { RefFactory } from './common';

/** A point on which sources disagree, each side with its claims, and what the evidence supports. */
export const ConflictSchema = ({ ref }: { ref: RefFactory }) =>
	z.object({
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
	});
