import { describe, expect, test } from 'vitest';
import { excerpt, parseGuideParams, parseGuidePath, parseLocation } from '../../src/lib/guide-link';

const known = { regions: ['us', 'eu-eea', 'uk', 'other'], platforms: ['desktop', 'ios', 'android', 'mobile-web'] };
const at = (pathname: string, search = '', hash = '') => parseLocation({ pathname, search, hash }, known);

describe('guide addresses', () => {
	test('a known pair in the path is read back', () => {
		expect(parseGuidePath('/guide/eu-eea/android/', known)).toEqual({ choice: { region: 'eu-eea', platform: 'android' }, problems: [] });
		expect(parseGuidePath('/guide/UK/Desktop', known).choice).toEqual({ region: 'uk', platform: 'desktop' });
	});

	test('a page for one answer is read as that answer alone', () => {
		expect(parseGuidePath('/guide/uk/', known)).toEqual({ choice: { region: 'uk' }, problems: [] });
		expect(parseGuidePath('/guide/IOS/', known)).toEqual({ choice: { platform: 'ios' }, problems: [] });
		expect(parseGuidePath('/guide/mars/', known)).toEqual({ choice: {}, problems: [{ field: 'region', excerpt: 'mars' }] });
	});

	test('pages outside /guide/ choose nothing and complain about nothing', () => {
		expect(parseGuidePath('/data/', known)).toEqual({ choice: {}, problems: [] });
	});

	test('unknown parts are reported, known parts kept', () => {
		const parsed = parseGuidePath('/guide/mars/android/', known);
		expect(parsed.choice).toEqual({ platform: 'android' });
		expect(parsed.problems).toEqual([{ field: 'region', excerpt: 'mars' }]);
	});

	test('query and hash parameters are read, path first', () => {
		expect(at('/', '?region=uk&platform=ios').choice).toEqual({ region: 'uk', platform: 'ios' });
		expect(at('/guide/', '', '#region=us&platform=android').choice).toEqual({ region: 'us', platform: 'android' });
		expect(at('/guide/eu-eea/desktop/', '?region=us').choice).toEqual({ region: 'eu-eea', platform: 'desktop' });
		expect(at('/', '', '#walkthrough')).toEqual({ choice: { region: undefined, platform: undefined }, problems: [] });
	});

	test.each([
		'<script>alert(1)</script>',
		'"><img src=x onerror=alert(1)>',
		'javascript:alert(1)',
		'%3Cscript%3E',
		'%E0%A4%A',
		'eu-eea\u0000',
		'a'.repeat(5000),
	])('hostile value %# is refused, and only a short plain excerpt is kept', (value) => {
		const parsed = parseGuideParams(`?region=${encodeURIComponent(value)}&platform=${encodeURIComponent(value)}`, known);
		expect(parsed.choice).toEqual({});
		expect(parsed.problems.map((p) => p.field)).toEqual(['region', 'platform']);
		for (const p of parsed.problems) {
			expect(p.excerpt.length).toBeLessThanOrEqual(40);
			// eslint-disable-next-line no-control-regex -- the excerpt must carry no control characters
			expect(p.excerpt).not.toMatch(/[\u0000-\u001f]/);
		}
	});

	test('a badly encoded path does not throw', () => {
		expect(() => parseGuidePath('/guide/%E0%A4%A/ios/', known)).not.toThrow();
		expect(parseGuidePath('/guide/%E0%A4%A/ios/', known).problems[0]?.field).toBe('region');
	});

	test('excerpts are capped with an ellipsis', () => {
		expect(excerpt('x'.repeat(100))).toBe(`${'x'.repeat(39)}…`);
		expect(excerpt('  ok  ')).toBe('ok');
	});
});
