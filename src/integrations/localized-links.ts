import type { AstroIntegration } from 'astro';
import { existsSync, globSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_LANG, LANGS } from '../i18n/lang';
import { localizeLinks } from '../lib/localize-links';

/** After the build: on every German and French page, links lead to pages in the same language where they exist. */
export const localizedLinks = (): AstroIntegration => ({
	name: 'site:localized-links',
	hooks: {
		'astro:build:done': ({ dir, logger }) => {
			const site = fileURLToPath(dir);
			const exists = (path: string) => existsSync(join(site, path, 'index.html'));
			let pages = 0;
			for (const lang of LANGS.filter((l) => l !== DEFAULT_LANG)) {
				for (const file of globSync(`${lang}/**/*.html`, { cwd: site })) {
					const path = join(site, file);
					writeFileSync(path, localizeLinks(readFileSync(path, 'utf8'), lang, exists));
					pages++;
				}
			}
			logger.info(`pointed links at their own language on ${pages} pages`);
		},
	},
});
