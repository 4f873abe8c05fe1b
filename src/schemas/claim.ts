import { z } from 'astro/zod';
import { CONFIDENCE, IsoDate, type RefFactory } from './common';

/**
 * What a claim is about. `rights`: a right you have and how to use it (object, get a copy, correct, delete, withdraw
 * consent) and the deadlines for answering; `complaint`: taking a matter to a regulator or a court.
 */
export const CLAIM_TOPICS = [
	'data-used',
	'exclusion',
	'rollout',
	'default',
	'steps',
	'opt-out-scope',
	'related-setting',
	'rights',
	'complaint',
	'other',
] as const;

export const VERDICTS = ['confirmed', 'partly', 'corrected', 'outdated', 'unverified', 'opinion'] as const;
/** Verdicts that say a source got something wrong or incomplete, so they must show the evidence. */
export const VERDICTS_NEEDING_EVIDENCE = ['partly', 'corrected', 'outdated'] as const;

/** One concrete claim one source makes, and how it holds up against the best evidence. */
export const ClaimSchema = ({ ref }: { ref: RefFactory }) =>
	z
		.object({
			source: ref('sources'),
			topic: z.enum(CLAIM_TOPICS),
			/** What the source says, in our own words. */
			text: z.string().min(10),
			/** Exact interface labels the claim involves (setting names, menu items, toggle text). */
			labels: z.array(z.string().min(1)).default([]),
			regions: z.array(ref('regions')).default([]),
			/** Dates the claim is about (not the date it was published). */
			dates: z.array(IsoDate).default([]),
			verdict: z.enum(VERDICTS),
			/** Why the verdict, in our words; required when the verdict is not a plain confirmation. */
			verdictNote: z.string().min(10).optional(),
			/** The claims (usually from official or regulator sources) that establish the verdict. */
			evidence: z.array(ref('claims')).default([]),
			confidence: z.enum(CONFIDENCE),
			/** For seed articles: the 1-based position of this claim in its list in section 2 of the fact base. */
			factBaseItem: z.number().int().positive().optional(),
		})
		.superRefine((claim, ctx) => {
			const needsEvidence = (VERDICTS_NEEDING_EVIDENCE as readonly string[]).includes(claim.verdict);
			if (needsEvidence && claim.evidence.length === 0) {
				ctx.addIssue({ code: 'custom', path: ['evidence'], message: `a "${claim.verdict}" verdict must cite evidence claims` });
			}
			if (claim.verdict !== 'confirmed' && !claim.verdictNote) {
				ctx.addIssue({ code: 'custom', path: ['verdictNote'], message: `a "${claim.verdict}" verdict needs a verdictNote` });
			}
		});
