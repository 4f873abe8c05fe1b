import { t } from './i18n';

/** The site's name, in the language of the page being rendered. */
export const siteName = () => t('site.name');

/** A page's full title, as the browser tab shows it. */
export function pageTitle(title: string): string {
	const name = siteName();
	return title === name ? title : `${title} | ${name}`;
}
