import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { guidePages } from '../../../../../data/guide';
import { i18n } from '../../../../../i18n';
import { buildDate } from '../../../../../lib/dates';
import { reminderIcs } from '../../../../../lib/ics';
import { paths } from '../../../../../lib/paths';

/** A "check again in six months" calendar file for every guide page, in the page's language, made at build time. */
export const getStaticPaths = guidePages;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props: { view }, site, locals }) => {
	if (!site) throw new Error('remind.ics needs `site` in astro.config.mjs: the reminder links to the guide by its full address');
	const ics = reminderIcs(
		{
			guideUrl: new URL(view.path, site).href,
			changesUrl: new URL(paths.changes(locals.lang), site).href,
			uid: `remind-${view.region.id}-${view.platform.id}`,
			title: view.title,
			regionName: view.region.name,
			platformName: view.platform.name,
			today: buildDate(),
		},
		i18n(locals.lang).t,
	);
	return new Response(ics, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
