import { describe, expect, test, vi } from 'vitest';

// Importing the helper looks for a browser at once (and fails in CI without one); point it at a file
// that exists so this test runs anywhere.
vi.stubEnv('CHROME_PATH', process.execPath);
const { chromiumCandidates, findChromium } = await import('../helpers/browser');

describe('finding a browser', () => {
	const candidates = chromiumCandidates({ CHROME_PATH: '/opt/custom/chrome' }, '/Users/ada');

	test('CHROME_PATH comes first, then the usual macOS and Linux install paths', () => {
		expect(candidates[0]).toBe('/opt/custom/chrome');
		expect(candidates).toEqual(
			expect.arrayContaining([
				'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
				'/Applications/Chromium.app/Contents/MacOS/Chromium',
				'/Users/ada/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
				'/Users/ada/Applications/Chromium.app/Contents/MacOS/Chromium',
				'/usr/bin/chromium',
				'/usr/bin/google-chrome',
				'/usr/bin/google-chrome-stable',
				'/snap/bin/chromium',
			]),
		);
	});

	test('without CHROME_PATH the list holds only real paths', () => {
		expect(chromiumCandidates({}, '/home/ada').every((path) => path.startsWith('/'))).toBe(true);
	});

	test('the first candidate that exists is chosen; none means no browser', () => {
		const installed = new Set(['/snap/bin/chromium', '/Applications/Chromium.app/Contents/MacOS/Chromium']);
		expect(findChromium(candidates, (path) => installed.has(path))).toBe('/Applications/Chromium.app/Contents/MacOS/Chromium');
		expect(findChromium(candidates, (path) => path === '/snap/bin/chromium' || path === '/opt/custom/chrome')).toBe('/opt/custom/chrome');
		expect(findChromium(candidates, () => false)).toBeUndefined();
	});
});
