import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Country } from '../../lib/countries';
import { guidePath, parseLocation, type LinkProblem } from '../../lib/guide-link';
import type { ChooserOptions, Named } from '../../lib/guide-view';
import { openStorage } from '../../lib/progress';
import { demoteHeadings, enhanceWalkthrough } from './progress-dom';

interface Props {
	options: ChooserOptions;
	/** The pair this page shows; null on pages where the reader has not chosen yet. */
	initial: { region: string; platform: string } | null;
}

const PLATFORM_FALLBACK = 'desktop';

// Guessing and the country list are needed only on the chooser pages or once a reader types a country,
// so they load then rather than with every guide page.
const loadDetect = () => import('../../lib/detect');
const loadCountries = () => import('../../lib/countries');

function problemText(problem: LinkProblem): string {
	const what = problem.field === 'region' ? 'region' : 'device';
	return problem.excerpt ? `The link asked for a ${what} we don't know (“${problem.excerpt}”).` : `The link asked for a ${what} we don't know.`;
}

/**
 * Takes another pair's walkthrough from its static page and puts it where the current one is (or into the
 * empty slot of a chooser page). The walkthrough itself is server-rendered HTML, so the island never ships it.
 */
function placeWalkthrough(article: Element, underChooserPage: boolean): HTMLElement | undefined {
	const fresh = document.importNode(article, true) as HTMLElement;
	if (underChooserPage) demoteHeadings(fresh);
	const current = document.getElementById('walkthrough');
	if (current) current.replaceWith(fresh);
	else document.getElementById('walkthrough-slot')?.replaceChildren(fresh);
	return fresh;
}

