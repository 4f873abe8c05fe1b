import type { Cite } from '../lib/cite';
import { paths } from '../lib/paths';
import { fileOf, resolveRef, type Content } from './load';

/**
 * Cites for a list of claim references, in source order, one per claim, linking to the claims in the
 * content's language. With `region`, only the claims that speak for it (or for every region) are cited: an
 * event about five regions may rest on a European notice for three of them and press reports for two.
 */
export function citesFor(content: Content, refs: readonly { id: string }[], where: string, region?: string): Cite[] {
	return refs.flatMap((ref) => {
		const claim = resolveRef(content.claims, ref, where);
		const regions = claim.data.regions.map((r) => r.id);
		if (region && regions.length > 0 && !regions.includes(region)) return [];
		const source = resolveRef(content.sources, claim.data.source, `${fileOf(claim, 'claims')}: field "source"`);
		return [{ href: paths.claim(content.lang, claim.id), source: source.id, name: source.data.name }];
	});
}
