import type { Cite } from '../lib/cite';
import { paths } from '../lib/paths';
import { fileOf, resolveRef, type Content } from './load';

/** Cites for a list of claim references, in source order, one per claim, linking to the claims in the content's language. */
export function citesFor(content: Content, refs: readonly { id: string }[], where: string): Cite[] {
	return refs.map((ref) => {
		const claim = resolveRef(content.claims, ref, where);
		const source = resolveRef(content.sources, claim.data.source, `${fileOf(claim, 'claims')}: field "source"`);
		return { href: paths.claim(content.lang, claim.id), source: source.id, name: source.data.name };
	});
}
