import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { changeList } from '../data/site';
import { t } from '../i18n';
import { FEED_PATH, feedItems } from '../lib/changes';

/**
 * The change log as RSS 2.0. @astrojs/rss writes each item's link as its guid (isPermaLink="true"); links
 * are built from the entry id alone, so an entry keeps its guid when its title or text is edited.
 */
export const GET: APIRoute = async ({ site }) => {
	if (!site) throw new Error('changes.xml needs `site` in astro.config.mjs: feed links must be absolute');
	return rss({
		title: t('changes.feedTitle', { site: t('site.name') }),
		description: t('changes.feedDescription'),
		site,
		items: feedItems(await changeList(), site),
		xmlns: { atom: 'http://www.w3.org/2005/Atom' },
		// The feed's own address, which validators ask for; the language, for readers that sort by it.
		customData: `<language>en</language><atom:link href="${new URL(FEED_PATH, site).href}" rel="self" type="application/rss+xml"/>`,
	});
};
