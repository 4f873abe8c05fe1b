import type { CLAIM_TOPICS } from '../schemas/claim';
/** How each verdict is named and explained to readers. */
export const VERDICT_TEXT = {
	confirmed: { label: 'Confirmed', meaning: 'Backed by LinkedIn, a regulator, or two or more independent sources.' },
	partly: { label: 'Partly true', meaning: 'True as far as it goes, but incomplete or imprecise.' },
	corrected: { label: 'Wrong', meaning: 'Contradicted by better evidence; the correction is given.' },
	outdated: { label: 'Outdated', meaning: 'Was true when published, but no longer.' },
	unverified: { label: 'Unverified', meaning: 'We could not confirm or refute it.' },
	opinion: { label: 'Opinion', meaning: 'A view or prediction, not a checkable fact.' },
} as const;

export type Verdict = keyof typeof VERDICT_TEXT;

/** How each claim topic is named to readers. */
export const TOPIC_TEXT = {
	'data-used': 'Data used for training',
	exclusion: 'Data left out',
	rollout: 'Where and when',
	default: 'On by default',
	steps: 'How to switch it off',
	'opt-out-scope': 'What opting out covers',
	'related-setting': 'Related setting',
	other: 'Other',
} as const satisfies Record<(typeof CLAIM_TOPICS)[number], string>;
