import { z } from 'astro/zod';
import { IsoDate, type RefFactory } from './common';

export const SOURCE_KINDS = ['official', 'regulator', 'press', 'secondary'] as const;

/** Hosts that only ever held copies of pages; the site links canonical addresses, never these. */
export const COPY_HOSTS = [/archive\.(org|ph|today|is)$/, /webcache/, /googleusercontent/, /proxy/, /safelinks/];

/** Frontmatter of one source (an article, a LinkedIn page, a regulator's statement). */
export const SourceSchema = ({ ref }: { ref: RefFactory }) =>
	z.object({
		/** A short plain name readers see wherever a statement cites this source ("LinkedIn Help: Data for Generative AI Improvement"). */
		name: z.string().min(3).max(70),
		/** The source's own title, or a description in brackets when no headline was captured. */
		title: z.string().min(3),
		/** Who published it; omitted when it could not be identified. */
		publisher: z.string().min(2).optional(),
		author: z.string().min(2).optional(),
		date: z.object({
			/** How the date is shown to readers, in our words (e.g. "about 18–19 September 2024"). */
			shown: z.string().min(4),
			/** A date to sort by: the printed date, or the earliest the evidence allows. */
			sortKey: IsoDate.optional(),
			/** True when the date is not printed on the source but worked out from its text or other sources. */
			inferred: z.boolean(),
		}),
		/** The canonical address, only when known. Never a mirror or archived copy. */
		url: z
			.url({ protocol: /^https$/ })
			.refine((u) => !COPY_HOSTS.some((host) => host.test(new URL(u).hostname)), 'link the canonical address, not a copy')
			.optional(),
		kind: z.enum(SOURCE_KINDS),
		/** The fact base's id for this source (S0, L1, R2…); readers see `name` instead. */
		label: z.string().regex(/^[SLRPB]\d{1,2}$/),
		/** How we could read it, when not directly (e.g. only through quotations). Our words. */
		accessNote: z.string().optional(),
		/**
		 * When this source was last checked, and against what. The site's "last reviewed" date and "facts
		 * known up to" date are derived from these, never typed by hand.
		 */
		checked: z.object({
			/** The day someone (or `npm run watch-sources -- --update`) last checked it. */
			on: IsoDate,
			/** What it was checked against, in our words (e.g. "Open Terms Archive's record of 22 August 2026"). */
			against: z.string().min(5),
			/** The newest day the copy that was checked covers; omitted when the copy carries no such date. */
			upTo: IsoDate.optional(),
			/** SHA-256 of the page's main text as the source watch reduces it; set by `watch-sources --update`. */
			textHash: z
				.string()
				.regex(/^[0-9a-f]{64}$/)
				.optional(),
			/** Where the source watch read it: the canonical address itself, or Open Terms Archive's record. */
			via: z.enum(['direct', 'open-terms-archive']).optional(),
			/**
			 * For LinkedIn's documents: the newest copy captured as the page is shown to members of given regions,
			 * one record per vantage. Coverage differs by region (Canada's captures end earlier, Hong Kong has none),
			 * and each region's pages say up to when its documents are known from these. `upTo` is the newest of them.
			 */
			captures: z
				.array(
					z.object({
						regions: z.array(ref('regions')).min(1),
						upTo: IsoDate,
						/** The collection the copy is in, e.g. "OpenTermsArchive/vlopses-ca-versions". */
						record: z.string().regex(/^[\w.-]+\/[\w.-]+$/),
						/** The claim that says what the newest copy showed; region pages cite it beside their coverage date. */
						claim: ref('claims').optional(),
					}),
				)
				.min(1)
				.optional(),
		}),
		/** Where Open Terms Archive records this LinkedIn document, for when linkedin.com refuses automated reads. */
		ota: z.object({ repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/), path: z.string().min(3) }).optional(),
	});

export type SourceData = z.output<ReturnType<typeof SourceSchema>>;
