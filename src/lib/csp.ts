import { createHash } from 'node:crypto';

/** Merges Content-Security-Policy strings: each directive keeps the union of its sources, in first-seen order. */
export function mergeCsp(policies: readonly string[], extra: readonly string[] = []): string {
	const directives = new Map<string, Set<string>>();
	for (const policy of [...policies, ...extra]) {
		for (const part of policy.split(';')) {
			const [name, ...sources] = part.trim().split(/\s+/);
			if (!name) continue;
			const set = directives.get(name) ?? new Set<string>();
			for (const s of sources) set.add(s);
			directives.set(name, set);
		}
	}
	return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The CSP source for an inline script or style: the base64 SHA-256 of its exact text. */
export function hashSource(text: string): string {
	return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * A page's policy with script-src and style-src hashes for exactly the inline scripts and styles it
 * carries. Astro lists every hash the site needs on every page; a page needs only its own, and its
 * styles change after the build trims them (see page-css.ts).
 */
export function pagePolicy(policy: string, inline: { scripts: readonly string[]; styles: readonly string[] }): string {
	const hashes: Record<string, string[]> = { 'script-src': inline.scripts.map(hashSource), 'style-src': inline.styles.map(hashSource) };
	return policy
		.split(';')
		.map((part) => part.trim())
		.filter(Boolean)
		.map((part) => {
			const [name, ...sources] = part.split(/\s+/);
			const own = hashes[name!];
			if (!own) return part;
			return [name, ...sources.filter((s) => !s.startsWith("'sha256-")), ...new Set(own)].join(' ');
		})
		.join('; ');
}
