/** A link to one claim behind a statement, named after its source. */
export interface Cite {
	href: string;
	/** The source's id, so claims from one source can be listed together. */
	source: string;
	/** The source's plain name, e.g. "LinkedIn Help: Data for Generative AI Improvement". */
	name: string;
}

export interface CitedSource {
	name: string;
	/** One link per claim, in the order cited. */
	hrefs: string[];
}

/**
 * The sources behind a statement, each named once, in the order first cited: two claims from one help
 * page read as one source with two links, not as the same name twice.
 */
export function citedSources(cites: readonly Cite[]): CitedSource[] {
	const bySource = new Map<string, CitedSource>();
	for (const cite of cites) {
		const entry = bySource.get(cite.source);
		if (entry) {
			if (!entry.hrefs.includes(cite.href)) entry.hrefs.push(cite.href);
		} else bySource.set(cite.source, { name: cite.name, hrefs: [cite.href] });
	}
	return [...bySource.values()];
}

/**
 * The first words of a statement, to name the statement a "Sources" button belongs to ("Sources for “Since
 * 3 November 2025, yes, unless you…”"): enough to tell it from its neighbours, short enough to hear quickly.
 * At most `words` words, and no further than the end of the first sentence once it has three; whitespace is
 * collapsed, and a cut is marked with an ellipsis after any trailing punctuation is dropped.
 */
export function opening(text: string, words = 7): string {
	const all = text.trim().split(/\s+/).filter(Boolean);
	const sentenceEnd = all.findIndex((word, i) => i >= 2 && /[.!?]$/u.test(word));
	const keep = Math.min(words, sentenceEnd < 0 ? all.length : sentenceEnd + 1);
	if (keep >= all.length) return all.join(' ');
	return `${all
		.slice(0, keep)
		.join(' ')
		.replace(/[\s,;:.!?–—-]+$/u, '')}…`;
}
