/** Where a claim is shown: its source's page, at the claim's own anchor. Claim ids look like "s0/default-on". */
export function claimAnchor(claimId: string): string {
	return `claim-${claimId.replace(/\//g, '--')}`;
}

export function sourceIdOf(claimId: string): string {
	return claimId.split('/')[0] ?? claimId;
}

export function claimHref(claimId: string): string {
	return `/sources/${sourceIdOf(claimId)}/#${claimAnchor(claimId)}`;
}

/**
 * Two claims from one source cited side by side would both read "[L1]", to the eye and to a screen reader;
 * number them apart instead ("[L1a] [L1b]"). Sources cited once keep their plain label.
 */
export function distinctLabels<T extends { label: string }>(cites: readonly T[]): T[] {
	const total = new Map<string, number>();
	for (const cite of cites) total.set(cite.label, (total.get(cite.label) ?? 0) + 1);
	const seen = new Map<string, number>();
	return cites.map((cite) => {
		if (total.get(cite.label) === 1) return cite;
		const index = seen.get(cite.label) ?? 0;
		seen.set(cite.label, index + 1);
		return { ...cite, label: `${cite.label}${String.fromCharCode(97 + index)}` };
	});
}
