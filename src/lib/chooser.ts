/**
 * The chooser island's state: what the reader chose (and what we guessed or failed to load). The country
 * box, which loads after the page is up, keeps its own (country-box.ts), so its code loads with it.
 * Ticks and sharing live on the walkthrough itself (progress-dom.ts), since they belong to whichever
 * article is on the page. Pure, so it is tested without a browser.
 */
import type { I18n, TranslationKey } from '../i18n';
import type { LinkProblem } from './guide-link';
import type { GuideChoice } from './paths';

/** The chooser island's words: the `chooser.` keys of a translation file. */
type ChooserKey = Extract<TranslationKey, `chooser.${string}`>;

/** Words only a chooser page shows: a guide page never guesses the device, suggests a region or asks from scratch. */
export const CHOOSER_PAGE_ONLY = ['chooser.titleChoose', 'chooser.suggestRegion', 'chooser.guessPlatform'] as const satisfies readonly ChooserKey[];
type ChooserPageOnlyKey = (typeof CHOOSER_PAGE_ONLY)[number];

/** The island's own words; a guide page leaves out the chooser-page ones, since every byte travels in its HTML. */
export type ChooserStrings = Record<Exclude<ChooserKey, ChooserPageOnlyKey>, string> & Partial<Record<ChooserPageOnlyKey, string>>;

/** The `chooser.` words a page's island needs, in the page's language. */
export function chooserStrings(words: Pick<I18n, 'pick'>, page: 'guide' | 'chooser'): ChooserStrings {
	const all: ChooserStrings = words.pick('chooser.');
	if (page === 'chooser') return all;
	return Object.fromEntries(Object.entries(all).filter(([key]) => !(CHOOSER_PAGE_ONLY as readonly string[]).includes(key))) as ChooserStrings;
}

export interface ChoiceState {
	region: string | undefined;
	platform: string | undefined;
	/** A walkthrough is on the page (served with it, or swapped in). */
	showing: boolean;
	/** The island has run in a browser, so choices are instant rather than plain links. */
	enhanced: boolean;
	guessedPlatform: string | undefined;
	suggestedRegion: string | undefined;
	/** The site languages read in the country guessed from the browser: the country box offers the page in them. */
	spoken: readonly string[] | undefined;
	/** Problems with the link the reader arrived by, shown until they choose. */
	problems: LinkProblem[];
	/** Said to screen readers after a walkthrough is swapped in. */
	announcement: string;
	/** The page to open instead when a walkthrough could not be loaded here. */
	loadError: string | undefined;
}

export type ChoiceAction =
	| { type: 'enhanced'; problems: LinkProblem[] }
	| { type: 'guessed'; platform: string | undefined }
	| { type: 'suggested'; region: string | undefined; spoken?: readonly string[] | undefined }
	| { type: 'platform-picked'; platform: string }
	| { type: 'problems-dismissed' }
	| { type: 'choosing' }
	| { type: 'shown'; region: string; platform: string; announcement: string }
	| { type: 'load-failed'; path: string }
	| { type: 'back-to-start'; start: GuideChoice };

/** The state a page is served in: a guide page has both answers, a chooser page one or none. */
export function initialChoice(initial: GuideChoice): ChoiceState {
	return {
		region: initial.region,
		platform: initial.platform,
		showing: initial.region !== undefined && initial.platform !== undefined,
		enhanced: false,
		guessedPlatform: undefined,
		suggestedRegion: undefined,
		spoken: undefined,
		problems: [],
		announcement: '',
		loadError: undefined,
	};
}

/** An action no case handles returns the same state object, so nothing re-renders. */
export function choiceReducer(state: ChoiceState, action: ChoiceAction): ChoiceState {
	switch (action.type) {
		case 'enhanced':
			return { ...state, enhanced: true, problems: action.problems };
		case 'guessed':
			return { ...state, guessedPlatform: action.platform };
		case 'suggested':
			return { ...state, suggestedRegion: action.region, spoken: action.spoken };
		case 'platform-picked':
			// A device picked (or named in the link) before any region: remembered for when the region comes.
			return { ...state, platform: action.platform, guessedPlatform: undefined };
		case 'problems-dismissed':
			return { ...state, problems: [] };
		case 'choosing':
			return { ...state, loadError: undefined };
		case 'shown':
			return { ...state, region: action.region, platform: action.platform, showing: true, announcement: action.announcement, loadError: undefined };
		case 'load-failed':
			return { ...state, loadError: action.path };
		case 'back-to-start':
			return { ...state, region: action.start.region, platform: action.start.platform, showing: false, announcement: '', loadError: undefined };
		default:
			return state;
	}
}

/** The platform to show with a region when the reader has not picked one: theirs, else our guess, else desktop. */
export function platformFor(state: ChoiceState, fallback = 'desktop'): string {
	return state.platform ?? state.guessedPlatform ?? fallback;
}
