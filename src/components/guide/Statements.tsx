import type { StatementView } from '../../lib/guide-view';
import { Cites } from './Cites';

/** Sentences the site states, each with its optional link (a setting or a form) and the claims behind it. */
export function Statements({ items }: { items: Pick<StatementView, 'id' | 'text' | 'link' | 'cites'>[] }) {
	return (
		<ul class="list-disc space-y-2 pl-5">
			{items.map((s) => (
				<li key={s.id}>
					{s.text}
					{s.link && (
						<>
							{' '}
							<a href={s.link.href} rel="noopener noreferrer">
								{s.link.label}
							</a>
						</>
					)}
					<Cites id={`st-${s.id}`} cites={s.cites} />
				</li>
			))}
		</ul>
	);
}
