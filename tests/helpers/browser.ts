/**
 * Finds a Chrome or Chromium to drive, on macOS or Linux. Without one the browser tests skip with a loud
 * message, except in CI (CI=true), where a missing browser fails the run.
 */
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
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

/** Where Chrome and Chromium install themselves on macOS (for everyone, or for one user) and on Linux. */
export function chromiumCandidates(env: NodeJS.ProcessEnv = process.env, home: string = homedir()): string[] {
	const macApps = ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Chromium.app/Contents/MacOS/Chromium'];
	const linuxNames = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
	return [
		...(env['CHROME_PATH'] ? [env['CHROME_PATH']] : []),
		...macApps.flatMap((app) => [join('/Applications', app), join(home, 'Applications', app)]),
		...['/usr/bin', '/snap/bin'].flatMap((dir) => linuxNames.map((name) => join(dir, name))),
	];
}

/** The first browser that exists, in the order above, so CHROME_PATH wins when set. */
export function findChromium(candidates: string[] = chromiumCandidates(), exists: (path: string) => boolean = existsSync): string | undefined {
	return candidates.find((path) => exists(path));
}

const executablePath = findChromium();
if (!executablePath) {
	const message = 'No Chrome or Chromium found (set CHROME_PATH, install Google Chrome, or install Debian\'s "chromium" package).';
	if (process.env['CI']) throw new Error(`${message} CI needs the browser tests.`);
	console.warn(`\n${'*'.repeat(78)}\n*** BROWSER TESTS SKIPPED: ${message}\n${'*'.repeat(78)}\n`);
}

/** True when the browser tests can run here. */
export const HAS_BROWSER = Boolean(executablePath);

export function launch(): Promise<Browser> {
	return chromium.launch({ executablePath: executablePath!, args: CHROMIUM_FLAGS, headless: true });
}
