/** The day the site's facts were last checked against the fact base. Statuses are computed as of this day. */
export const FACTS_REVIEWED = '2026-11-23';

export const SITE_NAME = 'LinkedIn AI Training Opt-Out Guide';

