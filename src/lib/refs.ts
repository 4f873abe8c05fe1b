/**
 * Resolving references between content entries, strictly: Astro only logs a reference to a missing entry,
 * so here a dangling one throws, naming the file and field that hold it, and the build fails.
 */

/** Looks up a referenced entry or fails loudly, naming where the reference is. */
export function resolveRef<T>(map: ReadonlyMap<string, T>, ref: { id: string } | string, where: string): T {
	const id = typeof ref === 'string' ? ref : ref.id;
	const found = map.get(id);
	if (!found) throw new Error(`${where} references "${id}", which does not exist`);
	return found;
}

/** The file an entry comes from, for messages. */
export function fileOf(entry: { id: string; filePath?: string | undefined }, collection: string): string {
	return entry.filePath ?? `content/${collection} (entry "${entry.id}")`;
}
