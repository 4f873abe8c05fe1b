/**
 * Building guide addresses: the one place that knows what a guide page's path looks like. Kept apart from
 * reading them (guide-link.ts), so the guide island can render its links without the parser.
 */

export interface GuideChoice {
	region?: string | undefined;
	platform?: string | undefined;
}

/** The static page for a region and platform. */
export function guidePath(region: string, platform: string): string {
	return `/guide/${region}/${platform}/`;
}

/**
 * The page for a reader who has answered one question: it asks the other. Without JavaScript, every
 * choice link leads somewhere useful: a region without a device asks for the device, and the reverse.
 */
export function choicePath(choice: GuideChoice): string {
	if (choice.region && choice.platform) return guidePath(choice.region, choice.platform);
	const one = choice.region ?? choice.platform;
	return one ? `/guide/${one}/` : '/guide/';
}
