/**
 * Up to when LinkedIn's documents are known for a region. The archive's copies are made from several
 * vantages and end on different days (Canada's earlier than Europe's), and some regions have none of their
 * own (Hong Kong): a region's pages must say so rather than borrow the newest date of another region.
 */
import type { Words } from '../i18n';

export interface Capture {
	/** The regions whose members see the document as captured. */
	regions: readonly string[];
	/** The day of the newest copy. */
	upTo: string;
}

export interface RegionCoverage {
	/** The newest copy made as the region's members see the documents; absent when there is none. */
	local?: string | undefined;
	/** The newest copy from any vantage: how far LinkedIn's documents are known at all. */
	global: string;
}

const newest = (dates: readonly string[]) => dates.reduce((a, b) => (b > a ? b : a));

export function regionCoverage(captures: readonly Capture[], region: string): RegionCoverage {
	if (captures.length === 0) throw new Error('regionCoverage needs at least one capture');
	const local = captures.filter((c) => c.regions.includes(region)).map((c) => c.upTo);
	return { local: local.length > 0 ? newest(local) : undefined, global: newest(captures.map((c) => c.upTo)) };
}

/** The coverage in one sentence. `where` is the region as it reads inside a sentence ("Canada"). */
export function coverageSentence({ local, global }: RegionCoverage, where: string, { t, date }: Words): string {
	if (local === undefined) return t('coverage.none', { where, global: date(global) });
	if (local < global) return t('coverage.older', { where, local: date(local), global: date(global) });
	return t('coverage.local', { where, date: date(local) });
}
