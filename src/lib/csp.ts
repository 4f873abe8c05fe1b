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
