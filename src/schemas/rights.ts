import { z } from 'astro/zod';
import type { RefFactory } from './common';
import { REGIMES } from './regulator';

/** Ways to send LinkedIn a letter, as its notices name them. */
export const LETTER_CHANNELS = ['objection-form', 'dpo-form', 'support-form', 'post'] as const;
/** The letters a regime's rights page offers: an objection (or withdrawal of consent), a reminder, a complaint. */
export const LETTER_KINDS = ['objection', 'reminder', 'complaint'] as const;

/**
 * One legal regime's facts for its rights page and letters: the regions it speaks for, the company a letter is
 * addressed to, where to send it, and the claims behind each. The words are in the translation files
 * (`letter.*`, `rights.*`), keyed by the regime's id.
 */
export const RightsSchema = ({ ref }: { ref: RefFactory }) =>
	z.object({
		id: z.enum(REGIMES),
		regions: z.array(ref('regions')).min(1),
		/** The company responsible for the reader's data (the controller), as the notice names it. */
		controller: z.string().min(3),
		/** The postal address, one line per item, as the notice prints it; absent where the notices give none for the region. */
		postal: z.array(z.string().min(2)).optional(),
		/** Set where the notice spells the address two ways: the spelling the other passage uses. */
		postalVariant: z.string().min(3).optional(),
		channels: z.array(z.object({ kind: z.enum(LETTER_CHANNELS), href: z.url({ protocol: /^https$/ }).optional() })).min(1),
		claims: z.array(ref('claims')).min(1),
	});
