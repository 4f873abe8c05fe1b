import { t as english, pick, type Translate, type TranslationKey } from '../i18n';
import type { StatementGroup } from '../schemas/statement';
import type { Cite } from './cite';
import type { TextPart } from './walkthrough';

/**
 * The walkthrough for one region and platform as plain data, rendered once on the server
 * (Walkthrough.tsx). The island never receives it: it swaps in another pair's rendered page.
 */

export type { Cite };

export interface Named {
	id: string;
	name: string;
	shortName: string;
}

export interface Picture {
	src: string;
	alt: string;
	width: number;
	height: number;
	/** A drawing is labelled as an illustration; a real screenshot is not. */
	kind: 'drawing' | 'screenshot';
	/** What the picture shows, which decides how wide it is displayed. */
	frame: 'desktop' | 'phone';
}

/** Widest a screenshot is served at: twice the width the walkthrough shows it, for sharp high-density screens. */
export const SCREENSHOT_MAX_WIDTH = 900;

export interface StepView {
	id: string;
	title: string;
	/** The step's text, with LinkedIn's on-screen labels marked. */
	parts: TextPart[];
	picture: Picture;
	cites: Cite[];
}

export interface StatementView {
	id: string;
	group: StatementGroup;
	text: string;
	link?: { href: string; label: string } | undefined;
	cites: Cite[];
}

/** A region's answer to "Was my data already used?", worked out from its events (src/lib/history.ts). */
export interface HistoryView {
	/** The newest day the facts cover; the history says nothing about later days. */
	asOf: string;
	answer: string;
	window?: string | undefined;
	switchingOff?: string | undefined;
	uncertain?: string | undefined;
	periods: { state: string; label: string; span: string }[];
	cites: Cite[];
	disputes: { title: string; href: string }[];
}

export interface GuideView {
	region: Named;
	platform: Named;
	path: string;
	title: string;
	description: string;
	status: { sentence: string; training: string; cites: Cite[]; caveat?: { text: string; cites: Cite[] } | undefined };
	history: HistoryView;
	directLink: { href: string; cites: Cite[] };
	steps: StepView[];
	otherPath?: { text: string; cites: Cite[] } | undefined;
	/** What to try when the setting is not where the steps say: the region's "Setting not showing?" statements. */
	notShowing: StatementView[];
}

/** The chooser island's words: the `chooser.` keys of a translation file. */
type ChooserKey = Extract<TranslationKey, `chooser.${string}`>;

/** Words only a chooser page shows: a guide page never guesses the device, suggests a region or asks from scratch. */
export const CHOOSER_PAGE_ONLY = ['chooser.titleChoose', 'chooser.suggestRegion', 'chooser.guessPlatform'] as const satisfies readonly ChooserKey[];
type ChooserPageOnlyKey = (typeof CHOOSER_PAGE_ONLY)[number];

/** The island's own words; a guide page leaves out the chooser-page ones, since every byte travels in its HTML. */
export type ChooserStrings = Record<Exclude<ChooserKey, ChooserPageOnlyKey>, string> & Partial<Record<ChooserPageOnlyKey, string>>;

/** The `chooser.` words a page's island needs. */
export function chooserStrings(page: 'guide' | 'chooser'): ChooserStrings {
	const all: ChooserStrings = pick('chooser.');
	if (page === 'chooser') return all;
	return Object.fromEntries(Object.entries(all).filter(([key]) => !(CHOOSER_PAGE_ONLY as readonly string[]).includes(key))) as ChooserStrings;
}

/** A choice as the chooser shows it. */
export interface Choice {
	id: string;
	name: string;
}

/** The country box's own words (src/pages/[...lang]/country-words.json.ts). */
export type CountryWords = Record<Extract<TranslationKey, `country.${string}`>, string>;

/** What the chooser needs about every region and platform (no more: it travels as the island's props). */
export interface ChooserOptions {
	regions: Choice[];
	platforms: Choice[];
}

export function guideTitle(platform: Named, region: Named, t: Translate = english): string {
	return t('guide.title', { platform: platform.name, region: region.name });
}

/** `where` is the region as it reads inside a sentence ("the UK"). Platform names keep their brand casing. */
export function guideDescription(platform: Named, where: string, steps: number, t: Translate = english): string {
	return t('guide.description', { steps, platform: platform.name, where });
}
