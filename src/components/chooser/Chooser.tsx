import { useEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import { fill, parts } from '../../i18n/format';
import { choiceReducer, initialChoice, platformFor, type ChooserStrings } from '../../lib/chooser';
import type { LinkProblem } from '../../lib/guide-link';
import { langPrefix, type Lang } from '../../i18n/lang';
import { paths, type GuideChoice } from '../../lib/paths';
import type { Choice, ChooserOptions } from '../../lib/views';

interface Props {
	options: ChooserOptions;
	/** What this page was served for: both answers on a guide page, one or none on a chooser page. */
	initial: GuideChoice;
	/** The island's own words (the `chooser.` keys of the page's translation file), so it never ships the whole file. */
	strings: ChooserStrings;
	/** The page's language: every address the island makes is in it. */
	lang: Lang;
}

// Guessing and the country list are needed only on the chooser pages or once a reader types a country,
// so they load then rather than with every guide page.
const loadDetect = () => import('../../lib/detect');
const loadCountries = () => import('../../lib/countries');
const loadCountryBox = () => import('./CountryBox');
// Ticks and sharing, reading the link, and swapping walkthroughs are not needed to show the page, so their
// code loads after the island has rendered (the choices work as plain links until then).
const loadWiring = () => import('./progress-dom');
const loadLinkParser = () => import('../../lib/guide-link');
const loadSwap = () => import('./swap');

function problemText(problem: LinkProblem, words: ChooserStrings): string {
	const key =
		problem.field === 'region'
			? problem.excerpt
				? 'chooser.linkProblem.regionExcerpt'
				: 'chooser.linkProblem.region'
			: problem.excerpt
				? 'chooser.linkProblem.platformExcerpt'
				: 'chooser.linkProblem.platform';
	return fill(words[key], { excerpt: problem.excerpt });
}

/** The chooser. Works as plain links without JavaScript; with it, switching is instant. */
export default function Chooser({ options, initial, strings: words, lang }: Props) {
	const [choice, dispatch] = useReducer(choiceReducer, initial, initialChoice);
	/** A guide page, served with its walkthrough; otherwise a chooser page with an empty slot for one. */
	const servedPair = initial.region !== undefined && initial.platform !== undefined;
	const { region, platform, showing, enhanced, guessedPlatform, suggestedRegion, problems, announcement, loadError } = choice;
	/** Unwires the walkthrough on the page before another takes its place. */
	const unwire = useRef<() => void>(() => {});
	/** Counts wirings, so that code arriving for a walkthrough already replaced wires nothing. */
	const wirings = useRef(0);
	const known = useMemo(() => ({ regions: options.regions.map((r) => r.id), platforms: options.platforms.map((p) => p.id) }), [options]);
	/** The country box, once its code has loaded (it is of no use before the island runs). */
	const [CountryBox, setCountryBox] = useState<typeof import('./CountryBox').CountryBox>();
	/** Counts requests for a walkthrough, so an answer that arrives after a newer request is dropped. */
	const requests = useRef(0);
	/** The reader picked a device themselves, so a guess that arrives later must not replace it. */
	const platformPicked = useRef(initial.platform !== undefined);
	/** The path of the walkthrough shown (or of this page when none is): popstate within it is only a #fragment. */
	const shownPath = useRef(servedPair ? paths.choice(lang, initial) : '');
	/** The address with the language part taken off, as the link parser reads it. */
	const bare = (location: Location) => ({ pathname: location.pathname.slice(langPrefix(lang).length) || '/', search: location.search, hash: location.hash });
	const find = <T extends Choice>(list: T[], id: string | undefined) => list.find((x) => x.id === id);
	const nameOf = (list: Choice[], id: string | undefined) => find(list, id)?.name ?? '';
	const say = (key: keyof ChooserStrings, vars?: Record<string, string | number>) => fill(words[key] ?? '', vars, key);

	function wire(article: HTMLElement | null | undefined) {
		unwire.current();
		unwire.current = () => {};
		const wiring = ++wirings.current;
		if (!article) return;
		void loadWiring().then(({ enhanceWalkthrough }) => {
			// Another walkthrough took this one's place while the code was loading.
			if (wiring === wirings.current) unwire.current = enhanceWalkthrough(article, words);
		});
	}

	async function show(nextRegion: string, nextPlatform: string, how: 'push' | 'replace' | 'none', focusSteps = false) {
		// Only pairs this site has a page for: a stale id from a guess or the country table never becomes a request.
		if (!known.regions.includes(nextRegion) || !known.platforms.includes(nextPlatform)) return;
		const path = paths.guide(lang, nextRegion, nextPlatform);
		// The pair already on screen: nothing to fetch, and no second history entry for the same page.
		if (path === shownPath.current && how === 'push') {
			if (focusSteps) void loadSwap().then(({ revealSteps }) => revealSteps());
			return;
		}
		const request = ++requests.current;
		dispatch({ type: 'choosing' });
		try {
			const [response, { parsePage, placeWalkthrough, revealSteps }] = await Promise.all([fetch(path), loadSwap()]);
			if (!response.ok) throw new Error(String(response.status));
			const page = parsePage(await response.text());
			const article = page.walkthrough;
			if (!article) throw new Error(`${path} has no walkthrough`);
			if (request !== requests.current) return;
			wire(placeWalkthrough(article, !servedPair));
			shownPath.current = path;
			document.title = page.title;
			if (how === 'push') history.pushState(null, '', path);
			if (how === 'replace') history.replaceState(null, '', path);
			dispatch({
				type: 'shown',
				region: nextRegion,
				platform: nextPlatform,
				announcement: say('chooser.showing', { platform: nameOf(options.platforms, nextPlatform), region: nameOf(options.regions, nextRegion) }),
			});
			if (focusSteps) requestAnimationFrame(revealSteps);
		} catch {
			if (request === requests.current) dispatch({ type: 'load-failed', path });
		}
	}

	// Once running in a browser: bring the served walkthrough to life, read the link, make suggestions, follow back and forward.
	useEffect(() => {
		let live = true;
		let onPop: (() => void) | undefined;
		wire(document.getElementById('walkthrough'));
		void loadCountryBox().then(({ CountryBox: box }) => live && setCountryBox(() => box));
		const firstTitle = document.title;
		shownPath.current ||= window.location.pathname;
		void loadLinkParser().then(({ parseLocation }) => {
			if (!live) return;
			const parsed = parseLocation(bare(window.location), known);
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
				void Promise.all([loadDetect(), loadCountries().then(({ loadCountryTable }) => loadCountryTable())]).then(
					([{ suggestRegion }, table]) => {
						if (requests.current > 0) return;
						dispatch({
							type: 'suggested',
							region: suggestRegion({ timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone, languages: navigator.languages }, table),
						});
					},
					() => {},
				);
			}
			onPop = () => {
				if (window.location.pathname === shownPath.current) return;
				const { choice: linked } = parseLocation(bare(window.location), known);
				if (linked.region && linked.platform) {
					void show(linked.region, linked.platform, 'none');
					return;
				}
				// Back to a chooser page as it was first served, before any choice.
				requests.current++;
				shownPath.current = window.location.pathname;
				wire(undefined);
				document.getElementById('walkthrough-slot')?.replaceChildren();
				dispatch({ type: 'back-to-start', start: initial });
				document.title = firstTitle;
			};
			// A reader may go back before the island wakes up; catch up with the address it missed.
			if (servedPair && window.location.pathname !== shownPath.current) onPop();
			window.addEventListener('popstate', onPop);
		});
		return () => {
			live = false;
			if (onPop) window.removeEventListener('popstate', onPop);
			unwire.current();
		};
		// Once per page load, on purpose: later renders must not re-read the link or re-register popstate.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, []);

	function choose(field: 'region' | 'platform', id: string, event: MouseEvent) {
		if (!enhanced || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
		event.preventDefault();
		// The reader has chosen: the complaint about the link they came by has done its job.
		dispatch({ type: 'problems-dismissed' });
		const nextRegion = field === 'region' ? id : region;
		const nextPlatform = field === 'platform' ? id : platformFor(choice);
		if (field === 'platform') {
			platformPicked.current = true;
			dispatch({ type: 'platform-picked', platform: id });
		}
		// Once the reader has answered both questions (on a guide page they already had), take them to the steps:
		// they appear above the chooser on a guide page and below it on a chooser page, off screen either way.
		const answeredBoth = servedPair || field === 'platform' || platformPicked.current;
		if (nextRegion) void show(nextRegion, nextPlatform, 'push', answeredBoth);
	}

	// Plain links for readers without JavaScript (and for opening in a new tab): a region with no device
	// yet leads to the page that asks for the device, never to a default device's steps.
	const regionHref = (id: string) => paths.choice(lang, { region: id, platform: choice.platform ?? choice.guessedPlatform });
	const platformHref = (id: string) => paths.choice(lang, { region, platform: id });

	/** One question's answers as links: each is the static page for that answer, made instant by choose(). */
	const chips = (field: 'region' | 'platform', items: Choice[], selected: string | undefined, href: (id: string) => string) => (
		<ul class="flex flex-wrap gap-2">
			{items.map((item) => (
				<li key={item.id}>
					<a href={href(item.id)} aria-current={item.id === selected ? 'true' : undefined} onClick={(e) => choose(field, item.id, e)} class="chip">
						{item.name}
					</a>
				</li>
			))}
		</ul>
	);

	return (
		<div>
			<section
				aria-labelledby="chooser-title"
				class="space-y-4 rounded-lg bg-surface p-4 no-print"
				data-pagefind-ignore
				data-enhanced={enhanced ? '' : undefined}
			>
				<h2 id="chooser-title" class="text-xl">
					{say(showing ? 'chooser.titleChange' : 'chooser.titleChoose')}
				</h2>
				{problems.length > 0 && (
					<div role="alert" class="rounded-md border-2 border-warn p-3">
						{problems.map((problem) => (
							<p key={`${problem.field}:${problem.excerpt}`}>
								{problemText(problem, words)} {words['chooser.pleaseChoose']}
							</p>
						))}
					</div>
				)}
				<div role="group" aria-labelledby="region-label" class="space-y-2">
					<p id="region-label" class="font-bold">
						{words['chooser.regionQuestion']}
					</p>
					<p class="hint">{words['chooser.regionHint']}</p>
					{chips('region', options.regions, region, regionHref)}
					{CountryBox && (
						<CountryBox
							lang={lang}
							shownRegion={showing ? region : undefined}
							requests={requests}
							onRegion={(id) => void show(id, platformFor(choice), 'push')}
						/>
					)}
					{enhanced && suggestedRegion && suggestedRegion !== region && (
						<p class="text-sm">{parts(words['chooser.suggestRegion'] ?? '', { region: <strong>{nameOf(options.regions, suggestedRegion)}</strong> })}</p>
					)}
				</div>
				<div role="group" aria-labelledby="platform-label" class="space-y-2">
					<p id="platform-label" class="font-bold">
						{words['chooser.platformQuestion']}
					</p>
					{chips('platform', options.platforms, platform, platformHref)}
					{enhanced && guessedPlatform && !showing && (
						<p class="text-sm">{parts(words['chooser.guessPlatform'] ?? '', { platform: <strong>{nameOf(options.platforms, guessedPlatform)}</strong> })}</p>
					)}
				</div>
				{loadError && (
					<p role="alert">
						{words['chooser.loadError']} <a href={loadError}>{words['chooser.loadErrorLink']}</a>.
					</p>
				)}
				<p class="sr-only" aria-live="polite">
					{announcement}
				</p>
			</section>
		</div>
	);
}
