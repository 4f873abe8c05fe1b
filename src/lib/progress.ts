/**
 * Ticked steps, kept per region and platform on the reader's device only. Storage may be missing, blocked
 * (privacy modes throw on access) or full; the guide then works as before, just without memory.
 */

export interface StorageLike {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
}

export const PROGRESS_PREFIX = 'optout-progress:';

export function progressKey(region: string, platform: string): string {
	return `${PROGRESS_PREFIX}${region}:${platform}`;
}

/** Returns the storage, or null when merely touching it throws (as blocked storage does). */
export function openStorage(get: () => StorageLike | null | undefined): StorageLike | null {
	try {
		return get() ?? null;
	} catch {
		return null;
	}
}

/** The ticked step ids for a pair; anything unreadable counts as nothing ticked. */
export function loadProgress(storage: StorageLike | null, region: string, platform: string, stepIds: readonly string[]): Set<string> {
	if (!storage) return new Set();
	try {
		const parsed: unknown = JSON.parse(storage.getItem(progressKey(region, platform)) ?? '[]');
		if (!Array.isArray(parsed)) return new Set();
		return new Set(parsed.filter((id): id is string => typeof id === 'string' && stepIds.includes(id)));
	} catch {
		return new Set();
	}
}

/** Saves ticks; returns false when the storage refused (blocked or full), so the caller can say so. */
export function saveProgress(storage: StorageLike | null, region: string, platform: string, ticked: ReadonlySet<string>): boolean {
	if (!storage) return false;
	try {
		storage.setItem(progressKey(region, platform), JSON.stringify([...ticked].sort()));
		return true;
	} catch {
		return false;
	}
}
