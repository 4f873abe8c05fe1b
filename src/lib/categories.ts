/** How each category status is named to readers and in search filters. */
export const STATUS_TEXT = {
	used: { label: 'Used for training', heading: 'Used to train LinkedIn’s content-generating AI' },
	excluded: { label: 'Not used (excluded)', heading: 'Left out of training, according to LinkedIn' },
	collected: { label: 'Collected, not the training list', heading: 'What LinkedIn collects in general (not the training list)' },
} as const;

export type CategoryStatus = keyof typeof STATUS_TEXT;

/** Source kinds as readers see them: on source pages and as search filter values. */
export const KIND_TEXT = { official: 'LinkedIn (official)', regulator: 'Regulator', press: 'Press', secondary: 'Secondary' } as const;

/** What a secondary source is, said beside its kind on its own page. */
export const SECONDARY_MEANING = 'quotes other sources';
