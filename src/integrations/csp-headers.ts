import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mergeCsp } from '../lib/csp';

function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
	});
}

/**
 * Writes the header form of the Content-Security-Policy into dist/_headers: the union of the policies
 * Astro put in each page's <meta>, plus frame-ancestors 'none'.
 */
export const cspHeaders = (): AstroIntegration => ({
	name: 'site:csp-headers',
	hooks: {
		'astro:build:done': ({ dir, logger }) => {
			const site = fileURLToPath(dir);
			const headersFile = join(site, '_headers');
			if (!existsSync(headersFile)) return;
			const policies = htmlFiles(site).flatMap((file) => {
				const match = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(readFileSync(file, 'utf8'));
				return match ? [match[1]!.replace(/&#39;/g, "'").replace(/&quot;/g, '"')] : [];
			});
			if (policies.length === 0) throw new Error('No page carries a Content-Security-Policy <meta>; security.csp must be on.');
			const policy = mergeCsp(policies, ["frame-ancestors 'none'"]);
			writeFileSync(headersFile, readFileSync(headersFile, 'utf8').replace('BUILT_CSP', policy));
			logger.info(`wrote the CSP header for ${policies.length} pages`);
		},
	},
});
