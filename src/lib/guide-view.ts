/**
 * The walkthrough for one region and platform as plain, serialisable data: what the island renders on
 * the server, ships as props, and loads as JSON when the reader switches guides.
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
	status: { sentence: string; training: string; cites: Cite[] };
	history: HistoryView;
	directLink: { href: string; cites: Cite[] };
	steps: StepView[];
	otherPath?: { text: string; cites: Cite[] } | undefined;
	statements: StatementView[];
}

/** What the chooser needs about every region and platform. */
export interface ChooserOptions {
	regions: Named[];
	platforms: Named[];
}

/** The setting's own address; LinkedIn's European notice links it as the place to opt out. */
export const SETTING_URL = 'https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement';

export function guideTitle(platform: Named, region: Named): string {
	return `Turn off LinkedIn AI training: ${platform.name}, ${region.name}`;
}

export function guideDescription(platform: Named, region: Named, steps: number): string {
	return `${steps} steps to switch off "Data for Generative AI Improvement" on LinkedIn's ${platform.name.toLowerCase()} for members in ${region.name}, with a picture of each screen and the sources behind every step.`;
}
