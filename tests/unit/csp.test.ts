import { describe, expect, test } from 'vitest';
import { mergeCsp, pagePolicy } from '../../src/lib/csp';

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

describe('a page’s own policy', () => {
	test('lists the hashes of exactly the inline scripts and styles on the page', () => {
		const astro = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-old1' 'sha256-old2'; style-src 'self' 'sha256-old3'";
		// Hashes worked out independently, e.g. printf 'alert(1)' | openssl dgst -sha256 -binary | base64
		expect(pagePolicy(astro, { scripts: ['alert(1)'], styles: ['p{color:red}', 'p{color:red}'] })).toBe(
			"default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='; style-src 'self' 'sha256-p0bF+un5yUb9MBO6xRb8kPHlY2BdpHVtLiFkDrZPF64='",
		);
	});
});
