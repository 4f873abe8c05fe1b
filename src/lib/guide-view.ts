import { t as english, type Translate, type TranslationKey } from '../i18n';

/**
 * The walkthrough for one region and platform as plain data, rendered once on the server
 * (Walkthrough.tsx). The island never receives it: it swaps in another pair's rendered page.
 */

/** A link to one claim behind a statement. */
export interface Cite {
	href: string;
	/** The source's short id, e.g. "L1". */
	label: string;
	/** The source's title, for the accessible name. */
	title: string;
}

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
	text: string;
	labels: string[];
	picture: Picture;
	cites: Cite[];
}

export interface StatementView {
	id: string;
	group: string;
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
	statements: StatementView[];
}

/** The chooser island's words: the `chooser.` keys of a translation file. */
export type ChooserStrings = Record<Extract<TranslationKey, `chooser.${string}`>, string>;

/** A choice as the chooser shows it. */
export interface Choice {
	id: string;
	name: string;
}

/** What the chooser needs about every region and platform (no more: it travels as the island's props). */
export interface ChooserOptions {
	/** `where` is the region as it reads inside a sentence. */
	regions: (Choice & { where: string })[];
	platforms: Choice[];
}

export function guideTitle(platform: Named, region: Named, t: Translate = english): string {
	return t('guide.title', { platform: platform.name, region: region.name });
}

/** `where` is the region as it reads inside a sentence ("the UK"). Platform names keep their brand casing. */
export function guideDescription(platform: Named, where: string, steps: number, t: Translate = english): string {
	return t('guide.description', { steps, platform: platform.name, where });
}