/** The chooser. Works as plain links without JavaScript; with it, switching is instant. */
export default function Guide({ options, initial }: Props) {
	const [region, setRegion] = useState<string | undefined>(initial?.region);
	const [platform, setPlatform] = useState<string | undefined>(initial?.platform);
	const [showing, setShowing] = useState(initial !== null);
	const [enhanced, setEnhanced] = useState(false);
	const [guessedPlatform, setGuessedPlatform] = useState<string | undefined>();
	const [suggestedRegion, setSuggestedRegion] = useState<string | undefined>();
	const [notes, setNotes] = useState<string[]>([]);
	const [announcement, setAnnouncement] = useState('');
	const [loadError, setLoadError] = useState<string | undefined>();
	const [countryInput, setCountryInput] = useState('');
	const [countryNote, setCountryNote] = useState('');
	const storage = useRef(openStorage(() => globalThis.localStorage));
	/** Unwires the walkthrough on the page before another takes its place. */
	const unwire = useRef<() => void>(() => {});
	const known = useMemo(() => ({ regions: options.regions.map((r) => r.id), platforms: options.platforms.map((p) => p.id) }), [options]);
	const [countries, setCountries] = useState<Country[]>([]);
	const countryLookup = useRef<Promise<(input: string, committed: boolean) => Country | undefined>>();
	/** Counts requests for a walkthrough, so an answer that arrives after a newer request is dropped. */
	const requests = useRef(0);
	/** The path of the walkthrough shown (or of this page when none is): popstate within it is only a #fragment. */
	const shownPath = useRef(initial ? guidePath(initial.region, initial.platform) : '');
	const nameOf = (list: Named[], id: string | undefined) => list.find((x) => x.id === id)?.name ?? '';

	function wire(article: HTMLElement | null | undefined) {
		unwire.current();
		unwire.current = article ? enhanceWalkthrough(article, storage.current) : () => {};
	}

	async function show(nextRegion: string, nextPlatform: string, how: 'push' | 'replace' | 'none', focusSteps = false) {
		const request = ++requests.current;
		const path = guidePath(nextRegion, nextPlatform);
		setLoadError(undefined);
		try {
			const response = await fetch(path);
			if (!response.ok) throw new Error(String(response.status));
			const page = new DOMParser().parseFromString(await response.text(), 'text/html');
			const article = page.getElementById('walkthrough');
			if (!article) throw new Error(`${path} has no walkthrough`);
			if (request !== requests.current) return;
			setRegion(nextRegion);
			setPlatform(nextPlatform);
			setShowing(true);
			wire(placeWalkthrough(article, !initial));
			shownPath.current = path;
			document.title = page.title;
			if (how === 'push') history.pushState(null, '', path);
			if (how === 'replace') history.replaceState(null, '', path);
			setAnnouncement(`Showing the steps for ${nameOf(options.platforms, nextPlatform)} in ${nameOf(options.regions, nextRegion)}.`);
			// On a chooser-only page the steps appear below the chooser: take the reader to them.
			if (focusSteps) requestAnimationFrame(() => document.getElementById('walkthrough-title')?.focus());
		} catch {
			if (request === requests.current) setLoadError(path);
		}
	}

	// Once running in a browser: bring the served walkthrough to life, read the link, make suggestions, follow back and forward.
	useEffect(() => {
		setEnhanced(true);
		wire(document.getElementById('walkthrough'));
		const firstTitle = document.title;
		shownPath.current ||= window.location.pathname;
		const parsed = parseLocation(window.location, known);
		setNotes(parsed.problems.map(problemText));
		if (!initial) {
			void loadDetect().then(({ guessPlatform, suggestRegion }) => {
				// The reader chose before the guessing code arrived: their choice stands.
				if (requests.current > 0) return;
				const guess = parsed.choice.platform ?? guessPlatform(navigator.userAgent, navigator.maxTouchPoints);
				if (!parsed.choice.platform) setGuessedPlatform(guess);
				setSuggestedRegion(suggestRegion({ timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone, languages: navigator.languages }));
				if (parsed.choice.region) void show(parsed.choice.region, guess, 'replace');
				else if (parsed.choice.platform) setPlatform(parsed.choice.platform);
			});
		}
		const onPop = () => {
			if (window.location.pathname === shownPath.current) return;
			const { choice } = parseLocation(window.location, known);
			if (choice.region && choice.platform) {
				void show(choice.region, choice.platform, 'none');
				return;
			}
			// Back to a chooser page as it was first served, before any choice.
			requests.current++;
			shownPath.current = window.location.pathname;
			wire(undefined);
			document.getElementById('walkthrough-slot')?.replaceChildren();
			setShowing(false);
			setRegion(undefined);
			setPlatform(undefined);
			document.title = firstTitle;
		};
		// A reader may go back before the island wakes up; catch up with the address it missed.
		if (initial && window.location.pathname !== shownPath.current) onPop();
		window.addEventListener('popstate', onPop);
		return () => {
			window.removeEventListener('popstate', onPop);
			unwire.current();
		};
	}, []);

	function choose(field: 'region' | 'platform', id: string, event: MouseEvent) {
		if (!enhanced || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
		event.preventDefault();
		setNotes([]);
		const nextRegion = field === 'region' ? id : region;
		const nextPlatform = field === 'platform' ? id : (platform ?? guessedPlatform ?? PLATFORM_FALLBACK);
		if (field === 'platform') setGuessedPlatform(undefined);
		// Focus moves to the steps once the reader picks a device (the second question) on a chooser page.
		if (nextRegion && nextPlatform) void show(nextRegion, nextPlatform, 'push', !initial && field === 'platform');
		else if (field === 'platform') setPlatform(id);
	}

	function prepareCountries() {
		countryLookup.current ??= loadCountries().then(({ findCountry, listCountries }) => {
			const list = listCountries();
			setCountries(list);
			return (input: string, committed: boolean) => findCountry(input, list, { codes: committed });
		});
		return countryLookup.current;
	}

	/** `committed` is false while the reader types (so "is" is not yet Iceland) and true once they leave the box or pick from the list. */
	async function onCountry(value: string, committed: boolean) {
		setCountryInput(value);
		const country = (await prepareCountries())(value, committed);
		if (!country) {
			setCountryNote(value.trim().length > 3 ? 'No country by that name yet: keep typing, or pick one from the list.' : '');
			return;
		}
		if (country.region === region && showing) {
			setCountryNote(`${country.name} is covered by the ${nameOf(options.regions, country.region)} rules, shown below.`);
			return;
		}
		setCountryNote(`${country.name} is covered by the ${nameOf(options.regions, country.region)} rules.`);
		const nextPlatform = platform ?? guessedPlatform ?? PLATFORM_FALLBACK;
		void show(country.region, nextPlatform, 'push');
	}

	const regionHref = (id: string) => guidePath(id, platform ?? guessedPlatform ?? PLATFORM_FALLBACK);
	const platformHref = (id: string) => (region ? guidePath(region, id) : '/guide/');

	/** One question's answers as links: each is the static page for that answer, made instant by choose(). */
	const chips = (field: 'region' | 'platform', items: Named[], selected: string | undefined, href: (id: string) => string) => (
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
			<section aria-labelledby="chooser-title" class="space-y-4 rounded-lg bg-surface p-4 no-print" data-pagefind-ignore data-enhanced={enhanced ? '' : undefined}>
				<h2 id="chooser-title" class="text-xl">
					{showing ? 'Change your region or device' : 'Get the steps for your account'}
				</h2>
				{notes.length > 0 && (
					<div role="alert" class="rounded-md border-2 border-warn p-3">
						{notes.map((note) => (
							<p key={note}>{note} Please choose from the lists below.</p>
						))}
					</div>
				)}
				<div role="group" aria-labelledby="region-label" class="space-y-2">
					<p id="region-label" class="font-bold">
						1. Where is your LinkedIn profile located?
					</p>
					<p class="hint">LinkedIn applies the rules of your profile location, not of where you happen to be or live.</p>
					{chips('region', options.regions, region, regionHref)}
					{enhanced && (
						<p class="space-y-1">
							<label for="country" class="block text-sm font-semibold">
								Not sure? Type your country
							</label>
							<input id="country" list="country-list" value={countryInput} onFocus={() => void prepareCountries()} onInput={(e) => void onCountry(e.currentTarget.value, false)} onChange={(e) => void onCountry(e.currentTarget.value, true)} autocomplete="off" class="w-full max-w-sm rounded-md border-2 border-control bg-page px-2 py-1" />
							<datalist id="country-list">
								{countries.map((c) => (
									<option key={c.code} value={c.name} />
								))}
							</datalist>
							<span role="status" class="block text-sm">
								{countryNote}
							</span>
						</p>
					)}
					{enhanced && suggestedRegion && suggestedRegion !== region && (
						<p class="text-sm">
							Your browser's time zone suggests <strong>{nameOf(options.regions, suggestedRegion)}</strong>. This is only a guess: pick it above if your profile location is there.
						</p>
					)}
				</div>
				<div role="group" aria-labelledby="platform-label" class="space-y-2">
					<p id="platform-label" class="font-bold">
						2. What do you use LinkedIn on?
					</p>
					{chips('platform', options.platforms, platform, platformHref)}
					{enhanced && guessedPlatform && !showing && (
						<p class="text-sm">
							From your browser we guess <strong>{nameOf(options.platforms, guessedPlatform)}</strong>. Pick another if that is wrong.
						</p>
					)}
				</div>
				{loadError && (
					<p role="alert">
						The steps could not be loaded here. <a href={loadError}>Open them as a page</a>.
					</p>
				)}
				<p class="sr-only" aria-live="polite">
					{announcement}
				</p>
			</section>
		</div>
	);
}
