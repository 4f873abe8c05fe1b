/**
 * Where readers report a change. A deployment sets REPORT_URL; otherwise the site's own GitHub repository
 * is worked out from the git remote the build runs in, and its "report a change" issue form is used.
 */

/** The issue form in .github/ISSUE_TEMPLATE/. */
export const REPORT_TEMPLATE = 'report-a-change.yml';

/** The new-issue address for a GitHub remote (https or ssh), or undefined for any other remote. */
export function reportUrlFromRemote(remote: string | undefined): string | undefined {
	const match = /^(?:https:\/\/github\.com\/|git@github\.com:|ssh:\/\/git@github\.com\/)([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(remote?.trim() ?? '');
	return match ? `https://github.com/${match[1]}/${match[2]}/issues/new?template=${REPORT_TEMPLATE}` : undefined;
}

/** REPORT_URL when set (and an https address), else the address derived from the remote. */
export function reportUrl(env: string | undefined, remote: string | undefined): string | undefined {
	if (env && /^https:\/\//.test(env)) return env;
	return reportUrlFromRemote(remote);
}
