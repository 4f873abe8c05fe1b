import { Fragment } from 'preact';
import type { Cite } from '../../lib/guide-view';

/** Links from a statement to the claims behind it, labelled by source (e.g. [L1]). */
export function Cites({ cites }: { cites: readonly Cite[] }) {
	if (cites.length === 0) return null;
	return (
		<span class="cites text-sm" data-pagefind-ignore>
			{cites.map((cite) => (
				<Fragment key={cite.href}>
					{' '}
					<a href={cite.href} aria-label={`Source ${cite.label}: ${cite.title}`} class="whitespace-nowrap">
						[{cite.label}]
					</a>
				</Fragment>
			))}
		</span>
	);
}
