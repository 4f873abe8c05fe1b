import { describe, expect, test } from 'vitest';
import { freshness, REVIEW_BY_DAYS } from '../../src/lib/freshness';

const checks = [{ on: '2026-11-23' }, { on: '2026-11-25', upTo: '2026-08-22' }, { on: '2026-11-25', upTo: '2026-02-24' }];

describe('how current the facts are', () => {
	test('last reviewed is the newest check; known up to is the newest day a checked copy covers', () => {
		expect(freshness(checks, '2026-11-25')).toEqual({ lastReviewed: '2026-11-25', knownUpTo: '2026-08-22', reviewBy: '2027-02-23', stale: false });
	});

	test('the review-by age is 90 days, set in one place', () => {
		expect(REVIEW_BY_DAYS).toBe(90);
	});

	test('with a fixed clock: fresh up to the review-by day, stale the day after', () => {
		expect(freshness(checks, '2027-02-23').stale).toBe(false);
		expect(freshness(checks, '2027-02-24').stale).toBe(true);
	});

	test('without any coverage date, facts are known only up to the day they were checked', () => {
		expect(freshness([{ on: '2026-11-23' }], '2026-11-25').knownUpTo).toBe('2026-11-23');
	});

	test('no sources is a mistake, not a fresh site', () => {
		expect(() => freshness([], '2026-11-25')).toThrow(/at least one/);
	});
});
