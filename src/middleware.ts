import { defineMiddleware } from 'astro:middleware';
import { freshness } from './data/chrome';
import { contentIn } from './data/load';
import { retiredAddresses } from './data/sources';
import { i18n } from './i18n';
import { DEFAULT_LANG, langOfPath } from './i18n/lang';
import { retiredLinkProblems } from './lib/retired-links';

/** Files whose text a reader sees: where a retired address would mislead. */
const TEXT_TYPES = /^(text\/|application\/(json|xml|rss\+xml)|image\/svg\+xml)/;

/**
 * Every page is rendered in the language its address names: its words and language reach components as
 * `Astro.locals`, with how current the facts are for its frame. What it renders is then checked for addresses LinkedIn has retired, which may appear only
 * where the page explains the change; anywhere else the build fails, naming the page.
 */
export const onRequest = defineMiddleware(async (context, next) => {
	const lang = langOfPath(context.url.pathname);
	context.locals.lang = lang;
	context.locals.i18n = i18n(lang);
	context.locals.freshness = await freshness();
	const response = await next();
	if (!TEXT_TYPES.test(response.headers.get('Content-Type') ?? 'text/html')) return response;
	const retired = retiredAddresses(await contentIn(DEFAULT_LANG));
	const text = await response.text();
	const problems = retiredLinkProblems([{ path: context.url.pathname, text }], retired);
	if (problems.length > 0) throw new Error(`Retired addresses shown without explanation:\n- ${problems.join('\n- ')}`);
	return new Response(text, { status: response.status, statusText: response.statusText, headers: response.headers });
});
