/**
 * What pages hand to components: plain data, every reference resolved and every word in the page's
 * language. src/data/ builds these; components take them as props and never load content themselves.
 */
import type { StatementGroup } from '../schemas/statement';
import type { DatePrecision, TrainingState } from '../schemas/event';
import type { Cite } from './cite';
import type { TextPart } from './walkthrough';

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

/** A sentence with the claims behind it. */
export interface Cited {
	text: string;
	cites: Cite[];
}

/** A disagreement or an unknown, as a link to where it is set out. */
export interface DisputeLink {
	kind: 'disagreement' | 'unknown';
	title: string;
	href: string;
}

/** A region's answer to "Was my data already used?", worked out from its events (src/lib/history.ts). */
export interface HistoryView {
	answer: string;
	window?: string | undefined;
	/** What regulators said about this region, and what switching off now changes there: statements with their sources. */
	regulators: StatementView[];
	switchingOff: StatementView[];
	uncertain?: string | undefined;
	periods: { state: string; label: string; span: string }[];
	cites: Cite[];
	disputes: DisputeLink[];
}

/** A region's status: the one-sentence answer, its state and sources, and any caveat. */
export interface StatusView {
	sentence: string;
	training: TrainingState | 'unknown';
	cites: Cite[];
	caveat?: Cited | undefined;
}

export interface GuideView {
	region: Named;
	platform: Named;
	/** The page's own path, and its address as published (for sharing without JavaScript). */
	path: string;
	url: string;
	title: string;
	description: string;
	status: StatusView;
	history: HistoryView;
	directLink: { href: string; cites: Cite[] };
	steps: StepView[];
	/** Said above step 1: what the steps rest on, when it is not LinkedIn's own word. */
	notice?: Cited | undefined;
	otherPath?: Cited | undefined;
	/** What to try when the setting is not where the steps say: the region's "Setting not showing?" statements. */
	notShowing: StatementView[];
	/**
	 * After the last step: what the reader just did (the region's own wording of what switching off changes),
	 * the related settings worth switching off there, each a link and a tick kept with the steps' ticks, and
	 * the region's rights page (with a line on objecting in writing where the law gives that right).
	 */
	done: { text: string; cites: Cite[]; also: { id: string; href: string; cites: Cite[] }[]; rightsPath: string; canObject: boolean };
	/** The region's page, and the calendar reminder. */
	regionPath: string;
	reminderPath: string;
	/** The QR code of `url`, served as its own file, and its side in CSS pixels. */
	qr: { src: string; size: number };
}

export type ConflictView =
	| { kind: 'disagreement'; id: string; title: string; status: 'resolved' | 'unresolved'; resolution: string; sides: { position: string; cites: Cite[] }[] }
	| { kind: 'unknown'; id: string; title: string; known: string; unknown: string; cites: Cite[] };

export interface EventView {
	id: string;
	date: string;
	precision: DatePrecision;
	title: string;
	summary: string;
	regions: { id: string; shortName: string }[];
	training?: TrainingState | undefined;
	cites: Cite[];
	/** The disagreements behind it, each set out on the disagreements page. */
	disputes: DisputeLink[];
}

export interface CategoryView {
	id: string;
	path: string;
	name: string;
	status: 'used' | 'excluded' | 'collected';
	inPractice: string;
	examples: string[];
	searchTerms: string[];
	cites: Cite[];
	/** Region names, or undefined when the category applies in every region. */
	regions: string[] | undefined;
	disputes: DisputeLink[];
	/** What qualifies the category for some readers, each sentence naming the regions it is about. */
	notes: StatementView[];
}

export interface StatusRow {
	id: string;
	name: string;
	path: string;
	training: TrainingState | undefined;
	since: { date: string; precision: DatePrecision } | undefined;
	/** Training was on before, then stopped: today's state is a return, not a first. */
	again: boolean;
	caveat: Cited | undefined;
}

/** A choice as the chooser shows it. */
export interface Choice {
	id: string;
	name: string;
}

/** What the chooser needs about every region and platform (no more: it travels as the island's props). */
export interface ChooserOptions {
	regions: Choice[];
	platforms: Choice[];
}
