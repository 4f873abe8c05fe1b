import { z } from 'astro/zod';
import type { RefFactory } from './common';

const Step = z.object({
	/** Stable within the walkthrough; progress ticks are stored under it. */
	id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
	title: z.string().min(3),
	/** What to do, in our words. */
	text: z.string().min(10),
	/** Exact interface labels the step involves. */
	labels: z.array(z.string().min(1)).default([]),
});

/**
 * The steps for one or more platforms in one or more regions. Every region × platform pair must be covered by
 * exactly one walkthrough (checked by the content-integrity tests and at build time).
 */
export const WalkthroughSchema = ({ ref }: { ref: RefFactory }) =>
	z.object({
		platforms: z.array(ref('platforms')).min(1),
		regions: z.array(ref('regions')).min(1),
		steps: z
			.array(
				Step.extend({
					screen: ref('screens'),
					claims: z.array(ref('claims')).min(1, 'every step needs at least one claim behind it'),
				}),
			)
			.min(2),
		/** What a reader must know before step 1, e.g. that LinkedIn publishes no steps of its own for the apps. */
		notice: z
			.object({
				text: z.string().min(10),
				claims: z.array(ref('claims')).min(1),
			})
			.optional(),
		/** A different path some sources describe: shown as "If you don't see it". */
		otherPath: z
			.object({
				text: z.string().min(10),
				claims: z.array(ref('claims')).min(1),
			})
			.optional(),
	});
