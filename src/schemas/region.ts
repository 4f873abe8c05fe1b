import { z } from 'astro/zod';
import type { RefFactory } from './common';

/** A region where LinkedIn's rules differ; members belong to one by their profile location. */
export const RegionSchema = ({ ref }: { ref: RefFactory }) =>
	z.object({
		id: z.string().regex(/^[a-z]+(-[a-z]+)*$/),
		name: z.string().min(2),
		/** The name as it reads inside a sentence: "members in the UK", "in the EU and EEA". */
		inSentence: z.string().min(2),
		/** Short form for tight spaces (tables, chips). */
		shortName: z.string().min(2),
		/** Where it sits in lists. */
		order: z.number().int(),
		/** Who counts as in this region, in a sentence. */
		covers: z.string().min(5),
		/** The law and legal basis, in a few sentences with their claims. */
		legal: z.array(z.object({ text: z.string().min(10), claims: z.array(ref('claims')).min(1) })).default([]),
		/** Whether the law gives members a right to object (and so the objection form applies). */
		rightToObject: z.boolean(),
	});

/** A device and app combination the walkthroughs are written for. */
export const PlatformSchema = () =>
	z.object({
		id: z.string().regex(/^[a-z]+(-[a-z]+)*$/),
		name: z.string().min(2),
		shortName: z.string().min(2),
		order: z.number().int(),
		/** Which frame the screen pictures use. */
		frame: z.enum(['desktop', 'phone']),
	});
