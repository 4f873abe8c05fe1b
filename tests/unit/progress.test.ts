import { describe, expect, test } from 'vitest';
import { loadProgress, openStorage, progressKey, saveProgress, type StorageLike } from '../../src/lib/progress';

function memory(): StorageLike & { data: Map<string, string> } {
	const data = new Map<string, string>();
	return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}
const steps = ['a', 'b', 'c'];

describe('progress ticks', () => {
	test('ticks are kept per region and platform', () => {
		const storage = memory();
		expect(saveProgress(storage, 'uk', 'ios', new Set(['b', 'a']))).toBe(true);
		expect([...loadProgress(storage, 'uk', 'ios', steps)].sort()).toEqual(['a', 'b']);
		expect(loadProgress(storage, 'uk', 'android', steps).size).toBe(0);
		expect(storage.data.has(progressKey('uk', 'ios'))).toBe(true);
	});

	test('ticks for steps that no longer exist are dropped', () => {
		const storage = memory();
		storage.setItem(progressKey('us', 'desktop'), JSON.stringify(['a', 'gone', 7]));
		expect([...loadProgress(storage, 'us', 'desktop', steps)]).toEqual(['a']);
	});

	test('corrupt stored data counts as nothing ticked', () => {
		const storage = memory();
		storage.setItem(progressKey('us', 'desktop'), '{not json');
		expect(loadProgress(storage, 'us', 'desktop', steps).size).toBe(0);
		storage.setItem(progressKey('us', 'desktop'), '{"a":1}');
		expect(loadProgress(storage, 'us', 'desktop', steps).size).toBe(0);
	});

	test('blocked storage (throws on access) gives null and nothing breaks', () => {
		const storage = openStorage(() => {
			throw new DOMException('blocked', 'SecurityError');
		});
		expect(storage).toBeNull();
		expect(loadProgress(storage, 'us', 'desktop', steps).size).toBe(0);
		expect(saveProgress(storage, 'us', 'desktop', new Set(['a']))).toBe(false);
	});

	test('full storage (throws on write) reports failure instead of throwing', () => {
		const full: StorageLike = {
			getItem: () => null,
			setItem: () => {
				throw new DOMException('full', 'QuotaExceededError');
			},
		};
		expect(saveProgress(full, 'us', 'desktop', new Set(['a']))).toBe(false);
	});
});
