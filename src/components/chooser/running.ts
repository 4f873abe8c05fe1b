/**
 * What the chooser does once it runs in a browser: read the link it was opened by, suggest a region and a
 * device, fetch and swap in the walkthrough of the pair a reader picks, and follow back and forward. Loaded
 * just after the island renders, so none of it weighs on the page's first load; until it has loaded, every
 * choice is a plain link to a static page.
 */
import type { Dispatch } from 'preact/hooks';
import { fill } from '../../i18n/format';
import { langPrefix, type Lang } from '../../i18n/lang';
import type { ChoiceAction, ChooserStrings } from '../../lib/chooser';
import { parseLocation, type KnownIds } from '../../lib/guide-link';
import { paths, type GuideChoice } from '../../lib/paths';
import type { ChooserOptions } from '../../lib/views';

// Guessing and the country list are needed only on the chooser pages, swapping only on a reader's choice.
const loadDetect = () => import('../../lib/detect');
const loadCountries = () => import('../../lib/countries');
const loadSwap = () => import('./swap');
const loadWiring = () => import('../walkthrough/wiring');

/** What the island shares with this code: its props, its state's dispatch, and the counters both keep. */
export interface ChooserContext {
	lang: Lang;
	options: ChooserOptions;
	initial: GuideChoice;
	words: ChooserStrings;
	dispatch: Dispatch<ChoiceAction>;
	/** Counts requests for a walkthrough, so an answer that arrives after a newer request is dropped. */
	requests: { current: number };
	/** The reader picked a device themselves, so a guess that arrives later must not replace it. */
	platformPicked: { current: boolean };
}

export type Show = (region: string, platform: string, how: 'push' | 'replace' | 'none', focusSteps?: boolean) => Promise<void>;

/** Starts the chooser's behaviour; returns how to show a pair, and how to stop (for the island's cleanup). */
export function run(ctx: ChooserContext): { show: Show; stop: () => void } {
	const { lang, options, initial, words, dispatch, requests, platformPicked } = ctx;
	/** A guide page, served with its walkthrough; otherwise a chooser page with an empty slot for one. */
	const servedPair = initial.region !== undefined && initial.platform !== undefined;
	const known: KnownIds = { regions: options.regions.map((r) => r.id), platforms: options.platforms.map((p) => p.id) };
	/** The path of the walkthrough shown (or of this page when none is): popstate within it is only a #fragment. */
	let shownPath = servedPair ? paths.choice(lang, initial) : window.location.pathname;
	/** Counts wirings, so that code arriving for a walkthrough already replaced wires nothing. */
	let wirings = 0;
	const firstTitle = document.title;
	/** The address with the language part taken off, as the link parser reads it. */
	const bare = () => ({ pathname: window.location.pathname.slice(langPrefix(lang).length) || '/', search: location.search, hash: location.hash });
	const nameOf = (list: { id: string; name: string }[], id: string) => list.find((x) => x.id === id)?.name ?? '';

	/** Ticks and sharing on the walkthrough now on the page. */
	function wire(article: HTMLElement | null | undefined) {
		const wiring = ++wirings;
		void loadWiring().then(({ wireWalkthrough }) => {
			if (wiring === wirings) wireWalkthrough(article);
		});
	}

	const show: Show = async (region, platform, how, focusSteps = false) => {
		// Only pairs this site has a page for: a stale id from a guess or the country table never becomes a request.
		if (!known.regions.includes(region) || !known.platforms.includes(platform)) return;
		const path = paths.guide(lang, region, platform);
		// The pair already on screen: nothing to fetch, and no second history entry for the same page.
		if (path === shownPath && how === 'push') {
			if (focusSteps) void loadSwap().then(({ revealSteps }) => revealSteps());
			return;
		}
		const request = ++requests.current;
		dispatch({ type: 'choosing' });
		try {
			const [response, { parsePage, placeWalkthrough, revealSteps }] = await Promise.all([fetch(path), loadSwap()]);
			if (!response.ok) throw new Error(String(response.status));
			const page = parsePage(await response.text());
			if (!page.walkthrough) throw new Error(`${path} has no walkthrough`);
			if (request !== requests.current) return;
			wire(placeWalkthrough(page.walkthrough, !servedPair));
			shownPath = path;
			document.title = page.title;
			if (how === 'push') history.pushState(null, '', path);
			if (how === 'replace') history.replaceState(null, '', path);
			const announcement = fill(words['chooser.showing'], { platform: nameOf(options.platforms, platform), region: nameOf(options.regions, region) });
			dispatch({ type: 'shown', region, platform, announcement });
			if (focusSteps) requestAnimationFrame(revealSteps);
		} catch {
			if (request === requests.current) dispatch({ type: 'load-failed', path });
		}
	};

	const parsed = parseLocation(bare(), known);
	dispatch({ type: 'enhanced', problems: parsed.problems });
	if (!servedPair) {
		void loadDetect().then(({ guessPlatform }) => {
			// The reader chose before the guessing code arrived: their choice stands.
			if (requests.current > 0 || platformPicked.current) return;
			const guess = parsed.choice.platform ?? guessPlatform(navigator.userAgent, navigator.maxTouchPoints);
			if (!parsed.choice.platform) dispatch({ type: 'guessed', platform: guess });
			// A region named in an old-style link (?region=…) shows its steps at once; a page that asks for the
			// device (/guide/uk/) keeps asking, with the guess offered as a suggestion.
			if (parsed.choice.region && initial.region === undefined) void show(parsed.choice.region, guess, 'replace');
			else if (parsed.choice.platform) dispatch({ type: 'platform-picked', platform: parsed.choice.platform });
		});
		// The region hint also needs the country table, so it may come a little later; without the table there is simply no hint.
		void Promise.all([loadDetect(), loadCountries()]).then(
			async ([{ suggestCountry }, { languagesOf, loadCountryTable, regionForCountry }]) => {
				const table = await loadCountryTable();
				if (requests.current > 0) return;
				const country = suggestCountry({ timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone, languages: navigator.languages }, table);
				dispatch({
					type: 'suggested',
					region: country ? regionForCountry(country, table) : undefined,
					spoken: country ? languagesOf(country, table) : undefined,
				});
			},
			() => {},
		);
	}

	const onPop = () => {
		if (window.location.pathname === shownPath) return;
		const { choice: linked } = parseLocation(bare(), known);
		if (linked.region && linked.platform) {
			void show(linked.region, linked.platform, 'none');
			return;
		}
		// Back to a chooser page as it was first served, before any choice.
		requests.current++;
		shownPath = window.location.pathname;
		wire(undefined);
		document.getElementById('walkthrough-slot')?.replaceChildren();
		dispatch({ type: 'back-to-start', start: initial });
		document.title = firstTitle;
	};
	// A reader may go back before the chooser wakes up; catch up with the address it missed.
	if (servedPair && window.location.pathname !== shownPath) onPop();
	window.addEventListener('popstate', onPop);
	return { show, stop: () => window.removeEventListener('popstate', onPop) };
}
