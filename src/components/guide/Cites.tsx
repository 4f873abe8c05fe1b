import { Fragment } from 'preact';
import { t } from '../../i18n';
import { citedSources, type Cite } from '../../lib/cite';

interface Props {
	/** Unique on the page: names the popover that lists the sources. */
	id: string;
	cites: readonly Cite[];
}

/**
 * The sources behind a statement, out of the running text: a small "Sources" button opens a note that
 * names each source plainly and links to the claims on its page. It is a native popover, so it works
 * without JavaScript; a browser without popovers shows the note inline instead.
 */
export function Cites({ id, cites }: Props) {
	if (cites.length === 0) return null;
	const note = `src-${id}`;
	return (
		<span data-pagefind-ignore="" class="no-print">
			{' '}
			<button type="button" popovertarget={note} class="cite-button">
				{t('cite.button')}
			</button>
			{/* Each child of the note is a line of its own (see .cite-note in global.css). */}
			<span popover="auto" id={note} class="cite-note">
				<b>{t('cite.title')}</b>
				{citedSources(cites).map((source) =>
					source.hrefs.length === 1 ? (
						<a key={source.name} href={source.hrefs[0]}>
							{source.name}
						</a>
					) : (
						<span key={source.name}>
							<a href={source.hrefs[0]}>{source.name}</a>
							{source.hrefs.slice(1).map((href, i) => (
								<Fragment key={href}>
									{' · '}
									<a href={href}>{t('cite.point', { n: i + 2 })}</a>
								</Fragment>
							))}
						</span>
					),
				)}
			</span>
		</span>
	);
}
