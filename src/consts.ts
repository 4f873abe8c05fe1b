/** The day the site's facts were last checked against the fact base. Statuses are computed as of this day. */
export const FACTS_REVIEWED = '2026-11-23';

export const SITE_NAME = 'LinkedIn AI Training Opt-Out Guide';


/** A page's full title, as the browser tab shows it. */
export function pageTitle(title: string): string {
	return title === SITE_NAME ? title : `${title} | ${SITE_NAME}`;
}
