import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { pageTitle } from '../../consts';
import type { Country } from '../../lib/countries';
import { guideDataPath, guidePath, parseLocation, type LinkProblem } from '../../lib/guide-link';
import type { ChooserOptions, GuideView, Named } from '../../lib/guide-view';
import { loadProgress, openStorage, saveProgress } from '../../lib/progress';
import { Walkthrough } from './Walkthrough';

interface Props {
	options: ChooserOptions;
	/** The walkthrough this page is for; null on pages where the reader has not chosen yet. */
	initial: GuideView | null;
	/** Origin the site is published at, so the share link is absolute even before JavaScript runs. */
	site: string;
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

/** Chooser plus walkthrough. Works as plain links without JavaScript; with it, switching is instant. */
export default function Guide({ options, initial, site }: Props) {
	const [view, setView] = useState<GuideView | null>(initial);
	const [region, setRegion] = useState<string | undefined>(initial?.region.id);
	const [platform, setPlatform] = useState<string | undefined>(initial?.platform.id);
	const [enhanced, setEnhanced] = useState(false);
	const [guessedPlatform, setGuessedPlatform] = useState<string | undefined>();
	const [suggestedRegion, setSuggestedRegion] = useState<string | undefined>();
	const [notes, setNotes] = useState<string[]>([]);
	const [announcement, setAnnouncement] = useState('');
	const [loadError, setLoadError] = useState<string | undefined>();
	const [ticked, setTicked] = useState<Set<string>>(new Set());
	const [progressNote, setProgressNote] = useState<string | undefined>();
	const [shareMessage, setShareMessage] = useState('');
	const [countryInput, setCountryInput] = useState('');
	const [countryNote, setCountryNote] = useState('');
	const storage = useRef(openStorage(() => globalThis.localStorage));
	const known = useMemo(() => ({ regions: options.regions.map((r) => r.id), platforms: options.platforms.map((p) => p.id) }), [options]);
	const [countries, setCountries] = useState<Country[]>([]);
	const countryLookup = useRef<Promise<(input: string, committed: boolean) => Country | undefined>>();
	/** Counts requests for a walkthrough, so an answer that arrives after a newer request is dropped. */
	const requests = useRef(0);
	/** The path of the walkthrough shown (or of this page when none is): popstate within it is only a #fragment. */
	const shownPath = useRef(initial?.path ?? '');
	const nameOf = (list: Named[], id: string | undefined) => list.find((x) => x.id === id)?.name ?? '';

	async function show(nextRegion: string, nextPlatform: string, how: 'push' | 'replace' | 'none', focusSteps = false) {
		const request = ++requests.current;
		setLoadError(undefined);
		try {
			const response = await fetch(guideDataPath(nextRegion, nextPlatform));
			if (!response.ok) throw new Error(String(response.status));
			const next = (await response.json()) as GuideView;
			if (request !== requests.current) return;
			setRegion(nextRegion);
			setPlatform(nextPlatform);
			setView(next);
			shownPath.current = next.path;
			document.title = pageTitle(next.title);
			if (how === 'push') history.pushState(null, '', next.path);
			if (how === 'replace') history.replaceState(null, '', next.path);
			setAnnouncement(`Showing the steps for ${next.platform.name} in ${next.region.name}.`);
			// On a chooser-only page the steps appear below the chooser: take the reader to them.
			if (focusSteps) requestAnimationFrame(() => document.getElementById('walkthrough-title')?.focus());
		} catch {
			if (request === requests.current) setLoadError(guidePath(nextRegion, nextPlatform));
		}
	}

	// Once running in a browser: read the link, make suggestions, follow back and forward.
	useEffect(() => {
		setEnhanced(true);
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
			// Back to the page as it was first served (a chooser page, before any choice).
			requests.current++;
			shownPath.current = window.location.pathname;
			setView(initial);
			setRegion(initial?.region.id);
			setPlatform(initial?.platform.id);
			document.title = firstTitle;
		};
		// A reader may go back before the island wakes up; catch up with the address it missed.
		if (initial && window.location.pathname !== initial.path) onPop();
		window.addEventListener('popstate', onPop);
		return () => window.removeEventListener('popstate', onPop);
	}, []);

	// Ticks belong to one region and platform.
	useEffect(() => {
		if (!view) return;
		setTicked(loadProgress(storage.current, view.region.id, view.platform.id, view.steps.map((s) => s.id)));
		setProgressNote(storage.current ? undefined : 'Your ticks will not be remembered: this browser blocks storage for this site.');
	}, [view?.path]);

	function onTick(stepId: string, done: boolean) {
		if (!view) return;
		const next = new Set(ticked);
		if (done) next.add(stepId);
		else next.delete(stepId);
		setTicked(next);
		const saved = saveProgress(storage.current, view.region.id, view.platform.id, next);
		setProgressNote(saved ? undefined : 'Your ticks will not be remembered: this browser did not let the site store them.');
	}

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
		if (country.region === region && view) {
			setCountryNote(`${country.name} is covered by the ${nameOf(options.regions, country.region)} rules, shown below.`);
			return;
		}
		setCountryNote(`${country.name} is covered by the ${nameOf(options.regions, country.region)} rules.`);
		const nextPlatform = platform ?? guessedPlatform ?? PLATFORM_FALLBACK;
		void show(country.region, nextPlatform, 'push');
	}

	// Once running, the page's own address is the truth (a build may not know where it is deployed).
	const absoluteUrl = view ? new URL(view.path, enhanced ? location.origin : site).href : site;
	const share = enhanced && view
		? {
				canShare: typeof navigator !== 'undefined' && typeof navigator.share === 'function',
				message: shareMessage,
				onCopy: async () => {
					try {
						await navigator.clipboard.writeText(absoluteUrl);
						setShareMessage('Link copied.');
					} catch {
						setShareMessage(`Copying was blocked. Select the link above to copy it.`);
					}
				},
				onShare: async () => {
					try {
						await navigator.share({ title: view.title, url: absoluteUrl });
					} catch {
						/* the reader closed the share sheet */
					}
				},
			}
		: undefined;

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

	const walkthrough = view && (
		<Walkthrough view={view} level={initial ? 1 : 2} ticked={ticked} onTick={onTick} progressNote={progressNote} share={share} absoluteUrl={absoluteUrl} />
	);

	return (
		<div class="space-y-10">
			{initial && walkthrough}
			<section aria-labelledby="chooser-title" class="space-y-4 rounded-lg bg-surface p-4 no-print" data-pagefind-ignore data-enhanced={enhanced ? '' : undefined}>
				<h2 id="chooser-title" class="text-xl">
					{view ? 'Change your region or device' : 'Get the steps for your account'}
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
					{enhanced && guessedPlatform && !view && (
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
			{!initial && walkthrough}
		</div>
	);
}
