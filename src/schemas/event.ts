import { z } from 'astro/zod';
import { IsoDate, type RefFactory } from './common';

/** unclear: sources leave open whether LinkedIn trained on these regions' data in this period. */
export const TRAINING_STATES = ['on', 'paused', 'excluded', 'unclear'] as const;
export type TrainingState = (typeof TRAINING_STATES)[number];

/**
 * exact: printed by a source; approximate: around this date; inferred: worked out from other facts; by: no
 * later than this date; month: only the month is known (the day written is its first).
 */
export const DATE_PRECISIONS = ['exact', 'approximate', 'inferred', 'by', 'month'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** A dated change in how LinkedIn treats members' data, for one or more regions. */
export const EventSchema = ({ ref }: { ref: RefFactory }) =>
	z.object({
		id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
		date: IsoDate,
		precision: z.enum(DATE_PRECISIONS),
		title: z.string().min(5),
		/** What changed, in our words. */
		summary: z.string().min(10),
		regions: z.array(ref('regions')).min(1),
		/** The training state these regions are in after this event, when the event changes it. */
		training: z.enum(TRAINING_STATES).optional(),
		/** Whether the setting is offered to members in these regions after this event, when that changes. */
		settingOffered: z.boolean().optional(),
		claims: z.array(ref('claims')).min(1),
		conflicts: z.array(ref('conflicts')).default([]),
		/** Addresses this event made obsolete. The build fails if one appears on a page that does not explain the change. */
		retires: z.array(z.url({ protocol: /^https$/ })).default([]),
		/** Where the entry stands in its file; set by the loader, never written by hand. */
		position: z.number().int().nonnegative().default(0),
	});
