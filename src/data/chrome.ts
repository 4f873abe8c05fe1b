/** What every page's frame shows: how current the facts are, from every source's check record and the build date. */
import { buildDate } from '../lib/dates';
import { freshness as freshnessOf, type Freshness } from '../lib/freshness';
import { contentIn } from './load';
import { DEFAULT_LANG } from '../i18n/lang';

let fresh: Promise<Freshness> | undefined;

/** How current the facts are; the same for every page and language, worked out once. */
export function freshness(): Promise<Freshness> {
	fresh ??= contentIn(DEFAULT_LANG).then(({ sources }) =>
		freshnessOf(
			[...sources.values()].map((s) => s.data.checked),
			buildDate(),
		),
	);
	return fresh;
}

/** Statuses and histories are worked out as of the newest day the checked sources cover, never later. */
export async function factsAsOf(): Promise<string> {
	return (await freshness()).knownUpTo;
}
