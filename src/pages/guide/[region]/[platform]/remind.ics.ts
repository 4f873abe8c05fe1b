import type { APIRoute } from 'astro';
import { guidePairs, must, site as content } from '../../../../data/site';
import { buildDate } from '../../../../lib/build-date';
import { guidePath } from '../../../../lib/guide-link';
import { guideTitle } from '../../../../lib/guide-view';
import { reminderIcs } from '../../../../lib/ics';

/** A "check again in six months" calendar file for every guide page, made at build time. */
export const getStaticPaths = guidePairs;

export const GET: APIRoute = async ({ params, site }) => {
	if (!site) throw new Error('remind.ics needs `site` in astro.config.mjs: the reminder links to the guide by its full address');
	const { regions, platforms } = await content();
	const region = must(regions, params.region ?? '', 'remind.ics');
	const platform = must(platforms, params.platform ?? '', 'remind.ics');
	const named = (e: typeof region | typeof platform) => ({ id: e.id, name: e.data.name, shortName: e.data.shortName });
	const ics = reminderIcs({
		guideUrl: new URL(guidePath(region.id, platform.id), site).href,
		title: guideTitle(named(platform), named(region)),
		regionName: region.data.name,
		platformName: platform.data.name,
		today: buildDate(),
	});
	return new Response(ics, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
