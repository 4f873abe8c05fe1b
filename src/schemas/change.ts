import { z } from 'astro/zod';
import { IsoDate, type RefFactory } from './common';
import { DATE_PRECISIONS } from './event';

/** linkedin: LinkedIn changed something; regulator: a regulator said something; site: this site corrected something it had said. */
export const CHANGE_KINDS = ['linkedin', 'regulator', 'site'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/**
 * A site path as pages link to it: leading and trailing slash (the site uses trailingSlash: 'always'), no
 * query or fragment, so "/regions/uk/" and never "regions/uk" or "/timeline/#event-x".
 */
const SitePath = z.string().regex(/^\/([a-z0-9]+(-[a-z0-9]+)*\/)*$/, 'write a site path like /regions/uk/ (leading and trailing slash, no # or ?)');

/** One entry of the change log (/changes/ and its feed): what LinkedIn changed, or what this site corrected. */
export const ChangeSchema = ({ ref }: { ref: RefFactory }) =>
	z.object({
		id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
		date: IsoDate,
		/** How sure the day is, as for events; shown beside the date. */
		precision: z.enum(DATE_PRECISIONS).default('exact'),
		kind: z.enum(CHANGE_KINDS),
		title: z.string().min(5),
		/** What changed, in our words. */
		summary: z.string().min(10),
		claims: z.array(ref('claims')).min(1),
		// What the change affects; the page links to each.
		regions: z.array(ref('regions')).default([]),
		events: z.array(ref('events')).default([]),
		categories: z.array(ref('categories')).default([]),
		pages: z.array(SitePath).default([]),
		/**
		 * Addresses the change put on the affected pages (a new opt-out address, say). With the claims and
		 * events, they are what a build test looks for on every affected page, so an entry cannot claim a
		 * change the pages do not show.
		 */
		links: z.array(z.url({ protocol: /^https$/ })).default([]),
	});
