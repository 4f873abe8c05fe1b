import { describe, expect, test } from 'vitest';
import { reportUrl, reportUrlFromRemote } from '../../src/lib/report-url';

describe('where readers report a change', () => {
	test('a GitHub remote, by https or ssh, gives its issue form', () => {
		const form = 'https://github.com/acme/optout-guide/issues/new?template=report-a-change.yml';
		expect(reportUrlFromRemote('https://github.com/acme/optout-guide.git')).toBe(form);
		expect(reportUrlFromRemote('https://github.com/acme/optout-guide')).toBe(form);
		expect(reportUrlFromRemote('git@github.com:acme/optout-guide.git')).toBe(form);
		expect(reportUrlFromRemote('ssh://git@github.com/acme/optout-guide.git\n')).toBe(form);
	});

	test('any other remote, or none, gives no address rather than a wrong one', () => {
		expect(reportUrlFromRemote('/work/main')).toBeUndefined();
		expect(reportUrlFromRemote('https://gitlab.com/acme/optout-guide.git')).toBeUndefined();
		expect(reportUrlFromRemote('https://github.com.evil.example/acme/x')).toBeUndefined();
		expect(reportUrlFromRemote(undefined)).toBeUndefined();
	});

	test('REPORT_URL wins when it is an https address; anything else is ignored', () => {
		expect(reportUrl('https://example.org/report', 'git@github.com:acme/x.git')).toBe('https://example.org/report');
		expect(reportUrl('javascript:alert(1)', 'git@github.com:acme/x.git')).toBe('https://github.com/acme/x/issues/new?template=report-a-change.yml');
		expect(reportUrl(undefined, undefined)).toBeUndefined();
	});
});
