/**
 * Cites speak for their region. A statement or event for some regions may rest on different claims for
 * different ones (a European notice for three, a regulator's statement for one), so each of its claims must
 * concern at least one of its regions (or every region), and each region must have a claim that speaks for
 * it: a region's pages cite only the claims that speak for it (src/data/cites.ts).
 */
import { describe, expect, test } from 'vitest';
import { byCollection, loadContent, type Reference } from '../helpers/content';

const { entries } = loadContent();
const claimRegions = new Map(byCollection(entries, 'claims').map((c) => [c.id, (c.data['regions'] as Reference[]).map((r) => r.id)]));
const ids = (refs: unknown) => (refs as Reference[]).map((r) => r.id);
const speaksFor = (claim: string, region: string) => {
	const regions = claimRegions.get(claim) ?? [];
	return regions.length === 0 || regions.includes(region);
};

describe('cites speak for their region', () => {
	test.each(['statements', 'events'] as const)("%s: each claim concerns one of the entry's regions, and each region has a claim that speaks for it", (collection) => {
		const problems = byCollection(entries, collection).flatMap((e) => {
			// A statement for every region (the home page's answer) may sum up claims about different ones.
			const regions = ids(e.data['regions']);
			if (regions.length === 0) return [];
			const claims = ids(e.data['claims']);
			return [
				...claims.filter((c) => !regions.some((r) => speaksFor(c, r))).map((c) => `${e.file}: cites ${c}, which concerns none of its regions`),
				...regions.filter((r) => !claims.some((c) => speaksFor(c, r))).map((r) => `${e.file}: no claim speaks for ${r}`),
			];
		});
		expect(problems).toEqual([]);
	});
});
