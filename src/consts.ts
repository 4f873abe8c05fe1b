import { t } from './i18n';

export const SITE_NAME = t('site.name');

/** A page's full title, as the browser tab shows it. */
export function pageTitle(title: string): string {
	return title === SITE_NAME ? title : `${title} | ${SITE_NAME}`;
}
