/**
 * The day the site is built, as YYYY-MM-DD in UTC. SITE_BUILD_DATE overrides it so two builds of the same
 * content give the same bytes (reminder files, freshness notes).
 */
export function buildDate(env: Record<string, string | undefined> = process.env, now: Date = new Date()): string {
	const fixed = env['SITE_BUILD_DATE'];
	if (fixed === undefined || fixed === '') return now.toISOString().slice(0, 10);
	// A mistyped override must fail the build, not quietly date everything today.
	const parsed = new Date(`${fixed}T00:00:00Z`);
	if (!/^\d{4}-\d{2}-\d{2}$/.test(fixed) || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== fixed) {
		throw new Error(`SITE_BUILD_DATE must be a real date written YYYY-MM-DD, not "${fixed}"`);
	}
	return fixed;
}
