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
