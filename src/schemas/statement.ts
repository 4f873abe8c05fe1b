import { z } from 'astro/zod';
import type { RefFactory } from './common';

/**
 * `lead`: the short answer at the top of the home page; `regulators` (what regulators said about this
 * region) and `switching-off` (what switching off now changes) go with the answer to "Was my data already
 * used?"; `data-notes` are shown only where a data category names them (its `notes`); `rights-object`,
 * `rights-copy`, `rights-fix` and `rights-complain` are sections of a region's rights page (getting a copy, correcting or
 * deleting, complaining), which also shows `object`; the others are sections of a region's page.
 */
export const STATEMENT_GROUPS = [
	'lead',
	'regulators',
	'switching-off',
	'data-notes',
	'does',
	'does-not',
	'object',
	'related',
	'not-showing',
	'who',
	'rights-object',
	'rights-copy',
	'rights-fix',
	'rights-complain',
] as const;
export type StatementGroup = (typeof STATEMENT_GROUPS)[number];

/** A sentence the site states about the setting, scoped to the regions it is true for. */
export const StatementSchema = ({ ref }: { ref: RefFactory }) =>
	z.object({
		id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
		group: z.enum(STATEMENT_GROUPS),
		text: z.string().min(10),
		/** Optional link for the reader to act on (a setting or a form), canonical address only. */
		link: z.object({ href: z.url({ protocol: /^https$/ }), label: z.string().min(3) }).optional(),
		/** Regions this is true for; empty means every region. */
		regions: z.array(ref('regions')).default([]),
		claims: z.array(ref('claims')).min(1),
		/** Where the entry stands in its file; set by the loader, never written by hand. */
		position: z.number().int().nonnegative().default(0),
	});
