/** Choosing the walkthrough for a region and platform, and checking that every pair has exactly one. */

export interface WalkthroughCoverage {
	/** Where the walkthrough comes from (its content file), for error messages. */
	file: string;
	platforms: readonly string[];
	regions: readonly string[];
}

/** The one walkthrough for a pair, or undefined when none covers it. */
export function selectWalkthrough<T extends WalkthroughCoverage>(all: readonly T[], region: string, platform: string): T | undefined {
	return all.find((w) => w.platforms.includes(platform) && w.regions.includes(region));
}

/**
 * Lists every problem with coverage, naming the files and fields involved: pairs with no walkthrough,
 * pairs covered twice, and walkthroughs naming an unknown region or platform.
 */
export function findCoverageProblems(all: readonly WalkthroughCoverage[], regions: readonly string[], platforms: readonly string[]): string[] {
	const problems: string[] = [];
	for (const w of all) {
		for (const p of w.platforms) if (!platforms.includes(p)) problems.push(`${w.file}: field "platforms" names unknown platform "${p}"`);
		for (const r of w.regions) if (!regions.includes(r)) problems.push(`${w.file}: field "regions" names unknown region "${r}"`);
	}
	for (const region of regions) {
		for (const platform of platforms) {
			const matches = all.filter((w) => w.platforms.includes(platform) && w.regions.includes(region));
			if (matches.length === 0)
				problems.push(
					`no walkthrough in content/walkthroughs/ covers region "${region}" on platform "${platform}" (add the pair to a file's "regions" and "platforms")`,
				);
			if (matches.length > 1) problems.push(`region "${region}" on platform "${platform}" is covered twice: ${matches.map((m) => m.file).join(', ')}`);
		}
	}
	return problems;
}

/** A piece of a step's text: plain words, or a label exactly as LinkedIn's screen shows it. */
export interface TextPart {
	text: string;
	label: boolean;
}

const LETTER = /[\p{L}\p{N}]/u;
/** Quotation marks a text may already put around a label: „…“ “…” «…» "…" ‘…’ (French with its inner spaces). */
const QUOTES: readonly [string, string][] = [
	['„', '“'],
	['“', '”'],
	['«\u00a0', '\u00a0»'],
	['« ', ' »'],
	['«', '»'],
	['"', '"'],
	['‘', '’'],
];

/**
 * Splits a step's text so that every on-screen label in it can be marked: "tap Data privacy" becomes
 * "tap", then the label "Data privacy". Longer labels win ("Settings & Privacy" before "Settings"), and a
 * label only counts as a whole word ("Off" is not found in "Office"). Where the text already quotes a label
 * („Sie“), only quoted mentions count and the quotation marks give way to the marking, so the German
 * pronoun "Sie" is never taken for LinkedIn's "Sie" menu. Returns the labels it could not find too, since
 * a label missing from its text is a content error.
 */
export function markLabels(text: string, labels: readonly string[]): { parts: TextPart[]; missing: string[] } {
	const longestFirst = [...new Set(labels)].filter(Boolean).sort((a, b) => b.length - a.length);
	const quoted = new Map(longestFirst.map((l) => [l, QUOTES.filter(([open, close]) => text.includes(open + l + close))] as const));
	const found = new Set<string>();
	const parts: TextPart[] = [];
	let plain = '';
	let i = 0;
	const at = (label: string): number => {
		const quotes = quoted.get(label) ?? [];
		if (quotes.length > 0) {
			const pair = quotes.find(([open, close]) => text.startsWith(open + label + close, i));
			return pair ? pair[0].length + label.length + pair[1].length : 0;
		}
		const whole = text.startsWith(label, i) && !LETTER.test(text[i - 1] ?? '') && !LETTER.test(text[i + label.length] ?? '');
		return whole ? label.length : 0;
	};
	while (i < text.length) {
		let length = 0;
		const label = longestFirst.find((l) => (length = at(l)) > 0);
		if (label) {
			if (plain) parts.push({ text: plain, label: false });
			parts.push({ text: label, label: true });
			found.add(label);
			plain = '';
			i += length;
		} else {
			plain += text[i];
			i += 1;
		}
	}
	if (plain) parts.push({ text: plain, label: false });
	return { parts, missing: longestFirst.filter((l) => !found.has(l)) };
}

/** A step's text with its on-screen labels marked; a label the text does not contain word for word fails the build. */
export function labelledText(text: string, labels: readonly string[], where: string): TextPart[] {
	const { parts, missing } = markLabels(text, labels);
	if (missing.length > 0) throw new Error(`${where}: ${missing.map((l) => `"${l}"`).join(', ')} must appear word for word in the step's text`);
	return parts;
}

/** Fails unless every region × platform pair has exactly one walkthrough, naming every problem's file and field. */
export function assertCoverage(all: readonly WalkthroughCoverage[], regions: readonly string[], platforms: readonly string[]): void {
	const problems = findCoverageProblems(all, regions, platforms);
	if (problems.length > 0) throw new Error(`Walkthrough coverage is broken:\n- ${problems.join('\n- ')}`);
}
