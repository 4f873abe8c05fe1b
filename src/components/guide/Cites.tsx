import { Fragment } from 'preact';
import { t } from '../../i18n';
import type { Cite } from '../../lib/guide-view';

/** Links from a statement to the claims behind it, labelled by source (e.g. [L1]). */
export function Cites({ cites }: { cites: readonly Cite[] }) {
	if (cites.length === 0) return null;
	return (
		<span class="cites text-sm" data-pagefind-ignore>
			{cites.map((cite) => (
				<Fragment key={cite.href}>
					{' '}
					<a href={cite.href} aria-label={t('cite.label', { label: cite.label, title: cite.title })}>
						[{cite.label}]
					</a>
				</Fragment>
			))}
		</span>
	);
}
