import { describe, expect, test } from 'vitest';
import { mergeCsp } from '../../src/lib/csp';

describe('merging page policies into one header', () => {
	test('sources are united per directive and extra directives are added', () => {
		const merged = mergeCsp(
			["default-src 'self'; script-src 'self' 'sha256-a'", "default-src 'self'; script-src 'self' 'sha256-b'; style-src 'sha256-c'"],
			["frame-ancestors 'none'"],
		);
		expect(merged).toBe("default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'sha256-c'; frame-ancestors 'none'");
	});
	test('empty parts are ignored', () => {
		expect(mergeCsp(["default-src 'self';;  "])).toBe("default-src 'self'");
	});
});
