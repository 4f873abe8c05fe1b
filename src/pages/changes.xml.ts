import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { feedEntries } from '../data/changes';
import { i18n } from '../i18n';
import { feedItems } from '../lib/changes';
import { paths } from '../lib/paths';

/**
 * The change log as RSS 2.0, in English like its entries. @astrojs/rss writes each item's link as its guid
 * (isPermaLink="true"); links are built from the entry id alone, so an entry keeps its guid when its title
 * or text is edited.
 */
export const GET: APIRoute = async ({ site }) => {
	if (!site) throw new Error('changes.xml needs `site` in astro.config.mjs: feed links must be absolute');
	const { t } = i18n('en');
	return rss({
		title: t('changes.feedTitle', { site: t('site.name') }),
		description: t('changes.feedDescription'),
		site,
		items: feedItems(await feedEntries(), site, t),
		xmlns: { atom: 'http://www.w3.org/2005/Atom' },
		// The feed's own address, which validators ask for; the language, for readers that sort by it.
		customData: `<language>en</language><atom:link href="${new URL(paths.feed(), site).href}" rel="self" type="application/rss+xml"/>`,
	});
};
