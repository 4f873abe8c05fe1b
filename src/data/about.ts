/** /about/: how the site checks its facts, with the counts it tracks. */
import type { Lang } from '../i18n/lang';
import { paths } from '../lib/paths';
import { contentIn } from './load';

export async function aboutView(lang: Lang) {
	const { sources, claims, conflicts } = await contentIn(lang);
	return {
		counts: { sources: sources.size, claims: claims.size, conflicts: conflicts.size },
		// Worked out once, in astro.config.mjs: REPORT_URL, or this repository's issue form on GitHub.
		reportUrl: import.meta.env.SITE_REPORT_URL || undefined,
		links: { timeline: paths.timeline(lang), changes: paths.changes(lang), disagreements: paths.disagreements(lang) },
	};
}
