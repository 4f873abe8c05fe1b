/**
 * Finds a Chromium to drive. Without one the browser tests skip with a loud message, except in CI
 * (CI=true), where a missing browser fails the run.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_FLAGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

export function findChromium(): string | undefined {
	const candidates = [process.env['CHROME_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'];
	return candidates.find((path): path is string => Boolean(path) && existsSync(path!));
}

const executablePath = findChromium();
if (!executablePath) {
	const message = 'No Chromium found (set CHROME_PATH or install Debian\'s "chromium" package).';
	if (process.env['CI']) throw new Error(`${message} CI needs the browser tests.`);
	console.warn(`\n${'*'.repeat(78)}\n*** BROWSER TESTS SKIPPED: ${message}\n${'*'.repeat(78)}\n`);
}

/** True when the browser tests can run here. */
export const HAS_BROWSER = Boolean(executablePath);

export function launch(): Promise<Browser> {
	return chromium.launch({ executablePath: executablePath!, args: CHROMIUM_FLAGS, headless: true });
}
