import { describe, expect, test } from 'vitest';
import { claimHref, distinctLabels } from '../../src/lib/cite';

describe('citations', () => {
	test('a claim links to its anchor on its source page', () => {
		expect(claimHref('s0/default-on')).toBe('/sources/s0/#claim-s0--default-on');
	});

	test('two claims from one source read apart; a source cited once keeps its label', () => {
		const labels = distinctLabels([{ label: 'L1' }, { label: 'S3' }, { label: 'L1' }, { label: 'L1' }]).map((c) => c.label);
		expect(labels).toEqual(['L1a', 'S3', 'L1b', 'L1c']);
	});
});
