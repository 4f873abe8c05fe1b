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
