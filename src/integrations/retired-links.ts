import type { AstroIntegration } from 'astro';
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { retiredLinkProblems } from '../lib/retired-links.ts';

/** Every address an event in content/events.yaml says LinkedIn retired. */
function retiredAddresses(root: string): string[] {
	const events = parse(readFileSync(join(root, 'content/events.yaml'), 'utf8')) as { retires?: string[] }[];
	return events.flatMap((event) => event.retires ?? []);
}

/** Fails the build when a retired LinkedIn address appears on a page that does not explain it changed. */
export const retiredLinks = (): AstroIntegration => ({
	name: 'site:retired-links',
	hooks: {
		'astro:build:done': ({ dir, logger }) => {
			const site = fileURLToPath(dir);
			const retired = retiredAddresses(process.cwd());
			const files = globSync('**/*.{html,json,xml,ics,txt,svg}', { cwd: site }).map((path) => ({ path, text: readFileSync(join(site, path), 'utf8') }));
			const problems = retiredLinkProblems(files, retired);
			if (problems.length > 0) throw new Error(`Retired addresses shown without explanation:\n- ${problems.join('\n- ')}`);
			logger.info(`checked ${files.length} files for ${retired.length} retired address(es)`);
		},
	},
});
