import { useEffect, useReducer, useRef, useState } from 'preact/hooks';
import { fill, parts } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { choiceReducer, initialChoice, platformFor, type ChooserStrings } from '../../lib/chooser';
import type { LinkProblem } from '../../lib/guide-link';
import { paths, type GuideChoice } from '../../lib/paths';
import type { Choice, ChooserOptions } from '../../lib/views';
import type { Show } from './running';

interface Props {
	options: ChooserOptions;
	/** What this page was served for: both answers on a guide page, one or none on a chooser page. */
	initial: GuideChoice;
	/** The island's own words (the `chooser.` keys of the page's translation file), so it never ships the whole file. */
	strings: ChooserStrings;
	/** The page's language: every address the island makes is in it. */
	lang: Lang;
}

// The country box and the chooser's behaviour (reading the link, suggestions, fetching and swapping
// walkthroughs, back and forward) are not needed to show the choices, so their code loads after the island
// has rendered; until then every choice is a plain link to a static page.
const loadCountryBox = () => import('./CountryBox');
const loadRunning = () => import('./running');

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
	const { region, platform, showing, enhanced, guessedPlatform, suggestedRegion, spoken, problems, announcement, loadError } = choice;
	/** The country box, once its code has loaded (it is of no use before the island runs). */
	const [CountryBox, setCountryBox] = useState<typeof import('./CountryBox').CountryBox>();
	/** Counts requests for a walkthrough, so an answer that arrives after a newer request is dropped. */
	const requests = useRef(0);
	/** The reader picked a device themselves, so a guess that arrives later must not replace it. */
	const platformPicked = useRef(initial.platform !== undefined);
	/** Shows a pair's walkthrough, once the chooser's behaviour has loaded (choices are plain links until then). */
	const show = useRef<Show>(async () => {});
	const nameOf = (list: Choice[], id: string | undefined) => list.find((x) => x.id === id)?.name ?? '';
	const say = (key: keyof ChooserStrings, vars?: Record<string, string | number>) => fill(words[key] ?? '', vars, key);

	// Once running in a browser: load the country box and the chooser's behaviour.
	useEffect(() => {
		let live = true;
		let stop = () => {};
		void loadCountryBox().then(({ CountryBox: box }) => live && setCountryBox(() => box));
		void loadRunning().then(({ run }) => {
			if (!live) return;
			const running = run({ lang, options, initial, words, dispatch, requests, platformPicked });
			show.current = running.show;
			stop = running.stop;
		});
		return () => {
			live = false;
			stop();
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
		// Once both questions have an answer (on a guide page they already had; a guessed device counts, since the
		// reader sees it as answered), take them to the steps: they appear above the chooser on a guide page and
		// below it on a chooser page, off screen either way.
		const answeredBoth = servedPair || field === 'platform' || platformPicked.current || choice.guessedPlatform !== undefined;
		if (nextRegion) void show.current(nextRegion, nextPlatform, 'push', answeredBoth);
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
							onRegion={(id) => void show.current(id, platformFor(choice), 'push')}
							guessed={spoken}
							onCountry={() => dispatch({ type: 'suggested', region: undefined })}
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
