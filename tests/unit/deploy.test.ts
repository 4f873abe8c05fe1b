import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';

interface Step {
	run?: string;
	env?: Record<string, string>;
}

// Without SITE_URL every canonical link, share link and calendar file would point at localhost, and without
// REPORT_URL /about/ would print a note about how the copy was built: the published site needs both.
describe('the deploy workflow', () => {
	const workflow = parse(readFileSync(new URL('../../.github/workflows/deploy.yml', import.meta.url), 'utf8')) as {
		jobs: Record<string, { steps: Step[] }>;
	};
	const builds = Object.values(workflow.jobs).flatMap((job) => job.steps.filter((step) => step.run?.includes('npm run build')));

	test('builds the site once, with its public address and its report address', () => {
		expect(builds).toHaveLength(1);
		expect(builds[0]!.env).toEqual({
			SITE_URL: '${{ steps.pages.outputs.origin }}',
			REPORT_URL: '${{ github.server_url }}/${{ github.repository }}/issues/new?template=report-a-change.yml',
		});
	});

	test('the report address names an issue form the repository has', () => {
		const template = /template=([\w.-]+)/.exec(builds[0]!.env!['REPORT_URL']!)![1]!;
		expect(() => readFileSync(new URL(`../../.github/ISSUE_TEMPLATE/${template}`, import.meta.url))).not.toThrow();
	});
});
